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
import { checkPalette, contrastNote, contrastReason } from '../colour/palette.ts'
import { report, suggest } from '../story/report.ts'
import { posterGeometryOf } from './validate-poster.ts'
import { COLOUR_NAMES, LOGO_PLACEMENTS, type LogoPlacement, type ThemeColours, type ThemeManifest } from './theme.ts'

/** A theme folder name: lower-case letters, digits and dashes (no dots, no slashes). */
export const THEME_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/

// Note: a font list may hold names, quotes, commas and spaces; nothing that ends a declaration or loads a URL.
const FONT = /^[\p{L}\p{N}\s'",.-]+$/u
const KEYS = ['name', 'description', 'extends', 'colours', 'fonts', 'logo', 'poster'] as const
const FONT_KEYS = ['body', 'heading'] as const

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
    const offset = /position (\d+)/.exec(String(error))?.[1]
    report(file, 'Unexpected text in the theme file, expected valid JSON', {
      ruleId: 'theme/json',
      place: place.toPoint(offset === undefined ? text.length : Number(offset)) ?? { line: 1, column: 1 },
      cause: error as Error,
    })
    return undefined
  }
  const root = parseDocument(text, { uniqueKeys: false }).contents
  const context: Context = {
    file,
    ok: true,
    at: (node) => (node?.range ? place.toPoint(node.range[0]) : undefined) ?? { line: 1, column: 1 },
  }
  if (!isMap(root)) {
    fail(
      context,
      'Unexpected theme file, expected a JSON object such as `{ "name": "…", "description": "…" }`',
      root,
      'theme/shape',
    )
    return undefined
  }
  const found = new Map<string, Pair>()
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if ((KEYS as readonly string[]).includes(key)) {
      found.set(key, pair)
      continue
    }
    const guess = suggest(key, KEYS)
    report(
      file,
      `Unexpected key \`${key}\` in the theme file, expected ${guess ? `\`${guess}\`` : KEYS.map((k) => `\`${k}\``).join(', ')}`,
      {
        ruleId: 'theme/unknown-key',
        severity: 'warn',
        place: context.at(pair.key as YamlNode),
      },
    )
  }
  const value = (key: string): YamlNode | null | undefined => found.get(key)?.value as YamlNode | null | undefined
  const name = stringOf(context, 'name', value('name'), found.get('name'))
  const description = stringOf(context, 'description', value('description'), found.get('description'))
  const extendsName = found.has('extends')
    ? stringOf(context, 'extends', value('extends'), found.get('extends'))
    : undefined
  if (extendsName !== undefined && !THEME_NAME.test(extendsName)) {
    fail(
      context,
      `Unexpected theme to extend \`${extendsName}\`, expected a theme folder name such as \`nordic\``,
      value('extends'),
      'theme/extends',
    )
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
    if (!found.has(key))
      fail(context, `Unexpected theme file without \`${key}\`, expected a \`"${key}"\` key`, root, 'theme/missing-key')
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

function fail(context: Context, reason: string, node: YamlNode | null | undefined, ruleId: string): undefined {
  context.ok = false
  report(context.file, reason, { ruleId, place: context.at(node) })
  return undefined
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
  return fail(
    context,
    `Unexpected value for \`${key}\`, expected a text in quotes`,
    node ?? (pair.key as YamlNode),
    'theme/type',
  )
}

function coloursOf(
  context: Context,
  node: YamlNode | null | undefined,
  pair: Pair | undefined,
  inherited: Readonly<ThemeColours> | undefined,
): ThemeColours | undefined {
  if (pair === undefined && inherited === undefined) {
    return fail(
      context,
      'Unexpected theme file without `colours`, expected the colours or `"extends"` naming a theme to take them from',
      undefined,
      'theme/missing-key',
    )
  }
  const result: Partial<ThemeColours> = { ...inherited }
  const seen = new Set<string>()
  if (pair !== undefined) {
    if (!isMap(node))
      return fail(
        context,
        'Unexpected value for `colours`, expected an object of colours such as `{ "text": "#1d2733" }`',
        node,
        'theme/type',
      )
    for (const item of node.items) {
      const key = isScalar(item.key) ? String(item.key.value) : ''
      seen.add(key)
      if (!(COLOUR_NAMES as readonly string[]).includes(key)) {
        const guess = suggest(key, COLOUR_NAMES)
        fail(
          context,
          `Unexpected colour name \`${key}\`, expected ${guess ? `\`${guess}\`` : COLOUR_NAMES.map((k) => `\`${k}\``).join(', ')}`,
          item.key as YamlNode,
          'theme/colour',
        )
        continue
      }
      const value = item.value as YamlNode | null
      if (!isScalar(value) || typeof value.value !== 'string' || !isHexColour(value.value)) {
        const shown = isScalar(value) ? String(value.value) : 'this value'
        fail(
          context,
          `Unexpected colour \`${shown}\` for \`${key}\`, expected a hex colour such as \`#1f4e79\``,
          value ?? (item.key as YamlNode),
          'theme/colour',
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
    return fail(
      context,
      `Unexpected colours without ${missing.map((k) => `\`${k}\``).join(', ')}, expected all of ${COLOUR_NAMES.map((k) => `\`${k}\``).join(', ')}`,
      node,
      'theme/colour',
    )
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
    return fail(
      context,
      'Unexpected theme file without `fonts`, expected `"fonts": { "body": "…", "heading": "…" }` or `"extends"`',
      undefined,
      'theme/missing-key',
    )
  }
  if (!isMap(node))
    return fail(context, 'Unexpected value for `fonts`, expected `{ "body": "…", "heading": "…" }`', node, 'theme/type')
  const result: Partial<ThemeManifest['fonts']> = { ...inherited }
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    const value = item.value as YamlNode | null
    if (!(FONT_KEYS as readonly string[]).includes(key)) {
      fail(
        context,
        `Unexpected font role \`${key}\`, expected \`body\` or \`heading\``,
        item.key as YamlNode,
        'theme/font',
      )
    } else if (!isScalar(value) || typeof value.value !== 'string' || !FONT.test(value.value)) {
      fail(
        context,
        `Unexpected font list for \`${key}\`, expected font names separated by commas, such as \`'Segoe UI', Arial, sans-serif\``,
        value ?? (item.key as YamlNode),
        'theme/font',
      )
    } else {
      result[key as 'body' | 'heading'] = value.value.trim()
    }
  }
  if (result.body === undefined) {
    const given = node.items.some((item) => isScalar(item.key) && item.key.value === 'body')
    return given
      ? undefined
      : fail(context, 'Unexpected fonts without `body`, expected a `"body"` font list', node, 'theme/font')
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
  return fail(
    context,
    `Unexpected logo placement, expected \`{ "placement": "…" }\` with one of ${LOGO_PLACEMENTS.map((p) => `\`${p}\``).join(', ')}`,
    placement ?? node,
    'theme/logo',
  )
}

/** Contrast warnings for pairs with at least one colour set in this file (inherited pairs are the parent's). */
function checkContrast(context: Context, colours: ThemeColours, node: YamlNode | null | undefined): void {
  const own = new Map<string, YamlNode>()
  if (isMap(node)) for (const item of node.items) if (isScalar(item.key)) own.set(String(item.key.value), item.key)
  for (const failure of checkPalette(colours).failures) {
    const key = own.get(failure.foreground) ?? own.get(failure.background)
    if (key === undefined) continue
    report(context.file, contrastReason(failure), {
      ruleId: 'a11y/contrast',
      severity: 'warn',
      place: context.at(key),
      note: contrastNote(failure),
    })
  }
}
