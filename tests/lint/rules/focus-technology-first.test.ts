/**
 * `focus/technology-first`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'focus/technology-first'

const CASES = [
  {
    lang: 'en',
    ok: {
      toText: 'Customers get an answer within a day, and our new platform does the typing.',
    },
    notOk: {
      toText: 'One cloud platform with AI runs all claims.',
    },
    expected: [
      '12:1: Unexpected *To* headline about technology (`cloud`), expected the people it serves or the difference it makes for them',
    ],
  },
  {
    lang: 'da',
    ok: {
      toText: 'Kunderne får svar inden for en dag, og vores nye platform klarer skrivearbejdet.',
    },
    notOk: {
      toText: 'Én cloudplatform med AI kører alle skader.',
    },
    expected: [
      '12:1: Unexpected *Til* headline about technology (`cloudplatform`), expected the people it serves or the difference it makes for them',
    ],
  },
  {
    lang: 'nb',
    ok: {
      toText: 'Kundene får svar innen en dag, og den nye plattformen tar skrivearbeidet.',
    },
    notOk: {
      toText: 'Én plattform i skyen med KI kjører alle skader.',
    },
    expected: [
      '12:1: Unexpected *Til* headline about technology (`plattform`), expected the people it serves or the difference it makes for them',
    ],
  },
  {
    lang: 'nn',
    ok: {
      toText: 'Kundane får svar innan ein dag, og den nye plattforma tek skrivearbeidet.',
    },
    notOk: {
      toText: 'Éin plattform i skyen med KI køyrer alle skadar.',
    },
    expected: [
      '12:1: Unexpected *Til* headline about technology (`plattform`), expected the people it serves or the difference it makes for them',
    ],
  },
  {
    lang: 'sv',
    ok: {
      toText: 'Kunderna får svar inom en dag, och vår nya plattform sköter skrivandet.',
    },
    notOk: {
      toText: 'En molnplattform med AI sköter alla skador.',
    },
    expected: [
      '12:1: Unexpected *Till* headline about technology (`molnplattform`), expected the people it serves or the difference it makes for them',
    ],
  },
  {
    lang: 'de',
    ok: {
      toText: 'Kunden bekommen innerhalb eines Tages eine Antwort, und unsere neue Plattform übernimmt das Tippen.',
    },
    notOk: {
      toText: 'Eine Cloud-Plattform mit KI steuert alle Schadensfälle.',
    },
    expected: [
      '12:1: Unexpected *Zu* headline about technology (`Cloud-Plattform`), expected the people it serves or the difference it makes for them',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)(
    '$lang: warns when the To headline names technology but no people or outcome',
    ({ lang, notOk, expected }) => {
      expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
    },
  )
})
