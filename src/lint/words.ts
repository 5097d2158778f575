/**
 * Word-list matching: turns the plain word lists of `data/<lang>.json` into
 * regular expressions, compiled once, that find whole words and their
 * inflected forms in a text.
 */

/** One hit of a {@link WordMatcher}. */
export interface WordMatch<T> {
  /** Offset of the first character in the searched text. */
  start: number
  /** Offset after the last character. */
  end: number
  /** The text found, as written. */
  text: string
  /** The value attached to the entry that matched. */
  value: T
}

/** Finds list entries in text. */
export interface WordMatcher<T> {
  /** Every hit in `text`, in order, not overlapping. */
  find(text: string): Array<WordMatch<T>>
  /** Whether `text` contains any entry. */
  test(text: string): boolean
}

/** An entry: its forms (as written in the data file) and a value. */
export type WordEntry<T> = readonly [forms: readonly string[], value: T]

/** How a language joins words into compounds (Danish, Norwegian, Swedish, German). */
export interface CompoundOptions {
  /**
   * Words that contain a listed form but are no compound of it, lower case,
   * `*` for any letters (`mehrwertsteuer*`).
   */
  exceptions: readonly string[]
}

/**
 * Fewest letters a form needs to be found inside a longer word: `agil` in
 * `fragil` or `app` in `apparat` would be wrong far more often than right.
 */
export const COMPOUND_MIN_LETTERS = 5

// Note: an explicit Latin range instead of `\\p{L}`: every supported language is
// written in Latin script, and V8 compiles a Unicode property class slowly.
const LETTER = '[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff]'
const SPACE = '[\\s\\u00a0\\u2010\\u2011-]+'
const HYPHEN = '[\\s\\u00a0\\u2010\\u2011-]?'
const IS_LETTER = new RegExp(LETTER)

/**
 * Compile entries into a matcher. A form matches case-insensitively on
 * word boundaries, optionally followed by one of `suffixes`; `*` stands for
 * any letters; a space matches spaces or a hyphen, and a hyphen matches a
 * hyphen, a space or nothing. A form written only in capitals (`AI`, `IT`)
 * matches capitals only, so that `it` is not `IT`.
 */
export function compileWords<T>(
  entries: ReadonlyArray<WordEntry<T>>,
  suffixes: readonly string[],
  compounds?: Readonly<CompoundOptions> | null,
): WordMatcher<T> {
  const suffix = suffixes.length === 0 ? '' : `(?:${suffixes.map(lowerCase).sort(byLength).map(escape).join('|')})?`
  const sourceOf = (form: string): string => formSource(form, suffix)
  const groups = [false, true].map((sensitive) => {
    const picked = entries
      .map(([forms, value]) => [forms.filter((form) => isCapitals(form) === sensitive), value] as const)
      .filter(([forms]) => forms.length > 0)
      .sort((a, b) => longest(b[0]) - longest(a[0]))
    if (picked.length === 0) return undefined
    const alternatives = picked.map(
      ([forms]) =>
        `(${[...forms]
          .map((form) => (sensitive ? form : lowerCase(form)))
          .sort(byLength)
          .map(sourceOf)
          .join('|')})`,
    )
    // Note: "no letter before" is checked on each match (see `matches`), not with a lookbehind: a
    // lookbehind in front of the alternation made V8 try it at every position (3–6× slower).
    // Case-insensitive forms are matched in lower case against the text in lower case, without
    // the `iu` flags: V8 took about 5 ms per language to compile those (case folding every
    // letter and class), about half of that without.
    const source = `(?:${alternatives.join('|')})${sensitive ? "(?:s|’s|'s)?" : suffix}(?!${LETTER})`
    return { regex: new RegExp(source, 'g'), sensitive, values: picked.map(([, value]) => value) }
  })
  const compiled = groups.filter((group) => group !== undefined)
  const inner = compounds ? compileCompounds(entries, sourceOf, compounds.exceptions) : undefined

  const find = (text: string): Array<WordMatch<T>> => {
    const hits: Array<WordMatch<T>> = []
    let lower: string | undefined
    if (inner) {
      lower ??= lowerCase(text)
      for (const hit of inner.find(lower)) hits.push({ ...hit, text: text.slice(hit.start, hit.end) })
    }
    for (const { regex, sensitive, values } of compiled) {
      for (const match of matches(regex, sensitive ? text : (lower ??= lowerCase(text)))) {
        const index = match.findIndex((group, position) => position > 0 && group !== undefined)
        const value = values[index - 1]
        if (value === undefined) continue
        const end = match.index + match[0].length
        hits.push({ start: match.index, end, text: text.slice(match.index, end), value })
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end)
    const kept: Array<WordMatch<T>> = []
    for (const hit of hits) if (hit.start >= (kept.at(-1)?.end ?? 0)) kept.push(hit)
    return kept
  }
  return Object.freeze({
    find,
    test: (text: string) => {
      let lower: string | undefined
      if (inner && inner.find((lower ??= lowerCase(text))).length > 0) return true
      return compiled.some(
        ({ regex, sensitive }) => !matches(regex, sensitive ? text : (lower ??= lowerCase(text))).next().done,
      )
    },
  })
}

/** Matches of a global `regex` in `text` that do not follow a `letter` (whole words only). */
function* matches(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0
  try {
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0] === '' || (match.index > 0 && IS_LETTER.test(text[match.index - 1] ?? ''))) {
        regex.lastIndex = match.index + 1
        continue
      }
      yield match
    }
  } finally {
    regex.lastIndex = 0
  }
}

/** Whether a form is written in capitals only (at least two letters). */
function isCapitals(form: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(form) && (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2
}

/**
 * `text` in lower case, letter for letter: a letter whose lower case is longer
 * (`İ`) stays as it is, so every offset stays true to `text`.
 */
function lowerCase(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let kept = ''
  for (const char of text) {
    const one = char.toLowerCase()
    kept += one.length === char.length ? one : char
  }
  return kept
}

/**
 * A form as a regular expression: `*` is any letters, a hyphen may be a
 * space or nothing, and every word but the last may take an ending (`suffix`,
 * a group), so that an adjective in a phrase inflects: `digitale
 * transformation`, `digitala transformationen`.
 */
function formSource(form: string, suffix: string): string {
  const words = form.trim().split(/\s+/)
  return words
    .map(
      (word, index) =>
        [...word].map((char) => (char === '*' ? `${LETTER}*` : char === '-' ? HYPHEN : escape(char))).join('') +
        (index < words.length - 1 ? suffix : ''),
    )
    .join(SPACE)
}

/**
 * Finds forms inside longer words (in lower-case text): the hit is widened to
 * the whole word, or for a phrase to the end of its last word, so that
 * `omnikanalstrategien` is found through `omnikanal` and
 * `næringslivsøkosystemet` through `økosystem`. Only case-insensitive forms
 * of at least {@link COMPOUND_MIN_LETTERS} letters take part; a phrase must
 * still start at a word's start.
 */
function compileCompounds<T>(
  entries: ReadonlyArray<WordEntry<T>>,
  source: (form: string) => string,
  exceptions: readonly string[],
): { find(lower: string): Array<WordMatch<T>> } | undefined {
  const picked = entries
    .map(([forms, value]) => [forms.filter(isCompoundPart).map(lowerCase), value] as const)
    .filter(([forms]) => forms.length > 0)
  if (picked.length === 0) return undefined
  const regex = new RegExp(picked.map(([forms]) => `(${forms.sort(byLength).map(source).join('|')})`).join('|'), 'g')
  const except =
    exceptions.length === 0
      ? undefined
      : new RegExp(`^(?:${exceptions.map((word) => source(lowerCase(word))).join('|')})$`)
  return {
    find(lower) {
      const hits: Array<WordMatch<T>> = []
      regex.lastIndex = 0
      for (let match = regex.exec(lower); match !== null; match = regex.exec(lower)) {
        const index = match.findIndex((group, position) => position > 0 && group !== undefined)
        const value = picked[index - 1]?.[1]
        const phrase = /\s|-/.test(match[0])
        let start = match.index
        let end = start + match[0].length
        // Note: a hyphen between letters joins a compound too (`omnichannel-strategie`).
        while (start > 0 && (IS_LETTER.test(lower[start - 1] ?? '') || joins(lower, start - 1))) start--
        while (end < lower.length && (IS_LETTER.test(lower[end] ?? '') || joins(lower, end))) end++
        regex.lastIndex = Math.max(end, match.index + 1)
        if (value === undefined || (phrase && start !== match.index)) continue
        if (except?.test(lower.slice(start, end))) continue
        hits.push({ start, end, text: lower.slice(start, end), value })
      }
      regex.lastIndex = 0
      return hits
    },
  }
}

/** Whether `text[index]` is a hyphen with letters on both sides. */
function joins(text: string, index: number): boolean {
  return text[index] === '-' && IS_LETTER.test(text[index - 1] ?? '') && IS_LETTER.test(text[index + 1] ?? '')
}

/** Whether a form may be found as part of a compound (see {@link compileCompounds}). */
function isCompoundPart(form: string): boolean {
  return !isCapitals(form) && (form.match(/\p{L}/gu)?.length ?? 0) >= COMPOUND_MIN_LETTERS
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function byLength(a: string, b: string): number {
  return b.length - a.length
}

function longest(forms: readonly string[]): number {
  return Math.max(...forms.map((form) => form.length))
}
