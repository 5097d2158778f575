/**
 * What a coach rule is: an id, a default severity, its documentation, and a
 * check over the parsed story that reports through its context.
 */
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { PosterGeometry } from '../themes/poster-geometry.ts'
import type { Lang, RuleSetting, Section, Story } from '../types.ts'
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
  /** Longer hint, may be in the story's language. */
  note?: string
  /** Report as a hint (`info`) whatever the rule's severity: for notices about the coach itself. */
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
  /** Report a finding at this rule's effective severity. */
  report(reason: string, options: FindingOptions): void
}

/** The source of a language version, parsed by the build. */
export interface SourceStory {
  story: Story
  file: VFile
}

/** Documentation of a rule, rendered into docs/rules.md. */
export interface RuleDocs {
  /** What it checks, one sentence. */
  checks: string
  /** Why it matters to a story. */
  why: string
  /** How to fix a finding. */
  fix: string
}

/** A coach rule. */
export interface Rule {
  /** Permanent id, `group/name`. */
  id: string
  /** Severity when neither project nor story switch it. */
  severity: Exclude<RuleSetting, 'off'>
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

/** Count words the way a reader does: runs of letters or digits, with inner `'` or `-`. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
