/**
 * `focus/customer`: neither the To nor the Because section mentions the
 * people the organisation serves (customers, citizens, patients, members,
 * users, … per language).
 *
 * Why: a destination that does not say who is better off reads as an
 * internal project.
 *
 * ok: `# Because` … `our customers need a person when something goes wrong.`
 * not ok: To and Because speak only of processes and systems.
 */
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule, sectionName } from '../rule.ts'
import type { Section } from '../../types.ts'

export default defineRule({
  id: coach.customer.id,
  severity: coach.customer.severity,
  docs: {
    checks:
      'Neither the To nor the Because section (headline and slides) contains a word from the language’s customer list (customers, citizens, patients, members, users, …).',
    why: 'A destination that does not say who is better off reads like an internal project.',
  },
  check(context) {
    const { to, because } = context.story.spine
    const parts = [to, because].filter((section): section is Section => section !== undefined)
    if (parts.length === 0) return
    const mentions = context
      .prose()
      .some(
        (block) =>
          block.section !== undefined && parts.includes(block.section) && context.lists.customers.test(block.text),
      )
    if (mentions) return
    const examples = context.lists.customerExamples
    const first = parts[0] as Section
    context.report(
      coach.customer,
      { sections: parts.map(sectionName), examples: examples.join(', ') },
      { place: first.headline?.node.position ?? first.heading.position, expected: [...examples] },
    )
  },
})
