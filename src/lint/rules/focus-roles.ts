/**
 * `focus/roles`: the story has no "What it means for you" section.
 *
 * Why: people ask "and what does it mean for me?"; a story becomes theirs
 * when each role finds itself in it.
 *
 * ok: `# What it means for you` with one `##` slide per role.
 * not ok: a story with only From, To, Because and steps.
 */
import { sectionTitle } from '../../i18n/section-titles.ts'
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule } from '../rule.ts'

export default defineRule({
  id: coach.roles.id,
  severity: coach.roles.severity,
  docs: {
    checks: 'The story has no "What it means for you" section (in any supported language).',
    why: 'People ask “what does it mean for me?”; the story becomes theirs when each role finds itself in it.',
  },
  check(context) {
    const { story } = context
    if (story.sections.some((section) => section.kind === 'roles')) return
    const heading = sectionTitle(story.meta.lang, 'roles')
    const anchor = story.spine.because ?? story.sections.at(-1)
    context.report(
      coach.roles,
      { heading },
      { place: anchor?.heading.position ?? { line: 1, column: 1 }, expected: [`# ${heading}`] },
    )
  },
})
