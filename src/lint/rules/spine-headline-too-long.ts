/**
 * `spine/headline-too-long`: a From, To or Because headline over 25 words.
 *
 * Why: the headline is the sentence people repeat in the corridor; it has to
 * be said in one breath.
 *
 * ok: `Simple claims settle themselves within a day.`
 * not ok: a headline that strings four ideas together with commas and "and".
 */
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule, sectionName } from '../rule.ts'
import { wordsOf } from '../prose.ts'

/** Most words a spine headline may have. */
export const MAX_HEADLINE_WORDS = 25

export default defineRule({
  id: coach.headlineTooLong.id,
  severity: coach.headlineTooLong.severity,
  docs: {
    checks: `A From, To or Because headline (the first paragraph under the heading) has more than ${MAX_HEADLINE_WORDS} words.`,
    why: 'The headline is the sentence people repeat after the town hall; it must be said in one breath.',
  },
  check(context) {
    for (const block of context.prose()) {
      if (block.kind !== 'headline' || block.section === undefined) continue
      const words = block.sentences.reduce((sum, sentence) => sum + wordsOf(sentence).length, 0)
      if (words <= MAX_HEADLINE_WORDS) continue
      context.report(
        coach.headlineTooLong,
        { section: sectionName(block.section), words, max: MAX_HEADLINE_WORDS },
        { place: block.node.position, actual: String(words) },
      )
    }
  },
})
