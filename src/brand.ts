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
import { contrastNote, contrastReason } from './colour/palette.ts'
import { brandPalette, type RenderBrand } from './render/brand-view.ts'
import { FONT_PACKAGE } from './story/brand-check.ts'
import { frontmatterKeyPlace, jsonKeyPlace } from './story/key-place.ts'
import { report, type ReportOptions } from './story/report.ts'
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
  const say = (key: Key, reason: string, options: Omit<ReportOptions, 'place'>): void => {
    const from = origin.get(key)
    const target = from === 'config' && env.configFile !== undefined ? env.configFile : file
    const place =
      target === file
        ? from === 'story'
          ? brandKeyPlace(file, key)
          : { line: 1, column: 1 }
        : (jsonKeyPlace(target, ['brand', key]) ?? { line: 1, column: 1 })
    // Note: a project-wide setting is checked once per story; say it once.
    if (target.messages.some((message) => message.reason === reason && message.line === place.line)) return
    const note =
      from === 'config' && target === file
        ? `Set in \`storydeck.config.json\`. ${options.note ?? ''}`.trim()
        : options.note
    report(target, reason, { ...options, place, ...(note === undefined ? {} : { note }) })
  }

  const palette = brandPalette(theme, brand)
  for (const failure of palette.failures) {
    const key = ([failure.foreground, failure.background] as string[]).find(
      (role): role is Key => (role === 'primary' || role === 'accent') && origin.has(role),
    )
    // Note: a pair of the theme's own colours is the theme's problem (`storydeck themes` reports it); it is adjusted all the same.
    if (key === undefined) continue
    say(key, contrastReason(failure), { ruleId: 'a11y/contrast', severity: 'warn', note: contrastNote(failure) })
  }

  const outputs: OutputFile[] = []
  const result: RenderBrand = { colours: palette.colours, logo: '' }
  if (brand.logo !== undefined) {
    const logo = await copyLogo(brand.logo, story.slug, env)
    if (typeof logo === 'string') say('logo', logo, { ruleId: 'brand/logo', actual: brand.logo })
    else {
      outputs.push(logo.output)
      result.logo = logo.url
    }
  }
  if (brand.font !== undefined) {
    const name = brand.font
    const font = FONT_PACKAGE.test(name) ? await env.loadFont?.(name) : undefined
    if (font === undefined) {
      say(
        'font',
        `Unexpected font \`${name}\` that is not installed, expected the package \`@fontsource/${name}\` in the project`,
        {
          ruleId: 'brand/font',
          actual: name,
          note: `Run \`npm install @fontsource/${name}\` in the project folder, or remove \`font\` from \`brand\`.`,
        },
      )
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

/** Copy the logo to `<slug>/brand/logo.<ext>`; a reason text when it cannot be used. */
async function copyLogo(
  logo: string,
  slug: string,
  env: BuildEnvironment,
): Promise<{ output: OutputFile; url: string } | string> {
  const extension = /\.(svg|png)$/i.exec(logo)?.[1]?.toLowerCase()
  if (extension === undefined)
    return `Unexpected logo \`${logo}\`, expected an SVG or PNG file such as \`brand/logo.svg\``
  if (/^[a-z][a-z0-9+.-]*:/i.test(logo) || logo.startsWith('/')) {
    return `Unexpected logo \`${logo}\`, expected a path inside the project such as \`brand/logo.svg\``
  }
  const read = await env.readFile(path.normalize(logo))
  if (!read.ok) {
    return read.reason === 'outside'
      ? 'Unexpected logo that leads outside the project folder, expected a file inside it'
      : `Unexpected missing logo \`${logo}\`, expected a file at that path in the project`
  }
  if (!looksLike(extension, read.bytes))
    return `Unexpected logo \`${logo}\` that is not a ${extension.toUpperCase()} image, expected an SVG or PNG file`
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
