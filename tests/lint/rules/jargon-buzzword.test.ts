/**
 * `jargon/buzzword`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'jargon/buzzword'

const CASES = [
  {
    lang: 'en',
    ok: {},
    notOk: {
      fromText: 'We *leverage* synergies in our digital ecosystem to reach the next level.',
    },
    expected: [
      '8:5: “leverage” sounds important but tells your listeners nothing concrete.',
      '8:15: “synergies” sounds important but tells your listeners nothing concrete.',
      '8:32: “digital ecosystem” sounds important but tells your listeners nothing concrete.',
      '8:63: “next level” sounds important but tells your listeners nothing concrete.',
    ],
  },
  {
    lang: 'da',
    ok: {},
    notOk: {
      fromText: 'Vi udnytter synergierne i vores digitale økosystemer og tager det til næste niveau.',
    },
    expected: [
      '8:13: »synergierne« lyder vigtigt, men fortæller ikke dine tilhørere noget konkret.',
      '8:33: »digitale økosystemer« lyder vigtigt, men fortæller ikke dine tilhørere noget konkret.',
      '8:71: »næste niveau« lyder vigtigt, men fortæller ikke dine tilhørere noget konkret.',
    ],
  },
  {
    lang: 'nb',
    ok: {},
    notOk: {
      fromText: 'Vi henter ut synergiene i det digitale økosystemet og tar det til neste nivå.',
    },
    expected: [
      '8:14: «synergiene» høres viktig ut, men forteller ikke tilhørerne dine noe konkret.',
      '8:31: «digitale økosystemet» høres viktig ut, men forteller ikke tilhørerne dine noe konkret.',
      '8:67: «neste nivå» høres viktig ut, men forteller ikke tilhørerne dine noe konkret.',
    ],
  },
  {
    lang: 'nn',
    ok: {},
    notOk: {
      fromText: 'Vi hentar ut synergiane i det heilskaplege økosystemet og tek det til neste nivå.',
    },
    expected: [
      '8:14: «synergiane» høyrest viktig ut, men fortel ikkje tilhøyrarane dine noko konkret.',
      '8:31: «heilskaplege» høyrest viktig ut, men fortel ikkje tilhøyrarane dine noko konkret.',
      '8:44: «økosystemet» høyrest viktig ut, men fortel ikkje tilhøyrarane dine noko konkret.',
      '8:71: «neste nivå» høyrest viktig ut, men fortel ikkje tilhøyrarane dine noko konkret.',
    ],
  },
  {
    lang: 'sv',
    ok: {},
    notOk: {
      fromText: 'Vi tar vara på synergierna i vårt digitala ekosystem och når nästa nivå.',
    },
    expected: [
      '8:16: ”synergierna” låter viktigt men säger inget konkret till dina åhörare.',
      '8:35: ”digitala ekosystem” låter viktigt men säger inget konkret till dina åhörare.',
      '8:62: ”nästa nivå” låter viktigt men säger inget konkret till dina åhörare.',
    ],
  },
  {
    lang: 'de',
    ok: {},
    notOk: {
      fromText: 'Wir heben Synergien in unserem digitalen Ökosystem und erreichen das nächste Level.',
    },
    expected: [
      '8:11: „Synergien“ klingt wichtig, sagt Ihren Zuhörern aber nichts Konkretes.',
      '8:32: „digitalen Ökosystem“ klingt wichtig, sagt Ihren Zuhörern aber nichts Konkretes.',
      '8:70: „nächste Level“ klingt wichtig, sagt Ihren Zuhörern aber nichts Konkretes.',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)(
    '$lang: warns on buzzwords in any inflected form, with a plainer suggestion',
    ({ lang, notOk, expected }) => {
      expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
    },
  )
})
