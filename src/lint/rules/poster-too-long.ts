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
import { coach, coachWords } from '../../messages/catalogue/coach.ts'
import { tell } from '../../messages/text.ts'
import { decimal, defineRule, listIn } from '../rule.ts'

export default defineRule({
  id: coach.posterTooLong.id,
  severity: coach.posterTooLong.severity,
  docs: {
    checks:
      'The poster fitting model (the same one the poster uses) finds that the story fits its sheet only with body text below the legible size for that paper.',
    why: 'A poster is read from a step away; text shrunk to fit is not read.',
  },
  check(context) {
    const fit = posterFit(context.story, context.poster)
    if (fit.legible) return
    const longest = fit.longest.slice(0, 3)
    const size = decimal(fit.bodyPt)
    const options = {
      place: longest[0]?.position ?? { line: 1, column: 1 },
      actual: `${size.en} pt`,
      expected: longest.map((part) => part.label),
    }
    if (longest.length === 0) {
      context.report(coach.posterTooLongNoParts, { size }, options)
      return
    }
    // Note: the first part says "words", the others only their number: "From (52 words), The picture (47) and Because (37)".
    const parts = listIn(longest, (part, lang, index) =>
      tell(index === 0 ? coachWords.partFirst : coachWords.partMore, lang, { name: part.label, count: part.words }),
    )
    context.report(coach.posterTooLong, { size, parts }, options)
  },
})
