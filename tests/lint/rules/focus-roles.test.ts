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
    expected: [
      '14:1: Unexpected story without a *What it means for you* section, expected one `##` slide per role so everyone finds themselves in it',
    ],
  },
  {
    lang: 'da',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Unexpected story without a *Hvad det betyder for dig* section, expected one `##` slide per role so everyone finds themselves in it',
    ],
  },
  {
    lang: 'nb',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Unexpected story without a *Hva det betyr for deg* section, expected one `##` slide per role so everyone finds themselves in it',
    ],
  },
  {
    lang: 'nn',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Unexpected story without a *Kva det betyr for deg* section, expected one `##` slide per role so everyone finds themselves in it',
    ],
  },
  {
    lang: 'sv',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Unexpected story without a *Vad det betyder för dig* section, expected one `##` slide per role so everyone finds themselves in it',
    ],
  },
  {
    lang: 'de',
    ok: {},
    notOk: {
      withoutRoles: true,
    },
    expected: [
      '14:1: Unexpected story without a *Was es für dich bedeutet* section, expected one `##` slide per role so everyone finds themselves in it',
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
