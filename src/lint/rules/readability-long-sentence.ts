/**
 * `readability/long-sentence`: a sentence of more than 30 words in visible
 * text (headlines are left to `spine/headline-too-long`).
 *
 * Why: long sentences lose listeners before the point arrives.
 *
 * ok: two sentences of 15 words each.
 * not ok: one sentence of 35 words held together by commas.
 */
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule } from '../rule.ts'
import { wordsOf } from '../prose.ts'

/** Most words a sentence may have. */
export const MAX_SENTENCE_WORDS = 30

export default defineRule({
  id: coach.longSentence.id,
  severity: coach.longSentence.severity,
  docs: {
    checks: `A sentence in the lead, a slide or a heading has more than ${MAX_SENTENCE_WORDS} words (headlines are checked by \`${coach.headlineTooLong.id}\`).`,
    why: 'Listeners lose a long sentence before its point arrives.',
  },
  check(context) {
    for (const block of context.prose()) {
      if (block.kind === 'headline') continue
      for (const sentence of block.sentences) {
        const count = wordsOf(sentence).length
        if (count <= MAX_SENTENCE_WORDS) continue
        context.report(
          coach.longSentence,
          { words: count, max: MAX_SENTENCE_WORDS },
          // Note: sentences built from table cells can lack positions; fall back to the cell.
          { place: sentence.position ?? block.node.position, actual: String(count) },
        )
      }
    }
  },
})
