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
      '8:5: Unexpected buzzword `leverage`, expected something concrete such as `use`',
      '8:15: Unexpected buzzword `synergies`, expected something concrete such as `working together`',
      '8:32: Unexpected buzzword `digital ecosystem`, expected something concrete such as `the companies we work with`',
      '8:63: Unexpected buzzword `next level`, expected something concrete such as `better (say how)`',
    ],
  },
  {
    lang: 'da',
    ok: {},
    notOk: {
      fromText: 'Vi udnytter synergierne i vores digitale økosystemer og tager det til næste niveau.',
    },
    expected: [
      '8:13: Unexpected buzzword `synergierne`, expected something concrete such as `samarbejde`',
      '8:33: Unexpected buzzword `digitale økosystemer`, expected something concrete such as `de virksomheder, vi arbejder sammen med`',
      '8:71: Unexpected buzzword `næste niveau`, expected something concrete such as `bedre (sig hvordan)`',
    ],
  },
  {
    lang: 'nb',
    ok: {},
    notOk: {
      fromText: 'Vi henter ut synergiene i det digitale økosystemet og tar det til neste nivå.',
    },
    expected: [
      '8:14: Unexpected buzzword `synergiene`, expected something concrete such as `samarbeid`',
      '8:31: Unexpected buzzword `digitale økosystemet`, expected something concrete such as `virksomhetene vi jobber sammen med`',
      '8:67: Unexpected buzzword `neste nivå`, expected something concrete such as `bedre (si hvordan)`',
    ],
  },
  {
    lang: 'nn',
    ok: {},
    notOk: {
      fromText: 'Vi hentar ut synergiane i det heilskaplege økosystemet og tek det til neste nivå.',
    },
    expected: [
      '8:14: Unexpected buzzword `synergiane`, expected something concrete such as `samarbeid`',
      '8:31: Unexpected buzzword `heilskaplege`, expected something concrete such as `samla`',
      '8:44: Unexpected buzzword `økosystemet`, expected something concrete such as `partnere og leverandører`',
      '8:71: Unexpected buzzword `neste nivå`, expected something concrete such as `betre (sei korleis)`',
    ],
  },
  {
    lang: 'sv',
    ok: {},
    notOk: {
      fromText: 'Vi tar vara på synergierna i vårt digitala ekosystem och når nästa nivå.',
    },
    expected: [
      '8:16: Unexpected buzzword `synergierna`, expected something concrete such as `samarbete`',
      '8:35: Unexpected buzzword `digitala ekosystem`, expected something concrete such as `företagen vi arbetar med`',
      '8:62: Unexpected buzzword `nästa nivå`, expected something concrete such as `bättre (säg hur)`',
    ],
  },
  {
    lang: 'de',
    ok: {},
    notOk: {
      fromText: 'Wir heben Synergien in unserem digitalen Ökosystem und erreichen das nächste Level.',
    },
    expected: [
      '8:11: Unexpected buzzword `Synergien`, expected something concrete such as `Zusammenarbeit`',
      '8:32: Unexpected buzzword `digitalen Ökosystem`, expected something concrete such as `die Firmen, mit denen wir arbeiten`',
      '8:70: Unexpected buzzword `nächste Level`, expected something concrete such as `besser (wie?)`',
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
