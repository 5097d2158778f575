/**
 * `readability/hard-text`: a section whose text is hard to read: LIX above
 * 50 (da, nb, nn, sv), Flesch reading ease below 40 (en), Flesch–Amstad
 * below 40 (de). Sections with fewer than 30 words are not scored: the
 * formulas mean little on so few words.
 *
 * Why: a vision story is heard and read by everyone, not only by the
 * management team.
 *
 * ok: short sentences of everyday words.
 * not ok: long sentences full of long abstract nouns.
 */
import { coach, coachWords } from '../../messages/catalogue/coach.ts'
import type { Line } from '../../messages/entry.ts'
import { defineRule, sectionName } from '../rule.ts'
import { wordsOf, textOf } from '../prose.ts'
import {
  MAX_LIX,
  MIN_FLESCH,
  countSyllables,
  type Band,
  letterCount,
  readability,
  type TextCounts,
} from '../readability.ts'
import type { Section } from '../../types.ts'

const BANDS: Readonly<Record<Band, Line>> = {
  veryEasy: coachWords.bandVeryEasy,
  easyFiction: coachWords.bandEasyFiction,
  easyChildren: coachWords.bandEasyChildren,
  medium: coachWords.bandMedium,
  plain: coachWords.bandPlain,
  fairlyHard: coachWords.bandFairlyHard,
  hard: coachWords.bandHard,
  veryHard: coachWords.bandVeryHard,
}

/** Sections with fewer words are not scored. */
export const MIN_SCORED_WORDS = 30

export default defineRule({
  id: coach.hardTextLix.id,
  severity: coach.hardTextLix.severity,
  docs: {
    checks: `A section of at least ${MIN_SCORED_WORDS} words scores as hard to read: LIX above ${MAX_LIX} (Danish, Norwegian, Swedish), Flesch reading ease below ${MIN_FLESCH} (English) or Flesch–Amstad below ${MIN_FLESCH} (German). Headings are not counted.`,
    why: 'A vision story is for everyone in the organisation, not only for the management team.',
  },
  check(context) {
    const counts = new Map<Section, TextCounts>()
    for (const block of context.prose()) {
      if (block.section === undefined || block.kind === 'heading') continue
      const sum = counts.get(block.section) ?? { words: 0, sentences: 0, longWords: 0, syllables: 0 }
      for (const sentence of block.sentences) {
        const words = wordsOf(sentence).map(textOf)
        if (words.length === 0) continue
        sum.sentences += 1
        for (const word of words) {
          sum.words += 1
          if (letterCount(word) > 6) sum.longWords += 1
          sum.syllables += countSyllables(word, context.lang)
        }
      }
      counts.set(block.section, sum)
    }
    for (const [section, sum] of counts) {
      if (sum.words < MIN_SCORED_WORDS) continue
      const result = readability(sum, context.lang)
      if (!result.hard) continue
      const options = { place: section.heading.position, actual: String(result.score) }
      const values = { section: sectionName(section), score: result.score, meaning: BANDS[result.band] }
      if (result.formula === 'lix') context.report(coach.hardTextLix, { ...values, max: MAX_LIX }, options)
      else {
        const formula = result.formula === 'flesch' ? coachWords.formulaFlesch : coachWords.formulaAmstad
        context.report(coach.hardTextFlesch, { ...values, formula, min: MIN_FLESCH }, options)
      }
    }
  },
})
