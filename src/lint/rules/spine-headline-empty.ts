/**
 * `spine/headline-empty`: a From, To or Because section that does not start
 * with a headline sentence.
 *
 * Why: the three headlines are the story; the deck's title slides and the
 * poster print them big, and without one there is nothing to show.
 *
 * ok: `# To` followed by a paragraph.
 * not ok: `# To` followed directly by a list, a `##` heading or notes.
 */
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule, sectionName } from '../rule.ts'

export default defineRule({
  id: coach.headlineEmpty.id,
  severity: coach.headlineEmpty.severity,
  docs: {
    checks: 'A From, To or Because section has no headline: its first block is not a paragraph (or is empty).',
    why: 'The three headlines are the story; the title slides and the poster print them big.',
  },
  check(context) {
    for (const section of context.story.sections) {
      if (section.kind !== 'from' && section.kind !== 'to' && section.kind !== 'because') continue
      if (section.headline !== undefined && section.headline.text.trim() !== '') continue
      context.report(coach.headlineEmpty, { section: sectionName(section) }, { place: section.heading.position })
    }
  },
})
