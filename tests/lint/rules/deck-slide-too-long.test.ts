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
    expected: ['25:1: Unexpected slide with 10 lines, expected at most 9 so the room can read it'],
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
    expected: ['25:1: Unexpected slide with 10 lines, expected at most 9 so the room can read it'],
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
    expected: ['25:1: Unexpected slide with 10 lines, expected at most 9 so the room can read it'],
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
    expected: ['25:1: Unexpected slide with 10 lines, expected at most 9 so the room can read it'],
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
    expected: ['25:1: Unexpected slide with 10 lines, expected at most 9 so the room can read it'],
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
    expected: ['25:1: Unexpected slide with 10 lines, expected at most 9 so the room can read it'],
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
