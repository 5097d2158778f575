/**
 * `focus/technology-first`: the To headline names technology (platform,
 * app, AI, cloud, system, robots, …) but no people and no difference for
 * them.
 *
 * Why: technology is a means; people follow a destination they can picture
 * for themselves and the people they serve.
 *
 * ok: `Customers get an answer within a day, and our new platform does the typing.`
 * not ok: `One cloud platform with AI runs all our claims.`
 */
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule, sectionName } from '../rule.ts'

export default defineRule({
  id: coach.technologyFirst.id,
  severity: coach.technologyFirst.severity,
  docs: {
    checks:
      'The To headline contains a technology word from the language’s list, but no word for people (customers, colleagues, patients, …) and no outcome word (faster, safer, time, help, …).',
    why: 'Technology is a means. People follow a destination they can picture for themselves and for the people they serve.',
  },
  check(context) {
    const to = context.story.spine.to
    if (to?.headline === undefined) return
    const text = to.headline.text
    const technology = context.lists.technology.find(text)
    const first = technology[0]
    if (first === undefined) return
    const { people, customers, outcomes } = context.lists
    if (people.test(text) || customers.test(text) || outcomes.test(text)) return
    const words = [...new Set(technology.map((hit) => hit.text))]
    context.report(
      coach.technologyFirst,
      { section: sectionName(to), technology: words },
      { place: to.headline.node.position, actual: words.join(', '), expected: [...context.lists.customerExamples] },
    )
  },
})
