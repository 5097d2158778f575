/**
 * Issue #16: abbreviations and names everyone knows are not "unexplained";
 * the project may add its own; an ordinary word in capitals is no
 * abbreviation.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import type { SpellerLoad } from '../../src/lint/hunspell.ts'
import { loadSpeller } from '../../src/project/spelling.ts'
import type { Lang } from '../../src/types.ts'
import { coach, findings, story } from './util.ts'

const RULE = 'jargon/acronym'

const KNOWN: Record<Lang, string> = {
  en: 'Pay at the ATM with your PIN, on a PC, or ask the NHS; the BBC and NASA agree.',
  da: 'Log ind med NemID eller MitID, betal med MobilePay, brug din PIN og din PC; SU og SKAT følger med.',
  nb: 'Logg inn med BankID, betal med Vipps, bruk PIN og PC; NAV, NTNU og UiO er med, og FHI følger med.',
  nn: 'Logg inn med BankID, betal med Vipps, bruk PIN og PC; NAV og NRK er med.',
  sv: 'Vår VD loggar in med BankID, betalar med Swish, har PIN och PC; SMHI och CSN svarar.',
  de: 'Jedes KMU braucht einen PC und eine PIN; die DB, der ADAC und der TÜV helfen, auch jede GmbH.',
}

describe('known abbreviations', () => {
  test.each(Object.keys(KNOWN) as Lang[])('%s: names and abbreviations everyone knows are not flagged', (lang) => {
    expect(findings(coach(story(lang, `# Start\n\n${KNOWN[lang]}`)), RULE)).toEqual([])
  })

  test('an abbreviation not on the list is still flagged', () => {
    expect(findings(coach(story('nb', '# Start\n\nVi bruker PIN, PC og CRM.')), RULE)).toEqual([
      '8:22: Forkortelsen CRM er ikke forklart, så en del av salen vet ikke hva den betyr.',
    ])
  })

  test('the project list in storydeck.config.json is accepted in every story', () => {
    const markdown = story('sv', '# Start\n\nVi mäter NPS och HMS varje vecka.')
    expect(findings(coach(markdown), RULE)).toHaveLength(2)
    expect(findings(coach(markdown, { abbreviations: ['NPS', 'HMS'] }), RULE)).toEqual([])
    // Note: case matters, as in the language lists: `Nps` is not `NPS`.
    expect(findings(coach(markdown, { abbreviations: ['nps'] }), RULE)).toHaveLength(2)
  })
})

describe('words in capitals', () => {
  const spellers = new Map<Lang, SpellerLoad>()
  beforeAll(async () => {
    for (const lang of ['nb', 'de', 'en'] as const) spellers.set(lang, await loadSpeller(lang))
  }, 120_000)

  test('an ordinary word in capitals that the dictionary knows is no abbreviation', () => {
    const nb = story('nb', '# Start\n\nNESTE FASE\n\nVi starter i morgen.')
    expect(findings(coach(nb), RULE)).toHaveLength(2)
    expect(findings(coach(nb, { speller: spellers.get('nb') ?? null }), RULE)).toEqual([])
    const de = story('de', '# Start\n\nNÄCHSTE SCHRITTE\n\nWir beginnen morgen.')
    expect(findings(coach(de, { speller: spellers.get('de') ?? null }), RULE)).toEqual([])
  })

  test('a short word in capitals or one the dictionary does not know stays an abbreviation', () => {
    const en = story('en', '# Start\n\nThe MAP and the ZORG team start now.')
    expect(findings(coach(en, { speller: spellers.get('en') ?? null }), RULE)).toEqual([
      '8:5: The abbreviation MAP is not explained, so part of the room will not know what it means.',
      '8:17: The abbreviation ZORG is not explained, so part of the room will not know what it means.',
    ])
  })
})
