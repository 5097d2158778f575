/**
 * `focus/customer`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'focus/customer'

const CASES = [
  {
    lang: 'en',
    ok: {},
    notOk: {
      toText: 'Simple claims settle within a day.',
      becauseText: 'Claims handling should be quick and simple.',
    },
    expected: [
      '12:1: Nothing in *To* and *Because* mentions the people you serve (words such as customer, client, citizen).',
    ],
  },
  {
    lang: 'da',
    ok: {},
    notOk: {
      toText: 'Enkle skader afgøres inden for en dag.',
      becauseText: 'Skadebehandling skal være hurtig og enkel.',
    },
    expected: ['12:1: Intet i *Til* og *Fordi* nævner de mennesker, I er til for (ord som kunde, borger, patient).'],
  },
  {
    lang: 'nb',
    ok: {},
    notOk: {
      toText: 'Enkle skader avgjøres innen en dag.',
      becauseText: 'Skadebehandling skal være rask og enkel.',
    },
    expected: [
      '12:1: Ingenting i *Til* og *Fordi* nevner menneskene dere er til for (ord som kunde, innbygger, borger).',
    ],
  },
  {
    lang: 'nn',
    ok: {},
    notOk: {
      toText: 'Enkle skadar vert avgjorde innan ein dag.',
      becauseText: 'Skadehandsaming skal vere rask og enkel.',
    },
    expected: ['12:1: Ingenting i *Til* og *Fordi* nemner menneska de er til for (ord som kunde, innbygger, borger).'],
  },
  {
    lang: 'sv',
    ok: {},
    notOk: {
      toText: 'Enkla skador regleras inom en dag.',
      becauseText: 'Skadehantering ska vara snabb och enkel.',
    },
    expected: [
      '12:1: Ingenting i *Till* och *Därför att* nämner människorna ni finns till för (ord som kunder, medborgare, patienter).',
    ],
  },
  {
    lang: 'de',
    ok: {},
    notOk: {
      toText: 'Einfache Schäden werden innerhalb eines Tages geregelt.',
      becauseText: 'Schadenbearbeitung soll schnell und einfach sein.',
    },
    expected: [
      '12:1: Nichts in *Zu* und *Weil* erwähnt die Menschen, für die Sie da sind (Wörter wie Kunde, Kundin, Bürger).',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)(
    '$lang: informs when neither To nor Because mentions the people served',
    ({ lang, notOk, expected }) => {
      expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
    },
  )
})
