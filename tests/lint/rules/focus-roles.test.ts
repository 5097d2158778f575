/**
 * `focus/roles`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'focus/roles'

const CASES = [
  {
    lang: 'en',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: ['14:1: Your story has no *What it means for you* part, so people cannot find their own role in it.'],
  },
  {
    lang: 'da',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Din fortælling har ingen *Hvad det betyder for dig*-del, så folk kan ikke finde deres egen rolle i den.',
    ],
  },
  {
    lang: 'nb',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Fortellingen din har ingen *Hva det betyr for deg*-del, så folk finner ikke sin egen rolle i den.',
    ],
  },
  {
    lang: 'nn',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: ['14:1: Forteljinga di har ingen *Kva det betyr for deg*-del, så folk finn ikkje si eiga rolle i ho.'],
  },
  {
    lang: 'sv',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: ['14:1: Din berättelse saknar delen *Vad det betyder för dig*, så ingen hittar sin egen roll i den.'],
  },
  {
    lang: 'de',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Ihrer Geschichte fehlt der Teil *Was es für dich bedeutet*, daher findet niemand die eigene Rolle darin.',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)(
    '$lang: informs when the story has no “what it means for you” section',
    ({ lang, notOk, expected }) => {
      expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
    },
  )
})
