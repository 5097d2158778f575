/**
 * `spine/headline-too-long`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'spine/headline-too-long'

const CASES = [
  {
    lang: 'en',
    ok: {},
    notOk: {
      toText:
        'Simple claims settle themselves within a day, hard ones get one person who stays with the customer from the first call to the last, and nobody has to repeat their story twice.',
    },
    expected: ['12:1: The headline of *To* has 32 words: too many to say in one breath (at most 25).'],
  },
  {
    lang: 'da',
    ok: {},
    notOk: {
      toText:
        'Enkle skader klarer sig selv inden for en dag, og svære skader får én person, som følger kunden fra det første opkald til det sidste, så ingen skal fortælle sin historie to gange.',
    },
    expected: ['12:1: Kernesætningen i *Til* har 33 ord: for mange til at sige i én indånding (højst 25).'],
  },
  {
    lang: 'nb',
    ok: {},
    notOk: {
      toText:
        'Enkle skader ordner seg selv innen en dag, og vanskelige skader får én person som følger kunden fra den første samtalen til den siste, så ingen må fortelle historien sin to ganger.',
    },
    expected: ['12:1: Kjernesetningen i *Til* har 32 ord: for mange til å si i ett åndedrag (høyst 25).'],
  },
  {
    lang: 'nn',
    ok: {},
    notOk: {
      toText:
        'Enkle skadar ordnar seg sjølv innan ein dag, og vanskelege skadar får éin person som følgjer kunden frå den første samtalen til den siste, så ingen må fortelje historia si to gonger.',
    },
    expected: ['12:1: Kjernesetninga i *Til* har 32 ord: for mange til å seie i eitt andedrag (høgst 25).'],
  },
  {
    lang: 'sv',
    ok: {},
    notOk: {
      toText:
        'Enkla skador ordnar sig själva inom en dag, och svåra skador får en person som följer kunden från det första samtalet till det sista, så att ingen behöver berätta sin historia två gånger.',
    },
    expected: ['12:1: Kärnmeningen i *Till* har 33 ord: för många för att sägas i ett andetag (högst 25).'],
  },
  {
    lang: 'de',
    ok: {},
    notOk: {
      toText:
        'Einfache Schäden regeln sich innerhalb eines Tages von selbst, und schwierige Schäden bekommen eine Person, die den Kunden vom ersten Anruf bis zum letzten begleitet, damit niemand seine Geschichte zweimal erzählen muss.',
    },
    expected: ['12:1: Der Kernsatz von *Zu* hat 32 Wörter: zu viele, um ihn in einem Atemzug zu sagen (höchstens 25).'],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)('$lang: warns when a spine headline has more than 25 words', ({ lang, notOk, expected }) => {
    expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
  })
})
