/**
 * `jargon/buzzword`: fashionable words that say nothing concrete.
 *
 * Why: words like "synergy" or "digital ecosystem" sound important and mean
 * nothing to the people on the floor; a story must say what will be
 * different.
 *
 * ok: `We answer every customer within a day.`
 * not ok: `We leverage synergies in our digital ecosystem.`
 */
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule } from '../rule.ts'

export default defineRule({
  id: coach.buzzword.id,
  severity: coach.buzzword.severity,
  docs: {
    checks: 'A word or phrase from the language’s buzzword list (in any inflected form) appears in visible text.',
    why: 'Fashionable words sound important but tell the reader nothing concrete; a story must say what will be different.',
  },
  check(context) {
    for (const block of context.prose()) {
      for (const hit of context.lists.buzzwords.find(block.text)) {
        context.report(
          coach.buzzword,
          { word: hit.text, plain: hit.value },
          { place: block.placeOf(hit.start, hit.end), actual: hit.text, expected: [hit.value] },
        )
      }
    }
  },
})
