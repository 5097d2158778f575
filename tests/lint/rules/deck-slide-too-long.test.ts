/**
 * `deck/slide-too-long`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'deck/slide-too-long'

const CASES = [
  {
    lang: 'en',
    ok: {
      extra:
        '# Checklist\n\n- Point 1\n- Point 2\n- Point 3\n- Point 4\n- Point 5\n- Point 6\n- Point 7\n- Point 8\n- Point 9',
    },
    notOk: {
      extra:
        '# Checklist\n\n- Point 1\n- Point 2\n- Point 3\n- Point 4\n- Point 5\n- Point 6\n- Point 7\n- Point 8\n- Point 9\n- Point 10',
    },
    expected: ['25:1: This slide shows 10 lines; the back row can read at most 9 while someone is talking.'],
  },
  {
    lang: 'da',
    ok: {
      extra:
        '# Tjekliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9',
    },
    notOk: {
      extra:
        '# Tjekliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9\n- Punkt 10',
    },
    expected: ['25:1: Denne slide viser 10 linjer; de bagerste rækker kan højst nå at læse 9, mens nogen taler.'],
  },
  {
    lang: 'nb',
    ok: {
      extra:
        '# Sjekkliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9',
    },
    notOk: {
      extra:
        '# Sjekkliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9\n- Punkt 10',
    },
    expected: ['25:1: Dette lysbildet viser 10 linjer; de bakerste radene rekker å lese høyst 9 mens noen snakker.'],
  },
  {
    lang: 'nn',
    ok: {
      extra:
        '# Sjekkliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9',
    },
    notOk: {
      extra:
        '# Sjekkliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9\n- Punkt 10',
    },
    expected: ['25:1: Dette lysbiletet viser 10 linjer; dei bakarste radene rekk å lese høgst 9 medan nokon snakkar.'],
  },
  {
    lang: 'sv',
    ok: {
      extra:
        '# Checklista\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9',
    },
    notOk: {
      extra:
        '# Checklista\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9\n- Punkt 10',
    },
    expected: [
      '25:1: Den här bilden visar 10 rader; de bakersta raderna i salen hinner läsa högst 9 medan någon talar.',
    ],
  },
  {
    lang: 'de',
    ok: {
      extra:
        '# Checkliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9',
    },
    notOk: {
      extra:
        '# Checkliste\n\n- Punkt 1\n- Punkt 2\n- Punkt 3\n- Punkt 4\n- Punkt 5\n- Punkt 6\n- Punkt 7\n- Punkt 8\n- Punkt 9\n- Punkt 10',
    },
    expected: [
      '25:1: Diese Folie zeigt 10 Zeilen; aus den hinteren Reihen liest man höchstens 9, während jemand spricht.',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)('$lang: warns when a slide shows more than 9 lines', ({ lang, notOk, expected }) => {
    expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
  })
})
