/**
 * The build's branding step: merges the project's and the story's `brand`,
 * checks the colours for contrast, copies the logo into the story's folder
 * and the brand font's files into `assets/`. Reads only through the build
 * environment; problems are positioned messages on the story, or on the
 * config file when the setting comes from there.
 */
import path from 'node:path/posix'
import type { VFile } from 'vfile'
import type { BuildEnvironment, OutputFile } from './build-types.ts'
import { hashedName } from './render/assets.ts'
import { contrastMessage } from './colour/palette.ts'
import { theme as catalogue } from './messages/catalogue/theme.ts'
import type { Message } from './messages/entry.ts'
import { say } from './messages/say.ts'
import type { Values } from './messages/text.ts'
import { brandPalette, type RenderBrand } from './render/brand-view.ts'
import { FONT_PACKAGE } from './story/brand-check.ts'
import { frontmatterKeyPlace, jsonKeyPlace } from './story/key-place.ts'
import type { Theme } from './themes/theme.ts'
import type { Brand, Story } from './types.ts'

/** Result of {@link collectBrand}. */
export interface BrandBuild {
  brand: RenderBrand
  /** The logo (under `<slug>/`) and font files (under `assets/`). */
  outputs: OutputFile[]
}

type Key = keyof Brand
type Origin = 'story' | 'config'

/** Resolve, check and copy a story's branding. */
export async function collectBrand(
  file: VFile,
  story: Story,
  theme: Theme,
  env: BuildEnvironment,
): Promise<BrandBuild> {
  const origin = new Map<Key, Origin>()
  const brand: Brand = {}
  for (const [source, from] of [
    [env.config.brand, 'config'],
    [story.meta.brand, 'story'],
  ] as const) {
    for (const [key, value] of Object.entries(source ?? {}) as [Key, string | undefined][]) {
      if (value === undefined) continue
      brand[key] = value
      origin.set(key, from)
    }
  }
  const tell = (key: Key, message: Message, values: Values, actual?: string): void => {
    const from = origin.get(key)
    const target = from === 'config' && env.configFile !== undefined ? env.configFile : file
    const place =
      target === file
        ? from === 'story'
          ? brandKeyPlace(file, key)
          : { line: 1, column: 1 }
        : (jsonKeyPlace(target, ['brand', key]) ?? { line: 1, column: 1 })
    // Note: a project-wide setting is checked once per story; say it once.
    const same = JSON.stringify(values)
    if (
      target.messages.some(
        (said) => said.key === message.key && said.line === place.line && JSON.stringify(said.values) === same,
      )
    )
      return
    say(target, message, values, { place, ...(actual === undefined ? {} : { actual }) })
  }

  const palette = brandPalette(theme, brand)
  for (const failure of palette.failures) {
    const key = ([failure.foreground, failure.background] as string[]).find(
      (role): role is Key => (role === 'primary' || role === 'accent') && origin.has(role),
    )
    // Note: a pair of the theme's own colours is the theme's problem (`storydeck themes` reports it); it is adjusted all the same.
    if (key === undefined) continue
    const { message, values } = contrastMessage(failure, `\`brand.${key}\``)
    tell(key, message, values)
  }

  const outputs: OutputFile[] = []
  const result: RenderBrand = { colours: palette.colours, logo: '' }
  if (brand.logo !== undefined) {
    const logo = await copyLogo(brand.logo, story.slug, env)
    if ('message' in logo) tell('logo', logo.message, logo.values, brand.logo)
    else {
      outputs.push(logo.output)
      result.logo = logo.url
    }
  }
  if (brand.font !== undefined) {
    const name = brand.font
    const font = FONT_PACKAGE.test(name) ? await env.loadFont?.(name) : undefined
    if (font === undefined) {
      tell('font', catalogue.fontMissing, { font: name }, name)
    } else {
      const faces = font.files.map((face) => {
        const target = hashedName(face.fileName, face.bytes)
        outputs.push({ path: target, contents: face.bytes })
        return {
          url: `${'../'.repeat(story.slug.split('/').length)}${target}`,
          weight: face.weight,
          unicodeRange: face.unicodeRange,
        }
      })
      result.font = { family: font.family, faces }
    }
  }
  return { brand: result, outputs }
}

/** Copy the logo to `<slug>/brand/logo.<ext>`; the message to give when it cannot be used. */
async function copyLogo(
  logo: string,
  slug: string,
  env: BuildEnvironment,
): Promise<{ output: OutputFile; url: string } | { message: Message; values: Values }> {
  const extension = /\.(svg|png)$/i.exec(logo)?.[1]?.toLowerCase()
  if (extension === undefined) return { message: catalogue.logoType, values: { value: logo } }
  if (/^[a-z][a-z0-9+.-]*:/i.test(logo) || logo.startsWith('/')) {
    return { message: catalogue.logoAddress, values: { logo } }
  }
  const read = await env.readFile(path.normalize(logo))
  if (!read.ok) {
    return read.reason === 'outside'
      ? { message: catalogue.logoOutside, values: {} }
      : { message: catalogue.logoMissing, values: { logo } }
  }
  if (!looksLike(extension, read.bytes))
    return { message: catalogue.logoNotImage, values: { logo, kind: extension.toUpperCase() } }
  // Note: the logo is only ever shown through <img>, so scripts inside an SVG never run.
  const name = `brand/logo.${extension}`
  return { output: { path: `${slug}/${name}`, contents: read.bytes }, url: name }
}

function looksLike(extension: string, bytes: Uint8Array): boolean {
  if (extension === 'png') return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
  return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)))
}

/** The line of `key:` under `brand:` in the frontmatter (else the `brand:` line, else the first line). */
export function brandKeyPlace(file: VFile, key: string): { line: number; column: number } {
  return frontmatterKeyPlace(file, ['brand', key]) ?? { line: 1, column: 1 }
}
