import { describe, expect, test } from 'vitest'
import { languageData, listsFor, readLanguageData } from '../../src/lint/lists.ts'
import { compileWords } from '../../src/lint/words.ts'
import { LANGS } from '../../src/types.ts'
import { isAbbreviation } from '../../src/lint/rules/jargon-acronym.ts'

const texts = (text: string, find: (text: string) => Array<{ text: string }>) => find(text).map((hit) => hit.text)

describe('word lists', () => {
  test('every language has at least 40 buzzwords, each with a suggestion', () => {
    for (const lang of LANGS) {
      const data = languageData(lang)
      expect(Object.keys(data.buzzwords).length, lang).toBeGreaterThanOrEqual(40)
      for (const suggestion of Object.values(data.buzzwords)) expect(suggestion.trim(), lang).not.toBe('')
    }
  })

  test('matches whole words, case-insensitively, with inflected forms', () => {
    const { buzzwords } = listsFor('en')
    expect(texts('Synergies, SYNERGY and synergyfree; leveraged leverages', buzzwords.find)).toEqual([
      'Synergies',
      'SYNERGY',
      'leveraged',
      'leverages',
    ])
    expect(texts('synergien, synergierne og synergi-effekten', listsFor('da').buzzwords.find)).toEqual([
      'synergien',
      'synergierne',
      'synergi-effekten',
    ])
    expect(texts('synergiene og paradigmeskiftet', listsFor('nb').buzzwords.find)).toEqual([
      'synergiene',
      'paradigmeskiftet',
    ])
    expect(texts('synergiane og paradigmeskiftet', listsFor('nn').buzzwords.find)).toEqual([
      'synergiane',
      'paradigmeskiftet',
    ])
    expect(texts('synergierna och paradigmskiftet', listsFor('sv').buzzwords.find)).toEqual([
      'synergierna',
      'paradigmskiftet',
    ])
    expect(texts('die Synergien des Paradigmenwechsels', listsFor('de').buzzwords.find)).toEqual([
      'Synergien',
      'Paradigmenwechsels',
    ])
  })

  test('matches letters beyond ASCII in any case, with offsets true to the text', () => {
    expect(texts('ØKOSYSTEMET og økosystemet', listsFor('da').buzzwords.find)).toEqual(['ØKOSYSTEMET', 'økosystemet'])
    expect(texts('DIGITALISIERUNG und Digitalisierungen', listsFor('de').technology.find)).toEqual([
      'DIGITALISIERUNG',
      'Digitalisierungen',
    ])
    // Note: `İ` becomes two characters in lower case; the hit after it must keep its place in the text.
    const text = 'İİ SYNERGY'
    const [hit] = listsFor('en').buzzwords.find(text)
    expect(hit && text.slice(hit.start, hit.end)).toBe('SYNERGY')
  })

  test('never matches inside a longer word, and finds the whole word after it', () => {
    const { buzzwords, technology } = listsFor('en')
    expect(texts('megasynergy, antisynergies and synergy', buzzwords.find)).toEqual(['synergy'])
    expect(buzzwords.test('megasynergy and antisynergies')).toBe(false)
    expect(buzzwords.test('megasynergy and synergy')).toBe(true)
    expect(texts('SAIT, XAI and AI', technology.find)).toEqual(['AI'])
    // Note: Danish, Norwegian, Swedish and German join compounds into one word, so there a listed word inside a longer one is a hit (tests/lint/compounds.test.ts).
    expect(texts('øsynergi og synergi', listsFor('da').buzzwords.find)).toEqual(['øsynergi', 'synergi'])
  })

  test('a space matches a hyphen, and longer phrases win', () => {
    expect(texts('big-data in a digital ecosystem', listsFor('en').buzzwords.find)).toEqual([
      'big-data',
      'digital ecosystem',
    ])
  })

  test('words in capitals match capitals only', () => {
    expect(texts('it is IT and AI, not ai', listsFor('en').technology.find)).toEqual(['IT', 'AI'])
  })

  test('`*` stands for any letters', () => {
    const matcher = compileWords([[['plat*'], 'x']], [])
    expect(texts('platform, plates and a plat', matcher.find)).toEqual(['platform', 'plates', 'plat'])
  })

  test('rejects a broken data file with a TypeError naming the key', () => {
    expect(() => readLanguageData('xx', { suffixes: [], buzzwords: {}, acronyms: 'EU' })).toThrow(/`acronyms`/)
  })

  test('recognises abbreviations', () => {
    expect(['CX', 'KPI', 'SaaS', 'GmbH', 'IoT', 'B2B'].filter(isAbbreviation)).toEqual([
      'CX',
      'KPI',
      'SaaS',
      'GmbH',
      'IoT',
      'B2B',
    ])
    expect(['A', 'The', 'McKay', 'iPhone', 'XIV', 'ABCDEFG'].filter(isAbbreviation)).toEqual([])
  })
})
