/**
 * `spelling/unknown-word`: a typo in every language is found with the
 * dictionary's suggestion; words the story or project defines never are.
 * Reads the real dictionaries (`dictionary-*` packages), once each.
 */
import { VFile } from 'vfile'
import { beforeAll, describe, expect, test } from 'vitest'
import type { SpellerLoad } from '../../../src/lint/hunspell.ts'
import { quote } from '../../../src/lint/rule.ts'
import { localise } from '../../../src/messages/say.ts'
import { parseStory } from '../../../src/story/parse.ts'
import { loadSpeller } from '../../../src/project/spelling.ts'
import { LANGS, type Lang } from '../../../src/types.ts'
import { parseConfig } from '../../../src/project/config.ts'
import { coach, findings, story } from '../util.ts'

const RULE = 'spelling/unknown-word'

const CASES: Record<Lang, { ok: string; typo: string; word: string; suggestion: string }> = {
  en: {
    ok: 'Customers get an answer within a day, and our colleagues have time to help them.',
    typo: 'Customers recieve an answer within a day.',
    word: 'recieve',
    suggestion: 'receive',
  },
  da: {
    ok: 'Kunderne får svar samme dag, og medarbejderne har tid til at hjælpe dem med kunderejsekortet.',
    typo: 'Kundrne får svar samme dag.',
    word: 'Kundrne',
    suggestion: 'Kunderne',
  },
  nb: {
    ok: 'Kundene får svar samme dag, og de ansatte på sykehuset har tid til å hjelpe dem.',
    typo: 'I dag venter kunndene for lenge.',
    word: 'kunndene',
    suggestion: 'kundene',
  },
  nn: {
    ok: 'Kundane får svar same dag, og dei tilsette på sjukehuset har tid til å hjelpe dei.',
    typo: 'I dag ventar kunndane for lenge.',
    word: 'kunndane',
    suggestion: 'kundane',
  },
  sv: {
    ok: 'Kunderna får svar samma dag, och medarbetarna på sjukhuset har tid att hjälpa dem.',
    typo: 'I dag väntar kundrena för länge på svaar.',
    word: 'svaar',
    suggestion: 'svar',
  },
  de: {
    ok: 'Die Kunden bekommen am selben Tag eine Antwort, und die Mitarbeiterinnen im Krankenhaus haben Zeit.',
    typo: 'Die Mitarbieter haben keine Zeit.',
    word: 'Mitarbieter',
    suggestion: 'Mitarbeiter',
  },
}

const spellers = new Map<Lang, SpellerLoad>()
beforeAll(async () => {
  for (const lang of LANGS) spellers.set(lang, await loadSpeller(lang))
}, 180_000)

const check = (lang: Lang, markdown: string, extra?: { words?: string[] }) =>
  findings(coach(markdown, { speller: spellers.get(lang) ?? null, ...(extra ?? {}) }), RULE)

describe(RULE, () => {
  test.each(LANGS)('%s: ordinary text has no finding', (lang) => {
    expect(check(lang, story(lang, `# Start\n\n${CASES[lang].ok}`))).toEqual([])
  })

  test.each(LANGS)('%s: a typo is found with the dictionary’s suggestion', (lang) => {
    const { typo, word, suggestion } = CASES[lang]
    const [finding, ...rest] = check(lang, story(lang, `# Start\n\n${typo}`))
    expect(rest).toEqual([])
    expect(finding).toMatch(/^8:\d+: /)
    expect(finding).toContain(quote(word, lang))
    expect(finding).toContain(quote(suggestion, lang))
    const column = Number(finding?.split(':')[1])
    expect(typo.slice(column - 1, column - 1 + word.length)).toBe(word)
  })

  test('the suggestion is in the message, in `expected`, and the word in `actual`', () => {
    const file = coach(story('nb', `# Start\n\n${CASES.nb.typo}`), { speller: spellers.get('nb') ?? null })
    const message = file.messages.find((item) => item.ruleId === RULE)
    expect(message?.actual).toBe('kunndene')
    expect(message?.expected).toEqual(['kundene'])
    expect(message?.note).toMatch(/words:/)
  })

  test('words the story and the project define are never flagged', () => {
    const markdown = story(
      'nb',
      '# Team Glimtvik\n\nSkvaldra hjelper kundene. Vi bruker flurbo hver dag, sammen med Krøsus og Plomma.',
      'organisation: Skvaldra Forsikring\nauthor: Ingrid Plomma\nglossary:\n  NPS: hvor gjerne kundene anbefaler oss (Krøsus-skalaen)\nwords: [flurbo]\n',
    )
    expect(check('nb', markdown)).toEqual([])
    expect(check('nb', markdown.replace('words: [flurbo]\n', ''))).toEqual([
      '12:37: Ordboken kjenner ikke «flurbo»; den foreslår «flerbo».',
    ])
    expect(check('nb', markdown.replace('words: [flurbo]\n', ''), { words: ['flurbo'] })).toEqual([])
  })

  test('names inside a sentence, words with capitals or digits inside and listed jargon are left to other rules', () => {
    expect(
      check('nb', story('nb', '# Start\n\nVi møter Glimtvik og MobilePay i Q3, og omnikanalstrategien vår.')),
    ).toEqual([])
  })

  test('only the first use of a word is reported', () => {
    expect(check('en', story('en', '# Start\n\nWe recieve it. They recieve it.'))).toHaveLength(1)
  })

  test('says plainly when the dictionary is not installed, as a hint', () => {
    const file = coach(story('sv', '# Start\n\nHej.'), { speller: { missing: 'dictionary-sv' } })
    const message = file.messages.find((item) => item.ruleId === RULE)
    expect(String(message)).toBe(
      'story.md:1:1: Stavningen kontrolleras inte: ordlistan för svenska är inte installerad.',
    )
    expect(message?.fatal).toBeUndefined()
    expect(message?.note).toBe('Kör `npm install dictionary-sv` i projektmappen för att få stavningen kontrollerad.')
    localise(file, 'en')
    expect(message?.reason).toBe('Spelling is not checked: the dictionary for Swedish is not installed.')
    expect(message?.note).toBe('Run `npm install dictionary-sv` in the project folder to check spelling.')
  })

  test('without a dictionary from the environment the rule is silent', () => {
    expect(findings(coach(story('en', '# Start\n\nWe recieve it.')), RULE)).toEqual([])
  })
})

describe('word lists in the configuration and the frontmatter', () => {
  test('`words` and `abbreviations` in storydeck.config.json are read and checked', () => {
    const ok = new VFile({
      path: 'storydeck.config.json',
      value: '{ "words": ["Nordlys"], "abbreviations": ["NPS"] }',
    })
    expect(parseConfig(ok)).toEqual({ words: ['Nordlys'], abbreviations: ['NPS'] })
    expect(ok.messages).toEqual([])
    const bad = new VFile({ path: 'storydeck.config.json', value: '{\n  "words": "Nordlys"\n}' })
    expect(parseConfig(bad)).toEqual({})
    expect(bad.messages.map(String)).toEqual([
      'storydeck.config.json:2:3: The value of `words` in the configuration must be a list of words in square brackets.',
    ])
  })

  test('`words:` in the frontmatter must be a list', () => {
    const file = new VFile({ path: 'story.md', value: story('en', '# Start\n\nHi.', 'words: Nordlys\n') })
    parseStory(file)
    expect(file.data.frontmatterErrors).toBe(true)
    expect(file.messages.map(String)).toContain(
      'story.md:4:1: `words` needs a list of words, such as `[Nordlys, Storydeck]`.',
    )
  })
})
