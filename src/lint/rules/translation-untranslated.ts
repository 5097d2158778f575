/**
 * `translation/untranslated`: text still marked for translation, as
 * `storydeck new --from` leaves the source's words in a new version.
 *
 * Why: a version shown with the source's words in it is not yet a version.
 *
 * ok: `Zu 2029 hat jede Kundin …`
 * not ok: `[übersetzen] By 2029, every customer …`
 */
import { visit } from 'unist-util-visit'
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule } from '../rule.ts'
import { TRANSLATE_MARKERS, markerIn } from '../translation.ts'

export default defineRule({
  id: coach.untranslatedText.id,
  severity: coach.untranslatedText.severity,
  docs: {
    checks:
      'Text that still carries the marker `storydeck new --from` puts before words to translate, such as `[übersetzen]`.',
    why: 'A version shown with the source’s words in it is not yet a version.',
  },
  check(context) {
    const tree = context.file.data.tree
    if (tree === undefined) return
    const own = TRANSLATE_MARKERS[context.story.meta.lang]
    const lines = String(context.file.value).split(/\r?\n|\r/)
    for (const key of ['title', 'subtitle', 'role'] as const) {
      const marker = markerIn(context.story.meta[key] ?? '')
      if (marker === undefined) continue
      const line = lines.findIndex((each) => each.startsWith(`${key}:`)) + 1
      context.report(
        coach.untranslatedKey,
        { key, marker, own },
        { place: { line: Math.max(line, 1), column: 1 }, actual: marker },
      )
    }
    const glossary = Object.entries(context.story.meta.glossary).filter(
      ([, meaning]) => markerIn(meaning) !== undefined,
    )
    for (const [term] of glossary) {
      const line =
        lines.findIndex((each) =>
          new RegExp(`^[ \\t]+${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`).test(each),
        ) + 1
      context.report(
        coach.untranslatedGlossary,
        { term, own },
        { place: { line: Math.max(line, 1), column: 1 }, actual: term },
      )
    }
    visit(tree, 'text', (node) => {
      const marker = markerIn(node.value)
      if (marker === undefined) return
      context.report(coach.untranslatedText, { marker, own }, { place: node.position, actual: marker })
    })
  },
})
