/**
 * `spelling/unknown-word`: a word the language's dictionary does not know.
 *
 * Why: a typo in a headline is shown three metres high in the town hall and
 * printed on every poster.
 *
 * ok: `Kundene får svar samme dag.`
 * not ok: `Kunndene får svar samme dag.` (suggests `kundene`)
 *
 * Never flagged: words the story defines (glossary, organisation, author,
 * capitalised words in headings, the frontmatter's `words:`), the project's
 * `words` in `storydeck.config.json`, the language's known names and
 * abbreviations, words of the buzzword and technology lists (the jargon rules
 * speak about those), words with digits or with capitals inside (`NemID`,
 * `MobilePay`, `KPI`), and capitalised words inside a sentence (names);
 * German capitalises every noun, so there such a word is reported only when
 * it is one slip (a swap, a doubled letter) from a known word. Each word is
 * reported at its first use only.
 */
import type { ProseBlock } from '../prose.ts'
import { coach } from '../../messages/catalogue/coach.ts'
import { defineRule, perLanguage, quote, type RuleContext } from '../rule.ts'

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu
const SENTENCE_END = /[.!?:;…»"”]\s*$/

/** Every word the story or project defines, in lower case. */
function definedWords(context: RuleContext): Set<string> {
  const { meta } = context.story
  const words = new Set<string>()
  const add = (text: string | undefined): void => {
    for (const match of (text ?? '').matchAll(WORD)) {
      words.add(match[0].toLowerCase())
      for (const part of match[0].split(/['’-]/)) words.add(part.toLowerCase())
    }
  }
  for (const [key, value] of Object.entries(meta.glossary)) {
    add(key)
    add(value)
  }
  add(meta.organisation)
  add(meta.author)
  add(meta.title)
  for (const word of [...(meta.words ?? []), ...context.projectWords, ...context.lists.acronyms]) add(word)
  for (const block of context.prose()) {
    if (block.kind !== 'heading') continue
    // Note: a capitalised word in a heading is taken as a name the story introduces (`# Team Nordlys`).
    for (const match of block.text.matchAll(WORD)) if (/^\p{Lu}/u.test(match[0])) add(match[0])
  }
  return words
}

/** Whether the word at `start` begins a sentence of `block`. */
function startsSentence(block: ProseBlock, start: number): boolean {
  const before = block.text.slice(0, start)
  return before.trim() === '' || SENTENCE_END.test(before) || /(?:^|\n)\s*[-–•*\d.)]*\s*$/.test(before)
}

/** Whether `word` is `known` with two neighbouring letters swapped or one letter doubled. */
export function isSlip(word: string, known: string): boolean {
  const a = word.toLowerCase()
  const b = known.toLowerCase()
  if (a.length === b.length + 1) {
    for (let at = 0; at < a.length - 1; at++)
      if (a[at] === a[at + 1] && a.slice(0, at) + a.slice(at + 1) === b) return true
    return false
  }
  if (a.length !== b.length) return false
  const diff = [...a].flatMap((char, at) => (char === b[at] ? [] : [at]))
  return (
    diff.length === 2 &&
    diff[1] === (diff[0] ?? -2) + 1 &&
    a[diff[0] ?? 0] === b[diff[1] ?? 0] &&
    a[diff[1] ?? 0] === b[diff[0] ?? 0]
  )
}

export default defineRule({
  id: coach.unknownWord.id,
  severity: coach.unknownWord.severity,
  docs: {
    checks:
      'A word in visible text that the language’s dictionary does not know and the story does not define; the message offers the dictionary’s suggestions.',
    why: 'A typo in a headline is shown three metres high in the town hall and printed on every poster.',
  },
  check(context) {
    if (context.missingDictionary !== undefined) {
      const storyLang = context.lang
      const language = perLanguage(
        (lang) => new Intl.DisplayNames([lang], { type: 'language' }).of(storyLang) ?? storyLang,
      )
      context.report(
        coach.noDictionary,
        { language, package: context.missingDictionary },
        { place: { line: 1, column: 1 }, hint: true },
      )
      return
    }
    const speller = context.speller
    if (speller === undefined) return
    const defined = definedWords(context)
    const { buzzwords, technology } = context.lists
    const checked = new Map<string, boolean>()
    const known = (word: string): boolean => {
      let ok = checked.get(word)
      if (ok === undefined) {
        ok = speller.correct(word) || word.split(/['’-]/).every((part) => part === '' || speller.correct(part))
        checked.set(word, ok)
      }
      return ok
    }
    const reported = new Set<string>()
    for (const block of context.prose()) {
      const listed = [...buzzwords.find(block.text), ...technology.find(block.text)]
      for (const match of block.text.matchAll(WORD)) {
        const word = match[0]
        const start = match.index
        const lower = word.toLowerCase()
        if (word.length < 2 || reported.has(lower) || defined.has(lower)) continue
        if (/\p{Lu}/u.test(word.slice(1))) continue
        const name = /^\p{Lu}/u.test(word) && !startsSentence(block, start)
        if (name && context.lang !== 'de') continue
        if (listed.some((hit) => hit.start <= start && hit.end >= start + word.length)) continue
        // Note: a word glued to a digit (`3D`, `Q1`) or part of an address is not prose to spell.
        if (/[\p{N}@/_]/u.test((block.text[start - 1] ?? '') + (block.text[start + word.length] ?? ''))) continue
        if (known(word)) continue
        const suggestions = speller.suggest(word)
        // Note: German capitalises every noun, so a capitalised word inside a sentence is checked, but reported only when it is one slip (two letters swapped, one doubled) from a known word; otherwise it is taken for a name (`Yilmaz`, `Pilsum`).
        if (name && !suggestions.some((suggestion) => isSlip(word, suggestion))) continue
        reported.add(lower)
        const place = block.placeOf(start, start + word.length)
        if (suggestions.length === 0)
          context.report(coach.unknownWordNoSuggestion, { word }, { place, actual: word, expected: [] })
        else
          context.report(
            coach.unknownWord,
            // Note: suggestions are alternatives, so they are joined with commas rather than "and".
            { word, suggestions: perLanguage((lang) => suggestions.map((each) => quote(each, lang)).join(', ')) },
            { place, actual: word, expected: suggestions },
          )
      }
    }
  },
})
