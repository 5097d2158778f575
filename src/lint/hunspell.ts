/**
 * A small Hunspell reader for the spelling rule: reads a dictionary's `.aff`
 * and `.dic` text (given as strings; this module reads no files) and checks
 * words by stripping affixes at look-up time, the way Hunspell itself does.
 *
 * Note: nspell expands every affix of every word when it loads, which took
 * 10–20 s and 60–160 MB per Nordic or German dictionary on our machines; this
 * reader loads the same files in well under a second (docs/performance.md).
 * It understands single-character and numeric flags, prefixes, suffixes and
 * their cross products, NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD, and
 * REP/TRY for suggestions. Compounds (da, nb, nn, sv, de) are accepted
 * when every part is a known word, optionally joined by a linking letter
 * (`verdiskaping·s·prosessen`, `Kunde·n·reise`): looser than Hunspell's
 * compound flags, so a rare correct compound is not flagged.
 */

/** A spelling checker for one language. */
export interface Speller {
  /** Whether `word` is spelled correctly. */
  correct(word: string): boolean
  /** Up to `limit` (default 3) corrections, best first. */
  suggest(word: string, limit?: number): string[]
}

/**
 * What the environment gives for a language: its checker, or the npm package
 * that would provide it when that is not installed.
 */
export type SpellerLoad = { speller: Speller } | { missing: string }

/** Options of {@link createSpeller}. */
export interface SpellerOptions {
  /** Accept compounds of known words. Default: false. */
  compounds?: boolean
  /** Letters that may join the parts of a compound (`s`, `e`, `n`). Default: none. */
  links?: readonly string[]
  /**
   * Endings accepted after a word the dictionary lists without any ending of
   * its own (the Norwegian dictionary has `sofa` but no `sofaen`). Default: none.
   */
  endings?: readonly string[]
  /** Other spellings to try, such as British for American English (`centre` -> `center`). Default: none. */
  variants?: ReadonlyArray<readonly [RegExp, string]>
}

interface Affix {
  flag: string
  strip: string
  add: string
  condition: RegExp | undefined
  cross: boolean
}

interface Aff {
  flagMode: 'char' | 'num' | 'long'
  suffixes: Map<string, Affix[]>
  prefixes: Map<string, Affix[]>
  longestSuffix: number
  longestPrefix: number
  special: { needAffix?: string | undefined; onlyInCompound?: string | undefined; forbidden?: string | undefined }
  compoundMin: number
  /** COMPOUNDFLAG: when set, the first part of a compound must carry it. */
  compoundFlag: string | undefined
  replacements: Array<[string, string]>
  tryLetters: string
}

/**
 * Read a Hunspell dictionary into a {@link Speller}.
 *
 * @param affText the `.aff` file's text.
 * @param dicText the `.dic` file's text.
 */
export function createSpeller(affText: string, dicText: string, options?: Readonly<SpellerOptions> | null): Speller {
  const aff = readAff(affText)
  const words = readDic(dicText, aff)
  const has = (flags: string | undefined, flag: string | undefined): boolean =>
    flags !== undefined && flag !== undefined && flags.includes(flag)
  const { needAffix, onlyInCompound, forbidden } = aff.special
  /** Whether one of a word's homonyms passes `test`. */
  const some = (flags: string | undefined, test: (one: string) => boolean): boolean =>
    flags !== undefined && (flags.includes('\n') ? flags.split('\n').some(test) : test(flags))

  /** The word as a dictionary entry that may stand alone. */
  const whole = (word: string): boolean =>
    some(words.get(word), (flags) => !has(flags, needAffix) && !has(flags, onlyInCompound) && !has(flags, forbidden))
  const withSuffix = (word: string, prefix?: Affix): boolean => {
    const longest = Math.min(aff.longestSuffix, word.length - 1)
    for (let length = 0; length <= longest; length++) {
      const rules = aff.suffixes.get(word.slice(word.length - length))
      if (rules === undefined) continue
      const base = word.slice(0, word.length - length)
      for (const rule of rules) {
        if (prefix && !rule.cross) continue
        const stem = base + rule.strip
        if (rule.condition && !rule.condition.test(stem)) continue
        const ok = (flags: string): boolean =>
          has(flags, rule.flag) && !has(flags, forbidden) && (prefix === undefined || has(flags, prefix.flag))
        if (some(words.get(stem), ok)) return true
      }
    }
    return false
  }
  const withPrefix = (word: string): boolean => {
    const longest = Math.min(aff.longestPrefix, word.length - 1)
    for (let length = 0; length <= longest; length++) {
      const rules = aff.prefixes.get(word.slice(0, length))
      if (rules === undefined) continue
      for (const rule of rules) {
        const stem = rule.strip + word.slice(length)
        if (rule.condition && !rule.condition.test(stem)) continue
        if (some(words.get(stem), (flags) => has(flags, rule.flag) && !has(flags, forbidden))) return true
        if (rule.cross && withSuffix(stem, rule)) return true
      }
    }
    return false
  }
  const special = [aff.compoundFlag, needAffix, onlyInCompound, forbidden].filter((flag) => flag !== undefined)
  const bare = (word: string): boolean =>
    some(words.get(word), (flags) => [...flags].every((flag) => special.includes(flag)) && !has(flags, forbidden))
  const ending = (word: string): boolean =>
    (options?.endings ?? []).some(
      (end) => word.length > end.length + 2 && word.endsWith(end) && bare(word.slice(0, -end.length)),
    )
  const listed = (word: string): boolean => whole(word) || withSuffix(word) || withPrefix(word)
  const simple = (word: string): boolean => listed(word) || ending(word)
  /**
   * The first part of a compound: an entry (also one that only appears in
   * compounds) that carries the dictionary's COMPOUNDFLAG, if it has one
   * and the part is short.
   */
  const part = (word: string): boolean => {
    const flags = words.get(word)
    if (flags === undefined || !some(flags, (one) => !has(one, forbidden)))
      return (aff.compoundFlag === undefined || word.length >= 7) && (withSuffix(word) || withPrefix(word))
    // Note: Norwegian dictionaries leave the flag off many long words that do start compounds
    // (`verdiskaping`); short parts without it (`kunn`) let typos such as `kunndane` pass.
    return aff.compoundFlag === undefined || word.length >= 7 || has(flags, aff.compoundFlag)
  }
  const min = 3
  const links = ['', ...(options?.links ?? [])]
  const compound = (word: string, depth: number): boolean => {
    if (depth > 4 || word.length < 2 * min) return false
    for (let cut = word.length - min; cut >= min; cut--) {
      const rest = word.slice(cut)
      const restOk = () => simple(rest) || simple(capitalise(rest)) || compound(rest, depth + 1)
      for (const link of links) {
        if (link !== '' && !word.slice(0, cut).endsWith(link)) continue
        const head = word.slice(0, cut - link.length)
        if (head.length < min) continue
        if ((part(head) || part(capitalise(head)) || part(head.toLowerCase())) && restOk()) return true
      }
    }
    return false
  }
  const forms = (word: string): string[] => {
    const normal = word.replace(/’/g, "'")
    const lower = normal.toLowerCase()
    const result = [normal]
    if (normal !== lower) result.push(lower, capitalise(lower))
    return result
  }
  const correct = (word: string): boolean => {
    const variants = forms(word)
    if (variants.some(simple)) return true
    for (const [pattern, replacement] of options?.variants ?? []) {
      // Note: also on the decomposed word, so a pattern may drop accents as marks (`café`).
      for (const source of [word, word.normalize('NFD')]) {
        const other = source.replace(pattern, replacement).normalize('NFC')
        if (other !== word && forms(other).some(simple)) return true
      }
    }
    if (options?.compounds !== true) return false
    return variants.some((variant) => compound(variant, 0))
  }
  const suggest = (word: string, limit = 3): string[] => {
    const lower = word.toLowerCase()
    const found = new Map<string, number>()
    const consider = (candidate: string, cost: number): void => {
      if (found.size >= 8 || candidate === lower || found.has(candidate) || candidate.length < 2) return
      // Note: compounds only for the likeliest slips (a swap, a doubled letter); corrections made of
      // compound parts from any replaced or added letter were mostly nonsense.
      const ok =
        listed(candidate) ||
        listed(capitalise(candidate)) ||
        (cost === 0 && options?.compounds === true && (compound(candidate, 0) || compound(capitalise(candidate), 0)))
      if (ok) found.set(candidate, cost + (candidate[0] === lower[0] ? 0 : 2))
    }
    for (const [from, to] of aff.replacements) {
      for (let at = lower.indexOf(from); at !== -1; at = lower.indexOf(from, at + 1))
        consider(lower.slice(0, at) + to + lower.slice(at + from.length), 0)
    }
    for (const [candidate, cost] of edits(lower, aff.tryLetters)) consider(candidate, cost)
    const upper = /^\p{Lu}/u.test(word)
    return [...found]
      .map(([candidate, cost], order) => ({ candidate, cost, order }))
      .sort((a, b) => a.cost - b.cost || a.order - b.order)
      .slice(0, limit)
      .map(({ candidate }) =>
        upper || (!whole(candidate) && whole(capitalise(candidate))) ? capitalise(candidate) : candidate,
      )
  }
  // Note: a story is coached again on every save in the dev server; remembering answers keeps that
  // warm run cheap (bounded, so a long-running process does not grow without end).
  const known = new Map<string, boolean>()
  const offered = new Map<string, string[]>()
  const remember = <T>(memo: Map<string, T>, key: string, compute: () => T, max: number): T => {
    let value = memo.get(key)
    if (value === undefined) {
      if (memo.size >= max) memo.clear()
      value = compute()
      memo.set(key, value)
    }
    return value
  }
  return Object.freeze({
    correct: (word: string) => remember(known, word, () => correct(word), 100_000),
    suggest: (word: string, limit = 3) => [...remember(offered, `${limit} ${word}`, () => suggest(word, limit), 2_000)],
  })
}

/**
 * Words one edit away with a cost: a doubled letter dropped or neighbours
 * swapped (0), a letter replaced, dropped or added (1).
 */
function* edits(word: string, letters: string): Generator<[string, number]> {
  for (let at = 0; at < word.length; at++)
    if (word[at] === word[at + 1]) yield [word.slice(0, at) + word.slice(at + 1), 0]
  for (let at = 0; at < word.length - 1; at++)
    yield [word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2), 0]
  for (let at = 0; at < word.length; at++)
    for (const letter of letters) if (letter !== word[at]) yield [word.slice(0, at) + letter + word.slice(at + 1), 1]
  for (let at = 0; at < word.length; at++) yield [word.slice(0, at) + word.slice(at + 1), 1]
  for (let at = 0; at <= word.length; at++)
    for (const letter of letters) yield [word.slice(0, at) + letter + word.slice(at), 1]
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Read the parts of an `.aff` file this checker uses. */
function readAff(text: string): Aff {
  const aff: Aff = {
    flagMode: 'char',
    suffixes: new Map(),
    prefixes: new Map(),
    longestSuffix: 0,
    longestPrefix: 0,
    special: {},
    compoundMin: 3,
    compoundFlag: undefined,
    replacements: [],
    tryLetters: '',
  }
  const cross = new Map<string, boolean>()
  const lines = text.split(/\r?\n/)
  for (const line of lines) {
    const [key, a] = line.trim().split(/\s+/)
    if (key === 'FLAG' && (a === 'num' || a === 'long')) aff.flagMode = a
  }
  const flag = (value: string | undefined): string | undefined =>
    value === undefined ? undefined : (parseFlags(value, aff.flagMode)[0] ?? undefined)
  for (const line of lines) {
    const [key, a, b, c, d] = line.trim().split(/\s+/)
    switch (key) {
      case 'NEEDAFFIX':
        aff.special.needAffix = flag(a)
        break
      case 'ONLYINCOMPOUND':
        aff.special.onlyInCompound = flag(a)
        break
      case 'FORBIDDENWORD':
        aff.special.forbidden = flag(a)
        break
      case 'COMPOUNDFLAG':
        aff.compoundFlag = flag(a)
        break
      case 'COMPOUNDMIN':
        aff.compoundMin = Number(a) || 3
        break
      case 'TRY':
        aff.tryLetters = [...new Set((a ?? '').toLowerCase().replace(/[^\p{Ll}]/gu, ''))].slice(0, 32).join('')
        break
      case 'REP':
        if (a !== undefined && b !== undefined && c === undefined && !/^\d+$/.test(a))
          aff.replacements.push([
            a.replace(/_/g, ' ').replace(/[\^$]/g, ''),
            b.replace(/_/g, ' ').replace(/[\^$]/g, ''),
          ])
        break
      case 'SFX':
      case 'PFX': {
        if (a === undefined || b === undefined || c === undefined) break
        const own = flag(a)
        if (own === undefined) break
        if (d === undefined) {
          cross.set(`${key}${own}`, b === 'Y')
          break
        }
        const add = c === '0' ? '' : (c.split('/')[0] ?? '')
        const rule: Affix = {
          flag: own,
          strip: b === '0' ? '' : b,
          add,
          condition: conditionOf(d, key === 'SFX'),
          cross: cross.get(`${key}${own}`) ?? false,
        }
        const table = key === 'SFX' ? aff.suffixes : aff.prefixes
        const list = table.get(add) ?? []
        list.push(rule)
        table.set(add, list)
        if (key === 'SFX') aff.longestSuffix = Math.max(aff.longestSuffix, add.length)
        else aff.longestPrefix = Math.max(aff.longestPrefix, add.length)
        break
      }
    }
  }
  return aff
}

/** A Hunspell affix condition as a regular expression on the stem's end (suffix) or start (prefix). */
function conditionOf(condition: string, suffix: boolean): RegExp | undefined {
  if (condition === '.' || condition === '') return undefined
  try {
    return new RegExp(suffix ? `${condition}$` : `^${condition}`, 'u')
  } catch {
    return undefined
  }
}

/** Flags written after `/`, each as one string (numbers and long flags become one code point each). */
function parseFlags(value: string, mode: Aff['flagMode']): string[] {
  if (mode === 'num')
    return value
      .split(',')
      .filter((number) => /^\d+$/.test(number))
      .map((number) => String.fromCodePoint(0xe000 + (Number(number) % 0x1800)))
  if (mode === 'long') {
    const pairs: string[] = []
    for (let at = 0; at < value.length; at += 2) pairs.push(value.slice(at, at + 2))
    return pairs.map((pair) => String.fromCodePoint(0xf000 + ((pair.charCodeAt(0) * 31 + pair.charCodeAt(1)) % 0x800)))
  }
  return [...value]
}

/** Read a `.dic` file: word -> its flags as one string of code points. */
function readDic(text: string, aff: Aff): Map<string, string> {
  const words = new Map<string, string>()
  const char = aff.flagMode === 'char'
  const lines = text.split('\n')
  for (let index = 1; index < lines.length; index++) {
    let line = lines[index] ?? ''
    // Note: morphological fields follow a tab or space; most lines have none, so look before cutting.
    const tab = line.indexOf('\t')
    if (tab !== -1) line = line.slice(0, tab)
    const space = line.indexOf(' ')
    if (space !== -1) line = line.slice(0, space)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line === '') continue
    const slash = line.indexOf('/')
    const word = slash === -1 ? line : line.slice(0, slash)
    const raw = slash === -1 ? '' : line.slice(slash + 1)
    const flags = char ? raw : parseFlags(raw, aff.flagMode).join('')
    const before = words.get(word)
    // Note: homonyms keep their flags apart (`lesen/BDIV` and `lesen/SJozm` in German): one may stand alone, the other only in compounds.
    words.set(word, before === undefined ? flags : `${before}\n${flags}`)
  }
  return words
}
