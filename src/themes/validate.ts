/**
 * `theme.json` text -> a validated ThemeManifest, with every problem as a
 * positioned `theme/*` message on the theme file's VFile. Pure.
 *
 * Note: the text is checked as JSON first (for the syntax error's place),
 * then read again with the YAML parser, which keeps each node's offset, so
 * problems point at the key or value on disk.
 */
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { isMap, isScalar, parseDocument, type Node as YamlNode, type Pair } from 'yaml'
import { isHexColour, normaliseHex } from '../colour/hex.ts'
import { checkPalette, contrastMessage } from '../colour/palette.ts'
import { theme as catalogue } from '../messages/catalogue/theme.ts'
import type { Message } from '../messages/entry.ts'
import { say } from '../messages/say.ts'
import type { Values } from '../messages/text.ts'
import { jsonErrorOffset } from '../story/key-place.ts'
import { suggest } from '../story/suggest.ts'
import { posterGeometryOf } from './validate-poster.ts'
import { COLOUR_NAMES, LOGO_PLACEMENTS, type LogoPlacement, type ThemeColours, type ThemeManifest } from './theme.ts'

/** A theme folder name: lower-case letters, digits and dashes (no dots, no slashes). */
export const THEME_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/

// Note: a font list may hold names, quotes, commas and spaces; nothing that ends a declaration or loads a URL.
const FONT = /^[\p{L}\p{N}\s'",.-]+$/u
/** The keys `theme.json` takes (`schemas/theme.schema.json` lists the same; a test keeps them in step). */
export const THEME_KEYS = ['name', 'description', 'extends', 'colours', 'fonts', 'logo', 'poster'] as const
/** The keys under `"fonts"`. */
export const THEME_FONT_KEYS = ['body', 'heading'] as const
/** A font list: names, quotes, commas and spaces. */
export const FONT_LIST = FONT
const KEYS = THEME_KEYS
const FONT_KEYS = THEME_FONT_KEYS

interface Context {
  file: VFile
  ok: boolean
  at(node: YamlNode | null | undefined): Point
}

/**
 * Validate `file` (the text of a `theme.json`). Keys the file leaves out
 * come from `parent` (the manifest of the theme named in `extends`).
 *
 * @returns the manifest, or undefined when the file has errors.
 */
export function validateManifest(file: VFile, parent?: Readonly<ThemeManifest>): ThemeManifest | undefined {
  const text = String(file.value)
  const place = location(file)
  try {
    JSON.parse(text)
  } catch (error) {
    say(
      file,
      catalogue.json,
      {},
      {
        place: place.toPoint(jsonErrorOffset(text, error)) ?? { line: 1, column: 1 },
        cause: error as Error,
      },
    )
    return undefined
  }
  const root = parseDocument(text, { uniqueKeys: false }).contents
  const context: Context = {
    file,
    ok: true,
    at: (node) => (node?.range ? place.toPoint(node.range[0]) : undefined) ?? { line: 1, column: 1 },
  }
  if (!isMap(root)) {
    fail(context, catalogue.shape, {}, root)
    return undefined
  }
  const found = new Map<string, Pair>()
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (key === '$schema') {
      // Note: only for editors (JSON Schema completion and checks); storydeck ignores it.
      stringOf(context, key, pair.value as YamlNode | null, pair)
      continue
    }
    if ((KEYS as readonly string[]).includes(key)) {
      found.set(key, pair)
      continue
    }
    const guess = suggest(key, KEYS)
    say(
      file,
      guess === undefined ? catalogue.unknownKey : catalogue.unknownKeyGuess,
      { key, keys: quoted(KEYS), ...(guess === undefined ? {} : { guess }) },
      { place: context.at(pair.key as YamlNode), actual: key, expected: guess === undefined ? [...KEYS] : [guess] },
    )
  }
  const value = (key: string): YamlNode | null | undefined => found.get(key)?.value as YamlNode | null | undefined
  const name = stringOf(context, 'name', value('name'), found.get('name'))
  const description = stringOf(context, 'description', value('description'), found.get('description'))
  const extendsName = found.has('extends')
    ? stringOf(context, 'extends', value('extends'), found.get('extends'))
    : undefined
  if (extendsName !== undefined && !THEME_NAME.test(extendsName)) {
    fail(context, catalogue.extendsName, { name: extendsName }, value('extends'))
  }
  // Note: when the theme to extend is missing or broken (reported by the loader), keys it would give are not asked for.
  if (found.has('extends') && parent === undefined && (!found.has('colours') || !found.has('fonts'))) context.ok = false
  const orphan = found.has('extends') && parent === undefined
  const colours =
    orphan && !found.has('colours')
      ? undefined
      : coloursOf(context, value('colours'), found.get('colours'), parent?.colours)
  const fonts =
    orphan && !found.has('fonts') ? undefined : fontsOf(context, value('fonts'), found.get('fonts'), parent?.fonts)
  const placement = placementOf(context, value('logo'), found.get('logo'), parent?.logo.placement)
  const poster = posterGeometryOf(file, context.at, value('poster'), found.get('poster'), parent?.poster)
  for (const key of ['name', 'description'] as const) {
    if (!found.has(key)) fail(context, catalogue.missingKey, { key }, root)
  }
  if (
    !context.ok ||
    name === undefined ||
    description === undefined ||
    colours === undefined ||
    fonts === undefined ||
    placement === undefined ||
    poster === undefined
  ) {
    return undefined
  }
  checkContrast(context, colours, value('colours'))
  return {
    name,
    description,
    ...(extendsName === undefined ? {} : { extends: extendsName }),
    colours,
    fonts,
    logo: { placement },
    poster,
  }
}

function fail(context: Context, message: Message, values: Values, node: YamlNode | null | undefined): undefined {
  context.ok = false
  say(context.file, message, values, { place: context.at(node) })
  return undefined
}

/** Names as the reader types them: `name`. */
function quoted(names: readonly string[]): string[] {
  return names.map((name) => `\`${name}\``)
}

/** A value as written in the file (shortened), for a message. */
function shown(context: Context, node: YamlNode | null | undefined): string {
  const range = node?.range
  const text = range ? String(context.file.value).slice(range[0], range[1]).trim() : ''
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

/** A non-empty string value. */
function stringOf(
  context: Context,
  key: string,
  node: YamlNode | null | undefined,
  pair: Pair | undefined,
): string | undefined {
  if (pair === undefined) return undefined
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim()
  return fail(context, catalogue.notText, { key }, node ?? (pair.key as YamlNode))
}

function coloursOf(
  context: Context,
  node: YamlNode | null | undefined,
  pair: Pair | undefined,
  inherited: Readonly<ThemeColours> | undefined,
): ThemeColours | undefined {
  if (pair === undefined && inherited === undefined) {
    return fail(context, catalogue.missingColours, {}, undefined)
  }
  const result: Partial<ThemeColours> = { ...inherited }
  const seen = new Set<string>()
  if (pair !== undefined) {
    if (!isMap(node)) return fail(context, catalogue.coloursType, {}, node)
    for (const item of node.items) {
      const key = isScalar(item.key) ? String(item.key.value) : ''
      seen.add(key)
      if (!(COLOUR_NAMES as readonly string[]).includes(key)) {
        const guess = suggest(key, COLOUR_NAMES)
        fail(
          context,
          guess === undefined ? catalogue.colourName : catalogue.colourNameGuess,
          { name: key, names: quoted(COLOUR_NAMES), ...(guess === undefined ? {} : { guess }) },
          item.key as YamlNode,
        )
        continue
      }
      const value = item.value as YamlNode | null
      if (!isScalar(value) || typeof value.value !== 'string' || !isHexColour(value.value)) {
        fail(
          context,
          catalogue.colourValue,
          { value: isScalar(value) ? String(value.value) : shown(context, value), name: key },
          value ?? (item.key as YamlNode),
        )
        continue
      }
      result[key as keyof ThemeColours] = normaliseHex(value.value)
    }
  }
  // Note: a colour given with a bad value is reported already; only name the ones left out.
  const missing = COLOUR_NAMES.filter((name) => result[name] === undefined && !seen.has(name))
  if (missing.length === 0 && COLOUR_NAMES.some((name) => result[name] === undefined)) return undefined
  if (missing.length > 0) {
    return fail(context, catalogue.coloursMissing, { missing: quoted(missing), names: quoted(COLOUR_NAMES) }, node)
  }
  return result as ThemeColours
}

function fontsOf(
  context: Context,
  node: YamlNode | null | undefined,
  pair: Pair | undefined,
  inherited: ThemeManifest['fonts'] | undefined,
): ThemeManifest['fonts'] | undefined {
  if (pair === undefined) {
    if (inherited !== undefined) return { ...inherited }
    return fail(context, catalogue.missingFonts, {}, undefined)
  }
  if (!isMap(node)) return fail(context, catalogue.fontsType, {}, node)
  const result: Partial<ThemeManifest['fonts']> = { ...inherited }
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    const value = item.value as YamlNode | null
    if (!(FONT_KEYS as readonly string[]).includes(key)) {
      fail(context, catalogue.fontRole, { role: key }, item.key as YamlNode)
    } else if (!isScalar(value) || typeof value.value !== 'string' || !FONT.test(value.value)) {
      fail(context, catalogue.fontList, { role: key }, value ?? (item.key as YamlNode))
    } else {
      result[key as 'body' | 'heading'] = value.value.trim()
    }
  }
  if (result.body === undefined) {
    const given = node.items.some((item) => isScalar(item.key) && item.key.value === 'body')
    return given ? undefined : fail(context, catalogue.fontsNoBody, {}, node)
  }
  return { body: result.body, heading: result.heading ?? result.body }
}

function placementOf(
  context: Context,
  node: YamlNode | null | undefined,
  pair: Pair | undefined,
  inherited: LogoPlacement | undefined,
): LogoPlacement | undefined {
  if (pair === undefined) return inherited ?? 'top-right'
  const placement = isMap(node)
    ? (node.items.find((item) => isScalar(item.key) && item.key.value === 'placement')?.value as
        | YamlNode
        | null
        | undefined)
    : undefined
  const value = isScalar(placement) ? placement.value : undefined
  if (typeof value === 'string' && (LOGO_PLACEMENTS as readonly string[]).includes(value)) return value as LogoPlacement
  return fail(context, catalogue.logoPlacement, { placements: quoted(LOGO_PLACEMENTS) }, placement ?? node)
}

/** Contrast warnings for pairs with at least one colour set in this file (inherited pairs are the parent's). */
function checkContrast(context: Context, colours: ThemeColours, node: YamlNode | null | undefined): void {
  const own = new Map<string, YamlNode>()
  if (isMap(node)) for (const item of node.items) if (isScalar(item.key)) own.set(String(item.key.value), item.key)
  for (const failure of checkPalette(colours).failures) {
    const key = own.get(failure.foreground) ?? own.get(failure.background)
    if (key === undefined) continue
    const { message, values } = contrastMessage(failure)
    say(context.file, message, values, { place: context.at(key) })
  }
}
