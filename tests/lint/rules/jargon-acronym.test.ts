/**
 * `jargon/acronym`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'jargon/acronym'

const CASES = [
  {
    lang: 'en',
    ok: {
      frontmatter: 'glossary:\n  NPS: how likely customers are to recommend us',
      fromText:
        'Our customer experience (CX) suffers, the CX team knows it, our NPS drops, and EU rules change in 2027 (part II).',
    },
    notOk: {
      fromText: 'Our KPIs show that the customer experience (CX) and the CX team need SaaS tools.',
    },
    expected: [
      '8:5: The abbreviation KPI is not explained, so part of the room will not know what it means.',
      '8:70: The abbreviation SaaS is not explained, so part of the room will not know what it means.',
    ],
  },
  {
    lang: 'da',
    ok: {
      frontmatter: 'glossary:\n  NPS: hvor gerne kunderne anbefaler os',
      fromText: 'Vores kundeoplevelse (CX) lider, CX-teamet ved det, vores NPS falder, og EU-reglerne ændres i 2027.',
    },
    notOk: {
      fromText: "Vores KPI'er viser, at kundeoplevelsen (CX) og CX-teamet har brug for SaaS-værktøjer.",
    },
    expected: [
      '8:7: Forkortelsen KPI er ikke forklaret, så en del af salen ved ikke, hvad den betyder.',
      '8:71: Forkortelsen SaaS er ikke forklaret, så en del af salen ved ikke, hvad den betyder.',
    ],
  },
  {
    lang: 'nb',
    ok: {
      frontmatter: 'glossary:\n  NPS: hvor gjerne kundene anbefaler oss',
      fromText: 'Kundeopplevelsen vår (CX) lider, CX-teamet vet det, NPS faller, og EU-reglene endres i 2027.',
    },
    notOk: {
      fromText: 'KPI-ene våre viser at kundeopplevelsen (CX) og CX-teamet trenger SaaS-verktøy.',
    },
    expected: [
      '8:1: Forkortelsen KPI er ikke forklart, så en del av salen vet ikke hva den betyr.',
      '8:66: Forkortelsen SaaS er ikke forklart, så en del av salen vet ikke hva den betyr.',
    ],
  },
  {
    lang: 'nn',
    ok: {
      frontmatter: 'glossary:\n  NPS: kor gjerne kundane tilrår oss',
      fromText: 'Kundeopplevinga vår (CX) lid, CX-teamet veit det, NPS fell, og EU-reglane endrar seg i 2027.',
    },
    notOk: {
      fromText: 'KPI-ane våre viser at kundeopplevinga (CX) og CX-teamet treng SaaS-verktøy.',
    },
    expected: [
      '8:1: Forkortinga KPI er ikkje forklart, så ein del av salen veit ikkje kva ho tyder.',
      '8:63: Forkortinga SaaS er ikkje forklart, så ein del av salen veit ikkje kva ho tyder.',
    ],
  },
  {
    lang: 'sv',
    ok: {
      frontmatter: 'glossary:\n  NPS: hur gärna kunderna rekommenderar oss',
      fromText: 'Vår kundupplevelse (CX) lider, CX-teamet vet det, vårt NPS sjunker och EU:s regler ändras 2027.',
    },
    notOk: {
      fromText: 'Våra KPI:er visar att kundupplevelsen (CX) och CX-teamet behöver SaaS-verktyg.',
    },
    expected: [
      '8:6: Förkortningen KPI är inte förklarad, så en del av publiken vet inte vad den betyder.',
      '8:66: Förkortningen SaaS är inte förklarad, så en del av publiken vet inte vad den betyder.',
    ],
  },
  {
    lang: 'de',
    ok: {
      frontmatter: 'glossary:\n  NPS: wie gern Kunden uns empfehlen',
      fromText:
        'Unser Kundenerlebnis (CX) leidet, das CX-Team weiß es, unser NPS sinkt, und die EU-Regeln ändern sich 2027.',
    },
    notOk: {
      fromText: 'Unsere KPIs zeigen, dass das Kundenerlebnis (CX) und das CX-Team SaaS-Werkzeuge brauchen.',
    },
    expected: [
      '8:8: Die Abkürzung KPI ist nicht erklärt, daher weiß ein Teil des Publikums nicht, was sie bedeutet.',
      '8:66: Die Abkürzung SaaS ist nicht erklärt, daher weiß ein Teil des Publikums nicht, was sie bedeutet.',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)(
    '$lang: warns on abbreviations not spelled out at first use nor in the glossary',
    ({ lang, notOk, expected }) => {
      expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
    },
  )
})
