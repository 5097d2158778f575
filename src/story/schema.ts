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
import { EXPECTED, FOUND, frontmatter as says } from '../messages/catalogue/frontmatter.ts'
import type { Message } from '../messages/entry.ts'
import type { Value, Values } from '../messages/text.ts'
import { suggest } from './suggest.ts'

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
 * @returns the metadata, else undefined when there is no title or no group of
 *   keys at all. A value with an error is left out (its default applies) and
 *   `file.data.frontmatterErrors` is set, so that the build still checks the
 *   theme and the images (one run reports every problem) but builds nothing.
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
    fail(context, says.noFrontmatter, {}, at(root))
    return undefined
  }
  if (!isMap(root)) {
    fail(context, says.notKeyValue, {}, at(root))
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
      unknownKey(context, key, TOP_KEYS, keyPlace, undefined)
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
    fail(context, says.noTitle, {}, at(root))
  }
  if (typeof meta.title !== 'string') return undefined
  if (!context.ok) file.data.frontmatterErrors = true

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
    return fail(context, says.notList, {}, place)
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
  message: Message,
  values: Values,
  place: Point,
  extra: { actual?: string; expected?: string[] } = {},
): undefined {
  context.ok = false
  say(context.file, message, values, { place, ...extra })
  return undefined
}

/** Keys as the reader types them, for a `{allowed}` list. */
function quoted(keys: readonly string[]): string[] {
  return keys.map((key) => `\`${key}\``)
}

function keyOf(context: Context, node: YamlNode | null, at: (node: YamlNode | null) => Point): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    return String(node.value)
  }
  return fail(context, says.badKey, {}, at(node))
}

function unknownKey(
  context: Context,
  key: string,
  known: readonly string[],
  place: Point,
  parent: string | undefined,
): void {
  const guess = suggest(key, known)
  const allowed = quoted(known)
  const extra = { actual: key, expected: guess ? [guess] : [...known] }
  if (parent === undefined) {
    if (guess === undefined) fail(context, says.unknownKey, { key, allowed }, place, extra)
    else fail(context, says.unknownKeyGuess, { key, guess, allowed }, place, extra)
  } else if (guess === undefined) fail(context, says.unknownSubKey, { key, parent, allowed }, place, extra)
  else fail(context, says.unknownSubKeyGuess, { key, parent, guess, allowed }, place, extra)
}

function scalarOf(
  context: Context,
  key: string,
  node: YamlNode | null,
  place: Point,
  expected: Value,
): string | undefined {
  if (isAlias(node)) return fail(context, says.alias, { key, expected }, place)
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    // Note: a number written as text (`title: 2028`) is text; keep its source form.
    const source =
      typeof node.value === 'number' && node.source !== undefined ? String(node.source) : String(node.value)
    if (source.trim() !== '') return source.trim()
  }
  const found = foundOf(node)
  return fail(context, says.wrongValue, { key, expected, found }, place, {
    actual: typeof found === 'string' ? found : found.en,
  })
}

/** What a value that is not the wanted one is, for `{found}`. */
function foundOf(node: YamlNode | null): Value & (string | Readonly<Record<Lang, string>>) {
  if (isMap(node)) return FOUND.group
  if (isSeq(node)) return FOUND.list
  if (isScalar(node) && node.value !== null && String(node.value).trim() !== '') return `\`${String(node.value)}\``
  return FOUND.nothing
}

function text(context: Context, key: string, node: YamlNode | null, place: Point): string | undefined {
  return scalarOf(context, key, node, place, EXPECTED.text)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** `source-fingerprint`: what `storydeck translations sync` wrote, 12 hexadecimal digits. */
function fingerprint(context: Context, node: YamlNode | null, place: Point): string | undefined {
  const value = scalarOf(context, 'source-fingerprint', node, place, EXPECTED.text)
  if (value === undefined || /^[0-9a-f]{12}$/.test(value)) return value
  return fail(context, says.fingerprint, { value }, place, { actual: value })
}

function date(context: Context, node: YamlNode | null, place: Point): string | undefined {
  const value = scalarOf(context, 'date', node, place, EXPECTED.date)
  if (value === undefined) return undefined
  const match = ISO_DATE.exec(value)
  if (!match) {
    return fail(context, says.dateFormat, { value }, place, { actual: value })
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return fail(context, says.dateInvalid, { value }, place, { actual: value })
  }
  return value
}

function lang(context: Context, node: YamlNode | null, place: Point): Lang | undefined {
  const value = scalarOf(context, 'lang', node, place, EXPECTED.lang)
  if (value === undefined) return undefined
  const lower = value.toLowerCase()
  if ((LANGS as readonly string[]).includes(lower)) return lower as Lang
  const aliases: Record<string, Lang> = { no: 'nb', nob: 'nb', nno: 'nn', dk: 'da', se: 'sv', ger: 'de' }
  const guess = aliases[lower] ?? suggest(lower, LANGS)
  const extra = { actual: value, expected: guess ? [guess] : [...LANGS] }
  const langs = quoted(LANGS)
  return guess === undefined
    ? fail(context, says.lang, { value, langs }, place, extra)
    : fail(context, says.langGuess, { value, guess, langs }, place, extra)
}

function poster(
  context: Context,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
): PosterMeta | undefined {
  if (!isMap(node)) {
    return fail(context, says.notGroup, { key: 'poster', allowed: quoted(POSTER_KEYS) }, place)
  }
  const result: PosterMeta = { ...DEFAULT_POSTER }
  for (const pair of node.items) {
    const key = keyOf(context, pair.key as YamlNode | null, at)
    if (key === undefined) continue
    const keyPlace = at(pair.key as YamlNode)
    const value = pair.value as YamlNode | null
    if (key === 'size') {
      const raw = scalarOf(context, 'poster.size', value, keyPlace, EXPECTED.paperSize)
      if (raw === undefined) continue
      const size = SIZES.find((candidate) => candidate.toLowerCase() === raw.toLowerCase())
      if (size) result.size = size
      else
        fail(context, says.posterSize, { value: raw, sizes: quoted(SIZES) }, keyPlace, {
          actual: raw,
          expected: [...SIZES],
        })
    } else if (key === 'orientation') {
      const raw = scalarOf(context, 'poster.orientation', value, keyPlace, EXPECTED.orientation)
      if (raw === undefined) continue
      const orientation = ORIENTATIONS.find((candidate) => candidate === raw.toLowerCase())
      if (orientation) result.orientation = orientation
      else fail(context, says.posterOrientation, { value: raw }, keyPlace, { actual: raw, expected: [...ORIENTATIONS] })
    } else if (key === 'link') {
      const raw = scalarOf(context, 'poster.link', value, keyPlace, EXPECTED.link)
      if (raw === undefined) continue
      if (isHttpUrl(raw)) result.link = raw
      else fail(context, says.posterLink, { value: raw }, keyPlace, { actual: raw })
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
    return fail(context, says.notLines, { key }, place)
  }
  const result: Record<string, T> = Object.create(null) as Record<string, T>
  for (const pair of node.items) {
    const name = keyOf(context, pair.key as YamlNode | null, at)
    if (name === undefined) continue
    const keyPlace = at(pair.key as YamlNode)
    if (UNSAFE_KEYS.has(name)) {
      fail(context, says.reservedName, { key: name, parent: key }, keyPlace, { actual: name })
      continue
    }
    const value = read(name, pair.value as YamlNode | null, keyPlace)
    if (value !== undefined) result[name] = value
  }
  return Object.freeze(result)
}

function setting(context: Context, rule: string, node: YamlNode | null, place: Point): RuleSetting | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value ? 'warn' : 'off'
  const raw = scalarOf(context, `lint.${rule}`, node, place, EXPECTED.setting)
  if (raw === undefined) return undefined
  const lower = raw.toLowerCase()
  const value = lower === 'warning' ? 'warn' : lower
  if ((SETTINGS as readonly string[]).includes(value)) return value as RuleSetting
  return fail(context, says.lintSetting, { value: raw, rule }, place, { actual: raw, expected: [...SETTINGS] })
}

function brand(
  context: Context,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
): Brand | undefined {
  if (!isMap(node)) {
    return fail(context, says.notGroup, { key: 'brand', allowed: quoted(BRAND_KEYS) }, place)
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
  const found = foundOf(node)
  return fail(context, says.yesNo, { key, found }, place, {
    actual: isScalar(node) ? String(node.value) : typeof found === 'string' ? found : found.en,
  })
}

/** `publish:` what `storydeck publish` may put on the intranet; only `notes` so far. */
function publish(
  context: Context,
  node: YamlNode | null,
  place: Point,
  at: (node: YamlNode | null) => Point,
): PublishMeta | undefined {
  if (!isMap(node)) {
    return fail(context, says.notGroup, { key: 'publish', allowed: quoted(PUBLISH_KEYS) }, place)
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
