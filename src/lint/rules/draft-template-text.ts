/**
 * `draft/template-text`: example text that `storydeck new` wrote and the
 * author has not replaced yet: a paragraph, a note, a `##` heading, or the
 * `title`, `organisation` or `author` of the frontmatter, as the template
 * wrote it (in any of its languages).
 *
 * Why: a deck or poster that says "Your organisation" or "Describe one
 * ordinary day when we have arrived." is not ready to show, and it is easy to
 * miss one among the parts that were written.
 *
 * ok: `# To` followed by `Simple claims settle themselves within a day.`
 * not ok: `# To` followed by `Where we will be, in one courageous sentence.`
 */
import type { Heading, Paragraph } from 'mdast'
import { coach } from '../../messages/catalogue/coach.ts'
import { TEMPLATE_EXAMPLES } from '../../new/texts.ts'
import { frontmatterKeyPlace } from '../../story/key-place.ts'
import { defineRule } from '../rule.ts'

/** Words of an example quoted in the message; the rest is left out (`…`). */
const QUOTED_WORDS = 8

export default defineRule({
  id: coach.templateText.id,
  severity: coach.templateText.severity,
  docs: {
    checks:
      'A paragraph, a note, a `##` heading, or the `title`, `organisation` or `author`, that is still the example text `storydeck new` wrote.',
    why: 'A deck or poster that still says “Your organisation” is not ready to show, and one example left among written parts is easy to miss.',
  },
  check(context) {
    const source = String(context.file.value)
    for (const key of ['title', 'organisation', 'author'] as const) {
      const value = context.story.meta[key]
      if (value === undefined || !TEMPLATE_EXAMPLES.keys[key].has(normalise(value))) continue
      const place = frontmatterKeyPlace(context.file, [key]) ?? { line: 1, column: 1 }
      context.report(coach.templateKey, { key, value }, { place, actual: value })
    }
    // Note: the template writes its examples as top-level blocks; a paragraph in a list or quote is the author's.
    for (const node of context.file.data.tree?.children ?? []) {
      if (node.type !== 'paragraph' && !(node.type === 'heading' && node.depth > 1)) continue
      const text = markdownOf(node, source)
      if (text === undefined || !TEMPLATE_EXAMPLES.blocks.has(text)) continue
      context.report(coach.templateText, { text: quoted(text) }, { place: node.position, actual: text })
    }
  },
})

/** The Markdown of a paragraph, or of a heading's text without its `#`s, with its white space collapsed. */
function markdownOf(node: Paragraph | Heading, source: string): string | undefined {
  const first = node.children[0]?.position?.start.offset
  const last = node.children.at(-1)?.position?.end.offset
  if (first === undefined || last === undefined) return undefined
  return normalise(source.slice(first, last))
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The first {@link QUOTED_WORDS} words of `text`, and `…` when there were more. */
function quoted(text: string): string {
  const words = text.split(' ')
  return words.length <= QUOTED_WORDS ? text : `${words.slice(0, QUOTED_WORDS).join(' ')} …`
}
