/**
 * `deck/slide-too-long`: a slide with more visible text than the back row
 * can read: more than 90 words, or more than 9 lines (list items, table
 * rows, paragraphs, lines of code). Speaker notes do not count; neither does
 * a spine headline, which gets its own big slide.
 *
 * Why: a slide is read in a few seconds while someone is talking.
 *
 * ok: a heading and three short bullet points.
 * not ok: a slide of three dense paragraphs or twelve bullet points.
 */
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { coach } from '../../messages/catalogue/coach.ts'
import { countWords, defineRule } from '../rule.ts'

/** Most words a slide may show. */
export const MAX_SLIDE_WORDS = 90
/** Most lines (list items, table rows, paragraphs, code lines) a slide may show. */
export const MAX_SLIDE_LINES = 9

/** Lines a slide's body shows: list items, table rows, paragraphs, headings, code lines. */
export function countLines(nodes: readonly RootContent[]): number {
  let lines = 0
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of node.children) {
        lines += 1
        lines += countLines(item.children.filter((child) => child.type !== 'paragraph'))
      }
    } else if (node.type === 'table') lines += node.children.length
    else if (node.type === 'blockquote') lines += countLines(node.children)
    else if (node.type === 'code') lines += node.value.split('\n').length
    else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'html') lines += 1
  }
  return lines
}

export default defineRule({
  id: coach.slideWords.id,
  severity: coach.slideWords.severity,
  docs: {
    checks: `A slide shows more than ${MAX_SLIDE_WORDS} words or more than ${MAX_SLIDE_LINES} lines (list items, table rows, paragraphs, code lines), its \`##\` heading included; speaker notes do not count.`,
    why: 'A slide is read in a few seconds while someone is talking; the back row must be able to read it at a legible size.',
  },
  check(context) {
    for (const section of context.story.sections) {
      for (const slide of section.slides) {
        if (slide.body.length === 0) continue
        const words =
          countWords(slide.body.map((node) => toString(node)).join(' ')) +
          countWords(slide.title ?? '') +
          countWords(slide.time ?? '')
        const lines = countLines(slide.body)
        if (words <= MAX_SLIDE_WORDS && lines <= MAX_SLIDE_LINES) continue
        const start = slide.heading?.position?.start ?? slide.body[0]?.position?.start ?? slide.position.start
        const place = { start, end: slide.body.at(-1)?.position?.end ?? slide.position.end }
        if (words > MAX_SLIDE_WORDS)
          context.report(coach.slideWords, { words, max: MAX_SLIDE_WORDS }, { place, actual: String(words) })
        else context.report(coach.slideLines, { lines, max: MAX_SLIDE_LINES }, { place, actual: String(lines) })
      }
    }
  },
})
