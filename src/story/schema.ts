/**
 * The frontmatter schema: which keys exist, what each takes, and defaults.
 * Works on the YAML syntax tree so that every problem has a position.
 */
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml'
import { theme as themeMessages } from '../messages/catalogue/theme.ts'
import { say } from '../messages/say.ts'
import {
  LANGS,
  type Brand,
  type Lang,
  type Orientation,
  type PaperSize,
  type PosterMeta,
  type PublishMeta,
  type RuleSetting,
  type StoryMeta,
} from '../types.ts'
import { BRAND_KEYS, type BrandProblem, brandValue, brandValueProblem } from './brand-check.ts'
import { report, suggest } from './report.ts'

/** Turns an offset inside the YAML text into a point in the file. */
export type Locate = (offset: number) => Point

/** The keys a story's frontmatter takes (`schemas/story.schema.json` lists the same; a test keeps them in step). */
export const FRONTMATTER_KEYS = [
  'title',
  'subtitle',
  'organisation',
  'author',
  'role',
  'date',
  'lang',
  'theme',
  'poster',
  'glossary',
  'lint',
  'brand',
  'source-fingerprint',
  'draft',
  'publish',
  'words',
] as const
/** The keys under `poster:`. */
export const FRONTMATTER_POSTER_KEYS = ['size', 'orientation', 'link'] as const
/** The keys under `publish:`. */
export const FRONTMATTER_PUBLISH_KEYS = ['notes'] as const
/** The paper sizes `poster.size` takes (any case). */
export const PAPER_SIZES: readonly PaperSize[] = Object.freeze(['A4', 'A3', 'A2', 'letter', 'tabloid'])
/** The values `poster.orientation` takes (any case). */
export const ORIENTATIONS: readonly Orientation[] = Object.freeze(['portrait', 'landscape'])
/** The settings a rule takes under `lint:` (any case; `warning` and `true` mean `warn`, `false` means `off`). */
export const RULE_SETTINGS: readonly RuleSetting[] = Object.freeze(['off', 'hint', 'info', 'warn', 'error'])
/** Names refused under `glossary:` and `lint:` (they would reach an object's prototype). */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
const TOP_KEYS = FRONTMATTER_KEYS
const POSTER_KEYS = FRONTMATTER_POSTER_KEYS
const PUBLISH_KEYS = FRONTMATTER_PUBLISH_KEYS
const SIZES = PAPER_SIZES
const SETTINGS = RULE_SETTINGS

/** Defaults applied when the frontmatter says nothing. */
export const DEFAULT_POSTER: Readonly<PosterMeta> = Object.freeze({ size: 'A3', orientation: 'portrait' })

interface Context {
  file: VFile
  locate: Locate
  ok: boolean
}

/**
 * Validate the frontmatter's YAML tree. Reports every problem, not only the
 * first.
 *
 * @returns the metadata when no error was found, else undefined.
 */
export function validateFrontmatter(
  file: VFile,
  root: YamlNode | null | undefined,
  locate: Locate,
  start?: Point,
): StoryMeta | undefined {
  const context: Context = { file, locate, ok: true }
  const at = (node: YamlNode | null | undefined): Point =>
    node?.range ? locate(node.range[0]) : (start ?? { line: 1, column: 1 })

  if (root === undefined || root === null) {
    fail(
      context,
      'Unexpected story without a title, expected frontmatter with `title:` at the top',
      at(root),
      'frontmatter/title',
      {
        note: 'Start the file with three dashes, a line `title: Your story in a few words`, and three dashes again.',
      },
    )
    return undefined
  }
  if (!isMap(root)) {
    fail(context, 'Unexpected frontmatter shape, expected `key: value` lines', at(root), 'frontmatter/shape', {
      note: 'The frontmatter is a list of `key: value` lines, not a list of items or a single value.',
    })
    return undefined
  }

  const meta: Partial<Record<(typeof TOP_KEYS)[number], unknown>> = {}
  let titleSeen = false
  for (const pair of root.items) {
    const key = keyOf(context, pair.key as YamlNode | null, at)
    if (key === undefined) continue
    const value = pair.value as YamlNode | null
    const keyPlace = at(pair.key as YamlNode)
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      // Note: a misspelt `title` is reported once, as the typo, not also as missing.
      if (suggest(key, TOP_KEYS) === 'title') titleSeen = true
      unknownKey(context, key, TOP_KEYS, keyPlace, '')
      continue
    }
    switch (key as (typeof TOP_KEYS)[number]) {
      case 'title': {
        titleSeen = true
        meta.title = text(context, key, value, keyPlace)
        break
      }
      case 'subtitle':
      case 'organisation':
      case 'author':
      case 'role':
      case 'theme': {
        meta[key as 'subtitle'] = text(context, key, value, keyPlace)
        break
      }
      case 'date': {
        meta.date = date(context, value, keyPlace)
        break
      }
      case 'lang': {
        meta.lang = lang(context, value, keyPlace)
        break
      }
      case 'poster': {
        meta.poster = poster(context, value, keyPlace, at)
        break
      }
      case 'glossary': {
        meta.glossary = dictionary(context, 'glossary', value, keyPlace, at, (name, node, place) =>
          text(context, `glossary.${name}`, node, place),
        )
        break
      }
      case 'lint': {
        meta.lint = dictionary(context, 'lint', value, keyPlace, at, (name, node, place) =>
          setting(context, name, node, place),
        )
        break
      }
      case 'brand': {
        meta.brand = brand(context, value, keyPlace, at)
        break
      }
      case 'source-fingerprint': {
        meta['source-fingerprint'] = fingerprint(context, value, keyPlace)
        break
      }
      case 'draft': {
        meta.draft = yesNo(context, 'draft', value, keyPlace)
        break
      }
      case 'publish': {
        meta.publish = publish(context, value, keyPlace, at)
        break
      }
      case 'words': {
        meta.words = words(context, value, keyPlace, at)
        break
      }
    }
  }
  if (!titleSeen) {
    fail(
      context,
      'Unexpected story without a title, expected a `title:` line in the frontmatter',
      at(root),
      'frontmatter/title',
      {
        note: 'Add a line such as `title: One queue becomes the right care`.',
      },
    )
  }
  if (!context.ok || typeof meta.title !== 'string') return undefined

  const result: StoryMeta = {
    title: meta.title,
    lang: (meta.lang as Lang | undefined) ?? 'en',
    poster: (meta.poster as PosterMeta | undefined) ?? { ...DEFAULT_POSTER },
    glossary: (meta.glossary as Record<string, string> | undefined) ?? {},
    lint: (meta.lint as Record<string, RuleSetting> | undefined) ?? {},
  }
  for (const key of ['subtitle', 'organisation', 'author', 'role', 'date', 'theme'] as const) {
    const value = meta[key]
    if (typeof value === 'string') result[key] = value
  }
  if (meta.brand !== undefined) result.brand = meta.brand as Brand
  const synced = meta['source-fingerprint']
  if (typeof synced === 'string') result.sourceFingerprint = synced
  if (meta.draft === true) result.draft = true
  if (meta.publish !== undefined) result.publish = meta.publish as PublishMeta
  if (Array.isArray(meta.words)) result.words = Object.freeze(meta.words as string[])
  return result
}

/** `words:` — a list of words the spelling rule accepts in this story. */
function words(
  context: Context,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
): string[] | undefined {
  if (!isSeq(node)) {
    return fail(
      context,
      'Unexpected value for `words`, expected a list of words such as `[Nordlys, Storydeck]`',
      place,
      'frontmatter/type',
      { note: 'List the names and words of your own that the spelling check does not know.' },
    )
  }
  const list: string[] = []
  for (const item of node.items) {
    const word = text(context, 'words', item as YamlNode | null, at(item as YamlNode | null))
    if (word !== undefined && word.trim() !== '') list.push(word.trim())
  }
  return list
}

function fail(
  context: Context,
  reason: string,
  place: Point,
  ruleId: string,
  extra: { note?: string; actual?: string; expected?: string[] } = {},
): undefined {
  context.ok = false
  report(context.file, reason, { place, ruleId, ...extra })
  return undefined
}

function keyOf(context: Context, node: YamlNode | null, at: (node: YamlNode | null) => Point): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return String(node.value)
  }
  return fail(
    context,
    'Unexpected frontmatter key, expected a plain word such as `title`',
    at(node),
    'frontmatter/shape',
  )
}

function unknownKey(context: Context, key: string, known: readonly string[], place: Point, parent: string): void {
  const guess = suggest(key, known)
  const where = parent ? ` under \`${parent}\`` : ''
  fail(
    context,
    `Unexpected frontmatter key \`${key}\`${where}, expected ${guess ? `\`${guess}\`` : `one of ${known.map((k) => `\`${k}\``).join(', ')}`}`,
    place,
    'frontmatter/unknown-key',
    { actual: key, expected: guess ? [guess] : [...known], ...(guess ? { note: `Did you mean \`${guess}\`?` } : {}) },
  )
}

function scalarOf(
  context: Context,
  key: string,
  node: YamlNode | null,
  place: Point,
  expected: string,
): string | undefined {
  if (isAlias(node)) {
    return fail(
      context,
      `Unexpected YAML alias in \`${key}\`, expected ${expected} written out`,
      place,
      'frontmatter/type',
    )
  }
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    // Note: a number written as text (`title: 2028`) is text; keep its source form.
    const source =
      typeof node.value === 'number' && node.source !== undefined ? String(node.source) : String(node.value)
    if (source.trim() !== '') return source.trim()
  }
  const found = isMap(node)
    ? 'a group of keys'
    : isSeq(node)
      ? 'a list'
      : isScalar(node) && node.value !== null
        ? `\`${String(node.value)}\``
        : 'nothing'
  return fail(context, `Unexpected ${found} for \`${key}\`, expected ${expected}`, place, 'frontmatter/type', {
    actual: found,
  })
}

function text(context: Context, key: string, node: YamlNode | null, place: Point): string | undefined {
  return scalarOf(context, key, node, place, 'text')
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `source-fingerprint`: what `storydeck translations sync` wrote, 12 hexadecimal digits. */
function fingerprint(context: Context, node: YamlNode | null, place: Point): string | undefined {
  const value = scalarOf(context, 'source-fingerprint', node, place, 'text')
  if (value === undefined || /^[0-9a-f]{12}$/.test(value)) return value
  return fail(
    context,
    `Unexpected \`source-fingerprint\` \`${value}\`, expected the 12 letters and digits \`storydeck translations sync\` writes`,
    place,
    'frontmatter/value',
    { actual: value, note: 'Run `storydeck translations sync` to write it again, or remove the line.' },
  )
}

function date(context: Context, node: YamlNode | null, place: Point): string | undefined {
  const value = scalarOf(context, 'date', node, place, 'a date such as `2026-11-22`')
  if (value === undefined) return undefined
  const match = ISO_DATE.exec(value)
  if (!match) {
    return fail(
      context,
      `Unexpected date \`${value}\`, expected year-month-day such as \`2026-11-22\``,
      place,
      'frontmatter/date',
      {
        actual: value,
        note: 'Write dates as year-month-day; storydeck shows them in the story’s language.',
      },
    )
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return fail(
      context,
      `Unexpected date \`${value}\`, expected a day that exists in the calendar`,
      place,
      'frontmatter/date',
      {
        actual: value,
      },
    )
  }
  return value
}

function lang(context: Context, node: YamlNode | null, place: Point): Lang | undefined {
  const value = scalarOf(context, 'lang', node, place, `one of ${LANGS.map((l) => `\`${l}\``).join(', ')}`)
  if (value === undefined) return undefined
  const lower = value.toLowerCase()
  if ((LANGS as readonly string[]).includes(lower)) return lower as Lang
  const aliases: Record<string, Lang> = { no: 'nb', nob: 'nb', nno: 'nn', dk: 'da', se: 'sv', ger: 'de' }
  const guess = aliases[lower] ?? suggest(lower, LANGS)
  return fail(
    context,
    `Unexpected language \`${value}\`, expected ${guess ? `\`${guess}\` or ` : ''}one of ${LANGS.map((l) => `\`${l}\``).join(', ')}`,
    place,
    'frontmatter/lang',
    { actual: value, expected: guess ? [guess] : [...LANGS] },
  )
}

function poster(
  context: Context,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
): PosterMeta | undefined {
  if (!isMap(node)) {
    return fail(
      context,
      'Unexpected value for `poster`, expected keys `size`, `orientation` or `link` under it',
      place,
      'frontmatter/type',
    )
  }
  const result: PosterMeta = { ...DEFAULT_POSTER }
  for (const pair of node.items) {
    const key = keyOf(context, pair.key as YamlNode | null, at)
    if (key === undefined) continue
    const keyPlace = at(pair.key as YamlNode)
    const value = pair.value as YamlNode | null
    if (key === 'size') {
      const raw = scalarOf(context, 'poster.size', value, keyPlace, 'a paper size')
      if (raw === undefined) continue
      const size = SIZES.find((candidate) => candidate.toLowerCase() === raw.toLowerCase())
      if (size) result.size = size
      else
        fail(
          context,
          `Unexpected paper size \`${raw}\`, expected one of ${SIZES.map((s) => `\`${s}\``).join(', ')}`,
          keyPlace,
          'frontmatter/poster',
          {
            actual: raw,
            expected: [...SIZES],
          },
        )
    } else if (key === 'orientation') {
      const raw = scalarOf(context, 'poster.orientation', value, keyPlace, '`portrait` or `landscape`')
      if (raw === undefined) continue
      const orientation = ORIENTATIONS.find((candidate) => candidate === raw.toLowerCase())
      if (orientation) result.orientation = orientation
      else
        fail(
          context,
          `Unexpected orientation \`${raw}\`, expected \`portrait\` or \`landscape\``,
          keyPlace,
          'frontmatter/poster',
          {
            actual: raw,
            expected: [...ORIENTATIONS],
          },
        )
    } else if (key === 'link') {
      const raw = scalarOf(context, 'poster.link', value, keyPlace, 'a web address')
      if (raw === undefined) continue
      if (isHttpUrl(raw)) result.link = raw
      else
        fail(
          context,
          `Unexpected link \`${raw}\`, expected a full web address starting with \`https://\` or \`http://\``,
          keyPlace,
          'frontmatter/poster',
          {
            actual: raw,
          },
        )
    } else {
      unknownKey(context, key, POSTER_KEYS, keyPlace, 'poster')
    }
  }
  return result
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

function dictionary<T>(
  context: Context,
  key: string,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
  read: (name: string, value: YamlNode | null, place: Point) => T | undefined,
): Record<string, T> | undefined {
  if (!isMap(node)) {
    return fail(
      context,
      `Unexpected value for \`${key}\`, expected \`name: value\` lines indented under it`,
      place,
      'frontmatter/type',
    )
  }
  const result: Record<string, T> = Object.create(null) as Record<string, T>
  for (const pair of node.items) {
    const name = keyOf(context, pair.key as YamlNode | null, at)
    if (name === undefined) continue
    const keyPlace = at(pair.key as YamlNode)
    if (UNSAFE_KEYS.has(name)) {
      fail(
        context,
        `Unexpected key \`${name}\` under \`${key}\`, expected another name`,
        keyPlace,
        'frontmatter/unknown-key',
        {
          actual: name,
        },
      )
      continue
    }
    const value = read(name, pair.value as YamlNode | null, keyPlace)
    if (value !== undefined) result[name] = value
  }
  return Object.freeze(result)
}

function setting(context: Context, rule: string, node: YamlNode | null, place: Point): RuleSetting | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value ? 'warn' : 'off'
  const raw = scalarOf(context, `lint.${rule}`, node, place, '`off`, `info`, `warn` or `error`')
  if (raw === undefined) return undefined
  const lower = raw.toLowerCase()
  const value = lower === 'warning' ? 'warn' : lower
  if ((SETTINGS as readonly string[]).includes(value)) return value as RuleSetting
  return fail(
    context,
    `Unexpected setting \`${raw}\` for \`${rule}\`, expected \`off\`, \`info\`, \`warn\` or \`error\``,
    place,
    'frontmatter/lint',
    {
      actual: raw,
      expected: [...SETTINGS],
    },
  )
}

function brand(
  context: Context,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
): Brand | undefined {
  if (!isMap(node)) {
    return fail(
      context,
      'Unexpected value for `brand`, expected `logo`, `primary`, `accent` or `font` under it',
      place,
      'frontmatter/type',
    )
  }
  const result: Brand = {}
  for (const pair of node.items) {
    const key = keyOf(context, pair.key as YamlNode | null, at)
    if (key === undefined) continue
    const keyPlace = at(pair.key as YamlNode)
    if (!(BRAND_KEYS as readonly string[]).includes(key)) {
      unknownKey(context, key, BRAND_KEYS, keyPlace, 'brand')
      continue
    }
    const value = text(context, `brand.${key}`, pair.value as YamlNode | null, keyPlace)
    if (value === undefined) continue
    // Note: a logo is checked where the build reads it (`brand/logo`), which also says when the file is missing.
    const problem = key === 'logo' ? undefined : brandValueProblem(key as keyof Brand, value)
    if (problem !== undefined) {
      brandProblem(context, problem, key, value, keyPlace)
      continue
    }
    result[key as keyof Brand] = brandValue(key as keyof Brand, value)
  }
  return result
}

/** A brand value that cannot be used (`frontmatter/brand`); the logo is checked by the build. */
function brandProblem(context: Context, problem: BrandProblem, key: string, value: string, place: Point): void {
  context.ok = false
  const message = problem === 'colour' ? themeMessages.storyBrandColour : themeMessages.storyBrandFont
  say(context.file, message, { key, value }, { place, actual: value })
}

function yesNo(context: Context, key: string, node: YamlNode | null, place: Point): boolean | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value
  const raw = isScalar(node) ? String(node.value) : isMap(node) ? 'a group of keys' : isSeq(node) ? 'a list' : 'nothing'
  return fail(
    context,
    `Unexpected value \`${raw}\` for \`${key}\`, expected \`true\` or \`false\``,
    place,
    'frontmatter/type',
    {
      actual: raw,
    },
  )
}

/** `publish:` what `storydeck publish` may put on the intranet; only `notes` so far. */
function publish(
  context: Context,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
): PublishMeta | undefined {
  if (!isMap(node)) {
    return fail(
      context,
      'Unexpected value for `publish`, expected `notes: true` or `notes: false` under it',
      place,
      'frontmatter/type',
    )
  }
  const result: PublishMeta = {}
  for (const pair of node.items) {
    const key = keyOf(context, pair.key as YamlNode | null, at)
    if (key === undefined) continue
    const keyPlace = at(pair.key as YamlNode)
    if (!(PUBLISH_KEYS as readonly string[]).includes(key)) {
      unknownKey(context, key, PUBLISH_KEYS, keyPlace, 'publish')
      continue
    }
    const value = yesNo(context, `publish.${key}`, pair.value as YamlNode | null, keyPlace)
    if (value !== undefined) result.notes = value
  }
  return result
}
