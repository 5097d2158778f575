/**
 * What a coach rule is: an id, a default severity, its documentation, and a
 * check over the parsed story that reports catalogue messages through its
 * context (`src/messages/catalogue/coach.ts`).
 */
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { Message, Severity } from '../messages/entry.ts'
import type { Values } from '../messages/text.ts'
import { LANGS } from '../types.ts'
import type { PosterGeometry } from '../themes/poster-geometry.ts'
import type { Lang, Section, Story } from '../types.ts'
import type { Speller } from './hunspell.ts'
import type { WordLists } from './lists.ts'
import type { ProseBlock } from './prose.ts'

/** Hints a rule may attach to a finding. */
export interface FindingOptions {
  place: Point | Position | undefined
  /** The text found. */
  actual?: string
  /** Suggested replacements. */
  expected?: string[]
  /** Report as a hint whatever the rule's setting: for notices about the coach itself. */
  hint?: boolean
}

/** Everything a rule's check can read, and how it reports. */
export interface RuleContext {
  file: VFile
  story: Story
  lang: Lang
  /** The compiled word lists of the story's language. */
  lists: WordLists
  /** Poster geometry of the story's theme, for the poster fitting model. */
  poster: Readonly<PosterGeometry>
  /** The spelling checker of the story's language, when the environment has one. */
  speller: Speller | undefined
  /** The dictionary package that would give a checker, when the environment has none installed. */
  missingDictionary: string | undefined
  /** Words the project accepts everywhere (`words` in `storydeck.config.json`). */
  projectWords: readonly string[]
  /** Abbreviations the project accepts everywhere (`abbreviations` in `storydeck.config.json`). */
  projectAbbreviations: readonly string[]
  /** Visible prose of the story in document order (built once, shared). */
  prose(): readonly ProseBlock[]
  /** For a language version: its source story and file (see `LintOptions.source`). */
  source?: SourceStory
  /**
   * Report a finding at this rule's effective severity: a catalogue message
   * of this rule (same rule id), filled with `values`.
   */
  report(message: Message, values: Values, options: FindingOptions): void
}

/** The source of a language version, parsed by the build. */
export interface SourceStory {
  story: Story
  file: VFile
}

/**
 * What a rule checks and why, for whoever reads or changes it (docs/rules.md
 * says the same for authors). What the author reads, and how to fix a
 * finding, is the rule's catalogue entry (`src/messages/catalogue/coach.ts`).
 */
export interface RuleDocs {
  /** What it checks, one sentence. */
  checks: string
  /** Why it matters to a story. */
  why: string
}

/** A coach rule. */
export interface Rule {
  /** Permanent id, `group/name`: its catalogue messages' `id`. */
  id: string
  /** Severity when neither project nor story switch it (`info` is shown as `hint`). */
  severity: Severity
  docs: RuleDocs
  check(context: RuleContext): void
}

/** Define a rule (freezes it; an identity function that types the object). */
export function defineRule(rule: Rule): Readonly<Rule> {
  return Object.freeze({ ...rule, docs: Object.freeze({ ...rule.docs }) })
}

/** A section's name for messages, as the author wrote it: `*Til*`. */
export function sectionName(section: Section): string {
  return `*${section.title}*`
}

/** A number with decimals written each language's way: `7.8` in English, `7,8` in Danish or German. */
export function decimal(value: number, digits = 1): Readonly<Record<Lang, string>> {
  return perLanguage((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value))
}

/** A value given in every language, from a function of the language. */
export function perLanguage(make: (lang: Lang) => string): Readonly<Record<Lang, string>> {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, string>
}

/** A list joined each language's way ("A, B, and C", "A, B og C"), each item made for that language. */
export function listIn<T>(
  items: readonly T[],
  make: (item: T, lang: Lang, index: number) => string,
): Readonly<Record<Lang, string>> {
  return perLanguage((lang) =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(items.map((item, index) => make(item, lang, index))),
  )
}

const QUOTES: Readonly<Record<Lang, readonly [string, string]>> = {
  en: ['“', '”'],
  da: ['»', '«'],
  nb: ['«', '»'],
  nn: ['«', '»'],
  sv: ['”', '”'],
  de: ['„', '“'],
}

/** `text` in the quotation marks of `lang`: “word”, »ord«, «ord», ”ord”, „Wort“. */
export function quote(text: string, lang: Lang): string {
  const [open, close] = QUOTES[lang]
  return `${open}${text}${close}`
}

/** Count words the way a reader does: runs of letters or digits, with inner `'` or `-`. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
