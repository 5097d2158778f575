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
      '12:1: The headline of *To* is about technology (cloud, platform, and AI), not about the people it serves or what changes for them.',
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
      '12:1: Kernesætningen i *Til* handler om teknologi (cloudplatform og AI), ikke om de mennesker, den skal gavne, eller hvad der ændrer sig for dem.',
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
      '12:1: Kjernesetningen i *Til* handler om teknologi (plattform, skyen og KI), ikke om menneskene den skal tjene, eller hva som endrer seg for dem.',
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
      '12:1: Kjernesetninga i *Til* handlar om teknologi (plattform, skyen og KI), ikkje om menneska ho skal tene, eller kva som endrar seg for dei.',
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
      '12:1: Kärnmeningen i *Till* handlar om teknik (molnplattform och AI), inte om människorna den ska tjäna eller vad som blir annorlunda för dem.',
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
      '12:1: Der Kernsatz von *Zu* handelt von Technik (Cloud-Plattform und KI), nicht von den Menschen, denen sie dient, oder davon, was sich für sie ändert.',
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
