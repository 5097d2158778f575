/**
 * `jargon/acronym`: an abbreviation that is neither in the frontmatter
 * `glossary` nor spelled out where it is first used.
 *
 * Why: every three-letter abbreviation leaves part of the room behind.
 *
 * ok: `Our customer experience (CX) gets better.` or `glossary: { CX: … }`
 * not ok: `Our CX gets better.`
 *
 * Counts as an abbreviation: a word of 2–6 letters or digits that starts with
 * a capital, has at least two capitals, no more small letters than capitals
 * and ends in a capital or digit (`KPI`, `SaaS`, `B2B`, `KPIs`). Not counted:
 * the language's list of abbreviations everyone knows (`acronyms` in the data
 * file), the project's `abbreviations` in `storydeck.config.json`, a word in
 * capitals of four letters or more that the language's dictionary knows as an
 * ordinary word (`NESTE FASE`, when a dictionary is installed), Roman numerals made of I, V and X (`II`, `XIV`), and runs of three or more words in capitals
 * (shouting, not abbreviations). Only the first use of each is checked.
 */
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule } from '../rule.ts'

const TOKEN = /[\p{L}\p{N}]+/gu
// Note: only numerals of I, V and X (`II`, `XIV`, `XX`); `CX`, `CD` or `MD` are far more often abbreviations.
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/
// Note: most words start with a small Latin letter; this test is far cheaper than the Unicode classes below, and such a word is neither an abbreviation nor a word in capitals.
const SMALL_START = /^[a-zß-öø-ÿ]/

/** Whether `word` looks like an abbreviation (see the module comment). */
export function isAbbreviation(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false
  if (!/^\p{Lu}/u.test(word) || !/[\p{Lu}\p{N}]$/u.test(word)) return false
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0
  const small = word.match(/\p{Ll}/gu)?.length ?? 0
  return capitals >= 2 && small <= capitals && !ROMAN.test(word)
}

function isCapitalWord(word: string): boolean {
  return !SMALL_START.test(word) && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word)
}

export default defineRule({
  id: coach.acronym.id,
  severity: coach.acronym.severity,
  docs: {
    checks:
      'An abbreviation (such as CX, KPI, SaaS) is used without being spelled out at its first use or listed in the frontmatter `glossary`.',
    why: 'Every unexplained abbreviation leaves part of the room behind.',
  },
  check(context) {
    const glossary = new Set(Object.keys(context.story.meta.glossary).map((key) => key.toLowerCase()))
    const project = new Set(context.projectAbbreviations)
    const { speller } = context
    const seen = new Set<string>()
    for (const block of context.prose()) {
      const tokens = [...block.text.matchAll(TOKEN)].map((match) => ({ word: match[0], start: match.index }))
      const shouting = new Set<number>()
      for (let index = 0; index < tokens.length; index++) {
        let end = index
        while (
          end < tokens.length &&
          isCapitalWord(tokens[end]?.word ?? '') &&
          (end === index ||
            /^\s+$/.test(
              block.text.slice((tokens[end - 1]?.start ?? 0) + (tokens[end - 1]?.word.length ?? 0), tokens[end]?.start),
            ))
        )
          end++
        if (end - index >= 3) for (let inner = index; inner < end; inner++) shouting.add(inner)
        if (end > index) index = end - 1
      }
      for (const [index, { word, start }] of tokens.entries()) {
        // Note: an abbreviation has at most six letters, seven with a plural `s`.
        if (word.length > 7 || SMALL_START.test(word)) continue
        const plural = /^([\p{Lu}\p{N}]{2,})s$/u.exec(word)
        const base = plural?.[1] ?? word
        if (!isAbbreviation(base) || shouting.has(index) || seen.has(base)) continue
        seen.add(base)
        if (context.lists.acronyms.has(base) || project.has(base) || glossary.has(base.toLowerCase())) continue
        // Note: an ordinary word in capitals (a heading line such as `NESTE FASE`) is shouting, not an abbreviation; short ones (`PIN`, `MAP`) are more often abbreviations.
        if (base.length >= 4 && /^\p{Lu}+$/u.test(base) && speller?.correct(base.toLowerCase())) continue
        const before = block.text.slice(0, start)
        const after = block.text.slice(start + word.length)
        const defined = /\(\s*$/.test(before) && /^\s*\)/.test(after)
        const explained = /^\s*\(\s*\p{L}{2,}/u.test(after)
        if (defined || explained) continue
        context.report(
          coach.acronym,
          { abbreviation: base },
          { place: block.placeOf(start, start + word.length), actual: base },
        )
      }
    }
  },
})
