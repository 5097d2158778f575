/**
 * The coach's word lists per language, read from the plain data files in
 * `data/<lang>.json` (bundled, never read from disk at run time) and
 * compiled once into matchers.
 */
import type { Lang } from '../types.ts'
import da from './data/da.json' with { type: 'json' }
import de from './data/de.json' with { type: 'json' }
import en from './data/en.json' with { type: 'json' }
import nb from './data/nb.json' with { type: 'json' }
import nn from './data/nn.json' with { type: 'json' }
import sv from './data/sv.json' with { type: 'json' }
import { compileWords, type WordEntry, type WordMatcher } from './words.ts'

/** The shape of a `data/<lang>.json` file. */
export interface LanguageData {
  /** Language whose lists this file adds to (`nn` extends `nb`). */
  extends?: string
  /** Endings that make inflected forms (`-en`, `-et`, `-ene`, …). */
  suffixes: string[]
  /**
   * Whether the language writes compounds as one word: buzzwords and
   * technology words are then also found as the first or last part of a
   * longer word (`omnikanalstrategien`). Default: false.
   */
  compounds?: boolean
  /** Words that contain a listed word but are no compound of it (`mehrwertsteuer*`). */
  compoundExceptions?: string[]
  /** Correct words the language's spelling dictionary lacks (`noen` in Norwegian). */
  spelling?: string[]
  /** `form | form` -> plainer suggestion. */
  buzzwords: Record<string, string>
  /** Abbreviations everyone knows, never flagged. */
  acronyms: string[]
  /** Words that name technology (`focus/technology-first`). */
  technology: string[]
  /** Words that name people (`focus/technology-first`). */
  people: string[]
  /** Words that name the people served (`focus/customer`). */
  customers: string[]
  /** Words that name a difference for people (`focus/technology-first`). */
  outcomes: string[]
}

/** Compiled lists of one language. */
export interface WordLists {
  /** Value: the plainer suggestion. */
  buzzwords: WordMatcher<string>
  /** Abbreviations allowed without explanation. */
  acronyms: ReadonlySet<string>
  technology: WordMatcher<string>
  people: WordMatcher<string>
  customers: WordMatcher<string>
  outcomes: WordMatcher<string>
  /** A few customer words, for messages. */
  customerExamples: readonly string[]
}

const RAW: Readonly<Record<Lang, unknown>> = { en, da, nb, nn, sv, de }

/**
 * Check one language file's shape. Note: a broken data file is a bug to fix
 * in the file, so this throws a `TypeError` naming the key.
 */
export function readLanguageData(lang: string, raw: unknown): LanguageData {
  const fail = (key: string, expected: string): never => {
    throw new TypeError(`Unexpected \`${key}\` in \`src/lint/data/${lang}.json\`, expected ${expected}`)
  }
  if (typeof raw !== 'object' || raw === null) return fail('(file)', 'a JSON object')
  const data = raw as Record<string, unknown>
  const list = (key: string): string[] => {
    const value = data[key]
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
      return fail(key, 'a list of words')
    }
    return value as string[]
  }
  const buzzwords = data.buzzwords
  if (
    typeof buzzwords !== 'object' ||
    buzzwords === null ||
    !Object.values(buzzwords).every((v) => typeof v === 'string')
  ) {
    return fail('buzzwords', '`"word | other form": "plainer words"` pairs')
  }
  const result: LanguageData = {
    suffixes: list('suffixes'),
    buzzwords: buzzwords as Record<string, string>,
    acronyms: list('acronyms'),
    technology: list('technology'),
    people: list('people'),
    customers: list('customers'),
    outcomes: list('outcomes'),
  }
  if (typeof data.extends === 'string') result.extends = data.extends
  if (data.compounds !== undefined) {
    if (typeof data.compounds !== 'boolean') return fail('compounds', '`true` or `false`')
    result.compounds = data.compounds
  }
  if (data.compoundExceptions !== undefined) result.compoundExceptions = list('compoundExceptions')
  if (data.spelling !== undefined) result.spelling = list('spelling')
  return result
}

function merge(base: LanguageData, extra: LanguageData): LanguageData {
  const compounds = extra.compounds ?? base.compounds
  return {
    ...(compounds === undefined ? {} : { compounds }),
    compoundExceptions: [...(base.compoundExceptions ?? []), ...(extra.compoundExceptions ?? [])],
    spelling: [...(base.spelling ?? []), ...(extra.spelling ?? [])],
    suffixes: [...base.suffixes, ...extra.suffixes],
    buzzwords: { ...base.buzzwords, ...extra.buzzwords },
    acronyms: [...base.acronyms, ...extra.acronyms],
    technology: [...base.technology, ...extra.technology],
    people: [...base.people, ...extra.people],
    customers: [...base.customers, ...extra.customers],
    outcomes: [...base.outcomes, ...extra.outcomes],
  }
}

/** Resolve `extends` and return the full data of a language. */
export function languageData(lang: Lang): LanguageData {
  const own = readLanguageData(lang, RAW[lang])
  if (own.extends === undefined) return own
  const base = own.extends as Lang
  if (!(base in RAW) || base === lang)
    throw new TypeError(`Unexpected \`extends\` in \`src/lint/data/${lang}.json\`, expected another language`)
  return merge(languageData(base), own)
}

/** Compile a language's data into matchers. */
export function compileLists(data: LanguageData): WordLists {
  const compounds = data.compounds === true ? { exceptions: data.compoundExceptions ?? [] } : undefined
  const plain = (words: readonly string[], parts?: typeof compounds): WordMatcher<string> =>
    compileWords(
      words.map((word): WordEntry<string> => [[word], word]),
      data.suffixes,
      parts,
    )
  // Note: a later key with the same first form overrides an earlier one (nn over nb).
  const buzz = new Map<string, WordEntry<string>>()
  for (const [key, suggestion] of Object.entries(data.buzzwords)) {
    const forms = key
      .split('|')
      .map((form) => form.trim())
      .filter((form) => form !== '')
    buzz.set((forms[0] ?? key).toLowerCase(), [forms, suggestion])
  }
  return Object.freeze({
    buzzwords: compileWords([...buzz.values()], data.suffixes, compounds),
    acronyms: new Set(data.acronyms),
    technology: plain(data.technology, compounds),
    people: plain(data.people),
    customers: plain(data.customers),
    outcomes: plain(data.outcomes),
    customerExamples: data.customers.slice(0, 3).map((word) => word.replace(/\*/g, '')),
  })
}

const compiled = new Map<Lang, WordLists>()

/** A language's compiled lists, built the first time a story in that language is coached. */
export function listsFor(lang: Lang): WordLists {
  let lists = compiled.get(lang)
  if (lists === undefined) {
    lists = compileLists(languageData(lang))
    compiled.set(lang, lists)
  }
  return lists
}
