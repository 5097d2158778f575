/**
 * `spine/headline-empty`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'spine/headline-empty'

const CASES = [
  {
    lang: 'en',
    ok: {},
    notOk: {
      toText: '- Customers get an answer to simple claims within a day.',
    },
    expected: ['10:1: *To* has no headline: the one sentence that goes big on the slide and the poster.'],
  },
  {
    lang: 'da',
    ok: {},
    notOk: {
      toText: '- Kunderne får svar på enkle skader inden for en dag.',
    },
    expected: ['10:1: *Til* har ingen kernesætning: den ene sætning, der står stort på sliden og plakaten.'],
  },
  {
    lang: 'nb',
    ok: {},
    notOk: {
      toText: '- Kundene får svar på enkle skader innen en dag.',
    },
    expected: ['10:1: *Til* har ingen kjernesetning: den ene setningen som står stort på lysbildet og plakaten.'],
  },
  {
    lang: 'nn',
    ok: {},
    notOk: {
      toText: '- Kundane får svar på enkle skadar innan ein dag.',
    },
    expected: ['10:1: *Til* har inga kjernesetning: den eine setninga som står stort på lysbiletet og plakaten.'],
  },
  {
    lang: 'sv',
    ok: {},
    notOk: {
      toText: '- Kunderna får svar på enkla skador inom en dag.',
    },
    expected: ['10:1: *Till* saknar kärnmening: den mening som står stort på bilden och affischen.'],
  },
  {
    lang: 'de',
    ok: {},
    notOk: {
      toText: '- Kunden bekommen bei einfachen Schäden innerhalb eines Tages eine Antwort.',
    },
    expected: ['10:1: *Zu* hat keinen Kernsatz: den einen Satz, der groß auf der Folie und dem Poster steht.'],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)('$lang: reports an error when a spine section has no headline', ({ lang, notOk, expected }) => {
    expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
  })
})
