/**
 * Fill a catalogue text with values. Two forms, a subset of ICU
 * MessageFormat so that texts read the same in any translation tool:
 *
 * - `{name}`: the value of `name` (a list: joined as the language does,
 *   "A, B and C", `Intl.ListFormat`);
 * - `{count, plural, one {# question} other {# questions}}`: the branch the
 *   language's plural rule picks for `count` (`Intl.PluralRules`), `#` being
 *   the number; `=0 {…}` picks an exact number first.
 *
 * Written here rather than taken from intl-messageformat (≈ 40 kB, parsed
 * at start-up): the CLI prints a handful of messages a run, and the two
 * forms above are all the catalogue uses (a test holds it to that).
 */
import type { Lang } from '../types.ts'

/**
 * Values a text is filled with: a list is joined the language's way
 * ("A, B and C"); a word given in every language (`{ en: 'From', da: 'Fra', … }`,
 * e.g. a section's name) is shown in the message's language.
 */
export type Value = string | number | readonly string[] | Readonly<Record<Lang, string>>
export type Values = Readonly<Record<string, Value>>

const rules = new Map<Lang, Intl.PluralRules>()
const lists = new Map<Lang, Intl.ListFormat>()

function listOf(lang: Lang, items: readonly string[]): string {
  let list = lists.get(lang)
  if (list === undefined) {
    list = new Intl.ListFormat(lang, { type: 'conjunction' })
    lists.set(lang, list)
  }
  return list.format(items)
}

function pluralOf(lang: Lang, count: number): string {
  let rule = rules.get(lang)
  if (rule === undefined) {
    rule = new Intl.PluralRules(lang)
    rules.set(lang, rule)
  }
  return rule.select(count)
}

/** Fill `template` with `values` in `lang`; a missing value stays visible as `{name}`. */
export function fill(template: string, values: Values, lang: Lang): string {
  return eachSlot(template, (inner) => fillSlot(inner, values, lang) ?? `{${inner}}`)
}

/** `template` with each top-level `{…}` slot replaced by what `replace` makes of its inside. */
function eachSlot(template: string, replace: (inner: string) => string): string {
  let out = ''
  let index = 0
  while (index < template.length) {
    const open = template.indexOf('{', index)
    if (open === -1) break
    const close = matching(template, open)
    out += template.slice(index, open) + replace(template.slice(open + 1, close))
    index = close + 1
  }
  return out + template.slice(index)
}

function fillSlot(inner: string, values: Values, lang: Lang): string | undefined {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner)
  if (plural === null) {
    const name = inner.trim()
    const value = values[name]
    if (value === undefined) return undefined
    if (typeof value !== 'object') return String(value)
    return isList(value) ? listOf(lang, value) : value[lang]
  }
  const name = plural[1] as string
  const count = Number(values[name])
  if (!(name in values) || Number.isNaN(count)) return undefined
  const branches = branchesOf(inner.slice(plural[0].length))
  const branch = branches.get(`=${count}`) ?? branches.get(pluralOf(lang, count)) ?? branches.get('other') ?? ''
  return fill(branch.replace(/#/g, String(count)), values, lang)
}

/** The branches of a plural slot: `one {…} other {…}` -> one: …, other: …. */
function branchesOf(body: string): Map<string, string> {
  const branches = new Map<string, string>()
  let index = 0
  while (index < body.length) {
    const head = /\s*(=\d+|\w+)\s*\{/y
    head.lastIndex = index
    const found = head.exec(body)
    if (found === null) break
    const open = head.lastIndex - 1
    const close = matching(body, open)
    branches.set(found[1] as string, body.slice(open + 1, close))
    index = close + 1
  }
  return branches
}

function isList(value: Value): value is readonly string[] {
  return Array.isArray(value)
}

function matching(text: string, open: number): number {
  let depth = 0
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++
    else if (text[index] === '}' && --depth === 0) return index
  }
  return text.length - 1
}

/** The names a text fills in (plural counts included), sorted: for checking translations against each other. */
export function placeholders(template: string): string[] {
  const names = new Set<string>()
  for (const found of template.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,)?/g)) {
    const before = template.slice(0, found.index)
    // Note: `one {` / `other {` open a plural branch, not a value.
    if (/\b(?:one|other|zero|two|few|many)\s*$/.test(before) || /=\d+\s*$/.test(before)) continue
    names.add(found[1] as string)
  }
  return [...names].sort()
}

/** One of the CLI's lines (`entry.ts` `Line`) in `lang`, filled with `values`. */
export function tell(line: Readonly<Record<Lang, string>>, lang: Lang, values: Values = {}): string {
  return fill(line[lang], values, lang)
}

/** A text with its values shown as ‹name› and each plural as its `other` form: for the documentation. */
export function sample(template: string): string {
  return eachSlot(template, (inner) => {
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner)
    if (plural === null) return `‹${inner.trim()}›`
    const other = branchesOf(inner.slice(plural[0].length)).get('other') ?? ''
    return sample(other.replace(/#/g, `‹${plural[1]}›`))
  })
}
