/**
 * `poster/too-long`: the poster can hold the story only with body text
 * below a legible size. Names the longest parts, the ones to shorten first.
 *
 * Why: a poster is read from a step away; text shrunk to fit is not read.
 *
 * ok: a story whose headlines, roles and steps fit the chosen sheet.
 * not ok: a story with long elaborations and many roles on an A4 poster.
 */
import { posterFit } from '../../poster/fit.ts'
import { defineRule } from '../rule.ts'

export default defineRule({
  id: 'poster/too-long',
  severity: 'warn',
  docs: {
    checks:
      'The poster fitting model (the same one the poster uses) finds that the story fits its sheet only with body text below the legible size for that paper.',
    why: 'A poster is read from a step away; text shrunk to fit is not read.',
    fix: 'Shorten the parts the message names, or choose a larger `poster.size` in the frontmatter.',
  },
  check(context) {
    const fit = posterFit(context.story, context.poster)
    if (fit.legible) return
    const longest = fit.longest.slice(0, 3)
    const parts = longest.map((part) => `*${part.label}* (${part.words} words)`)
    const shorten =
      parts.length === 0
        ? ''
        : `; shorten ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`
    context.report(
      `Unexpected story too long for a legible poster (body text ${formatPt(fit.bodyPt)} pt), expected it to fit at a readable size${shorten}`,
      {
        place: longest[0]?.position ?? { line: 1, column: 1 },
        actual: `${formatPt(fit.bodyPt)} pt`,
        expected: longest.map((part) => part.label),
        note: 'Shorten the parts named here, or choose a larger `poster.size` in the frontmatter.',
      },
    )
  },
})

function formatPt(value: number): string {
  return String(Math.round(value * 10) / 10)
}
