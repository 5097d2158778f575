/**
 * The story's health at a glance: per section its readability against the
 * target, its longest sentences and the coach's findings in it; the spine
 * headlines' word counts against the limit; and which section to work on
 * first. Pure: reads the parsed story and the messages already on the file.
 */
import type { VFile } from 'vfile'
import type { Lang, Section, Story } from '../types.ts'
import { collectProse, textOf, wordsOf } from './prose.ts'
import { countSyllables, type Formula, letterCount, MAX_LIX, MIN_FLESCH, readability } from './readability.ts'
import { countWords } from './rule.ts'
import { MIN_SCORED_WORDS } from './rules/readability-hard-text.ts'
import { MAX_SENTENCE_WORDS } from './rules/readability-long-sentence.ts'
import { MAX_HEADLINE_WORDS } from './rules/spine-headline-too-long.ts'

/** One finding, as the page shows it. */
export interface HealthFinding {
  line: number
  column: number
  severity: 'error' | 'warning' | 'info'
  ruleId: string
  reason: string
}

/** A sentence and its length. */
export interface HealthSentence {
  text: string
  words: number
  line: number
}

/** One `#` section (or the lead). */
export interface SectionHealth {
  /** The heading as written; undefined for the lead. */
  title: string | undefined
  line: number
  words: number
  /** Undefined when the section has fewer than {@link MIN_SCORED_WORDS} words. */
  score: number | undefined
  hard: boolean
  /** Up to three longest sentences, longest first. */
  longest: HealthSentence[]
  findings: HealthFinding[]
  /** Higher: work here first (hard text, long sentences, warnings). */
  urgency: number
}

/** A spine headline and its length. */
export interface HeadlineHealth {
  title: string
  text: string
  words: number
  line: number
}

/** Everything the health page shows about one story. */
export interface StoryHealth {
  path: string
  title: string
  lang: Lang
  formula: Formula
  /** The target: LIX at most this, or Flesch at least this. */
  target: number
  headlineLimit: number
  sentenceLimit: number
  headlines: HeadlineHealth[]
  sections: SectionHealth[]
  /** Findings before the first section or not tied to one (frontmatter, whole story). */
  general: HealthFinding[]
  /** Index into `sections` of the one to work on first; undefined when nothing needs work. */
  first: number | undefined
}

/**
 * Measure a coached story.
 *
 * @param file the story file with the coach's messages on it.
 * @param story the parsed story.
 */
export function storyHealth(file: VFile, story: Story): StoryHealth {
  const lang = story.meta.lang
  const parts = new Map<
    Section | undefined,
    { words: number; sentences: number; longWords: number; syllables: number; list: HealthSentence[] }
  >()
  for (const block of collectProse(file, story)) {
    if (block.kind === 'heading') continue
    const part = parts.get(block.section) ?? { words: 0, sentences: 0, longWords: 0, syllables: 0, list: [] }
    for (const sentence of block.sentences) {
      const words = wordsOf(sentence).map(textOf)
      if (words.length === 0) continue
      part.sentences += 1
      for (const word of words) {
        part.words += 1
        if (letterCount(word) > 6) part.longWords += 1
        part.syllables += countSyllables(word, lang)
      }
      part.list.push({ text: textOf(sentence).trim(), words: words.length, line: sentence.position?.start.line ?? 0 })
    }
    parts.set(block.section, part)
  }
  const findings: HealthFinding[] = file.messages
    .filter((message) => message.ruleId !== undefined && message.ruleId !== null)
    .map((message) => ({
      line: message.line ?? 0,
      column: message.column ?? 0,
      // Note: vfile's convention: fatal `true` is an error, `false` a warning, unset a hint.
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      ruleId: message.ruleId ?? '',
      reason: message.reason,
    }))
  const starts = story.sections.map((section) => section.position.start.line)
  const sectionOf = (line: number): number => {
    let index = -1
    for (const [at, start] of starts.entries()) if (line >= start) index = at
    return index
  }
  const sections: SectionHealth[] = story.sections.map((section, index) => {
    const part = parts.get(section) ?? { words: 0, sentences: 0, longWords: 0, syllables: 0, list: [] }
    const result = part.words >= MIN_SCORED_WORDS ? readability(part, lang) : undefined
    const mine = findings.filter((finding) => sectionOf(finding.line) === index)
    const longest = [...part.list].sort((a, b) => b.words - a.words).slice(0, 3)
    const over = part.list.filter((sentence) => sentence.words > MAX_SENTENCE_WORDS).length
    const gap = result === undefined ? 0 : result.formula === 'lix' ? result.score - MAX_LIX : MIN_FLESCH - result.score
    // Note: hints (info) never make a section urgent.
    const weight = { error: 10, warning: 2, info: 0 }
    return {
      title: section.title,
      line: section.position.start.line,
      words: part.words,
      score: result?.score,
      hard: result?.hard ?? false,
      longest,
      findings: mine,
      urgency: Math.max(0, gap) + 3 * over + mine.reduce((sum, finding) => sum + weight[finding.severity], 0),
    }
  })
  let first: number | undefined
  for (const [index, section] of sections.entries())
    if (section.urgency > 0 && (first === undefined || section.urgency > (sections[first]?.urgency ?? 0))) first = index
  const headlines: HeadlineHealth[] = (['from', 'to', 'because'] as const).flatMap((kind) => {
    const section = story.spine[kind]
    const headline = section?.headline
    if (section === undefined || headline === undefined) return []
    return [
      {
        title: section.title,
        text: headline.text,
        words: countWords(headline.text),
        line: headline.node.position?.start.line ?? section.position.start.line,
      },
    ]
  })
  const formula = lang === 'en' ? 'flesch' : lang === 'de' ? 'amstad' : 'lix'
  return {
    path: file.path,
    title: story.meta.title,
    lang,
    formula,
    target: formula === 'lix' ? MAX_LIX : MIN_FLESCH,
    headlineLimit: MAX_HEADLINE_WORDS,
    sentenceLimit: MAX_SENTENCE_WORDS,
    headlines,
    sections,
    general: findings.filter((finding) => sectionOf(finding.line) === -1),
    first,
  }
}
