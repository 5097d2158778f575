/**
 * `readability/long-sentence`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'readability/long-sentence'

const CASES = [
  {
    lang: 'en',
    ok: {
      extra:
        '# Background\n\nToday a customer with a cracked window and a customer with a flooded basement fill in the same forms. They wait the same number of days.',
    },
    notOk: {
      extra:
        '# Background\n\nWhen a customer calls us after a storm has flooded the basement, the first person who answers the phone should be able to settle the claim, book the repair and call back the next morning to check.',
    },
    expected: [
      '25:1: This sentence has 37 words; listeners lose a sentence of more than 30 words before its point arrives.',
    ],
  },
  {
    lang: 'da',
    ok: {
      extra:
        '# Baggrund\n\nI dag udfylder en kunde med en revnet rude og en kunde med en oversvømmet kælder de samme skemaer. De venter lige mange dage.',
    },
    notOk: {
      extra:
        '# Baggrund\n\nNår en kunde ringer til os, efter at en storm har oversvømmet kælderen, skal den første person, der tager telefonen, kunne afgøre skaden, bestille reparationen og ringe tilbage næste morgen for at høre, hvordan det går.',
    },
    expected: [
      '25:1: Denne sætning har 36 ord; tilhørerne mister tråden i en sætning på over 30 ord, før pointen kommer.',
    ],
  },
  {
    lang: 'nb',
    ok: {
      extra:
        '# Bakgrunn\n\nI dag fyller en kunde med en sprukket rute og en kunde med en oversvømt kjeller ut de samme skjemaene. De venter like mange dager.',
    },
    notOk: {
      extra:
        '# Bakgrunn\n\nNår en kunde ringer til oss etter at en storm har satt kjelleren under vann, skal den første personen som tar telefonen, kunne avgjøre skaden, bestille reparasjonen og ringe tilbake neste morgen for å høre hvordan det går.',
    },
    expected: [
      '25:1: Denne setningen har 38 ord; tilhørerne mister tråden i en setning på over 30 ord før poenget kommer.',
    ],
  },
  {
    lang: 'nn',
    ok: {
      extra:
        '# Bakgrunn\n\nI dag fyller ein kunde med ei sprokken rute og ein kunde med ein oversvømd kjellar ut dei same skjemaa. Dei ventar like mange dagar.',
    },
    notOk: {
      extra:
        '# Bakgrunn\n\nNår ein kunde ringjer til oss etter at ein storm har sett kjellaren under vatn, skal den første personen som tek telefonen, kunne avgjere skaden, bestille reparasjonen og ringje tilbake neste morgon for å høyre korleis det går.',
    },
    expected: [
      '25:1: Denne setninga har 38 ord; tilhøyrarane mistar tråden i ei setning på over 30 ord før poenget kjem.',
    ],
  },
  {
    lang: 'sv',
    ok: {
      extra:
        '# Bakgrund\n\nI dag fyller en kund med en sprucken ruta och en kund med en översvämmad källare i samma blanketter. De väntar lika många dagar.',
    },
    notOk: {
      extra:
        '# Bakgrund\n\nNär en kund ringer till oss efter att en storm har satt källaren under vatten ska den första personen som svarar i telefon kunna reglera skadan, beställa reparationen och ringa tillbaka nästa morgon för att höra hur det går.',
    },
    expected: [
      '25:1: Den här meningen har 39 ord; åhörarna tappar tråden i en mening på över 30 ord innan poängen kommer.',
    ],
  },
  {
    lang: 'de',
    ok: {
      extra:
        '# Hintergrund\n\nHeute füllt eine Kundin mit einer gesprungenen Scheibe dieselben Formulare aus wie ein Kunde mit einem überfluteten Keller. Beide warten gleich viele Tage.',
    },
    notOk: {
      extra:
        '# Hintergrund\n\nWenn eine Kundin uns anruft, nachdem ein Sturm ihren Keller unter Wasser gesetzt hat, soll die erste Person am Telefon den Schaden regeln, die Reparatur bestellen und am nächsten Morgen zurückrufen können, um zu hören, wie es geht.',
    },
    expected: [
      '25:1: Dieser Satz hat 38 Wörter; bei mehr als 30 Wörtern verlieren Zuhörer den Faden, bevor die Pointe kommt.',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)('$lang: warns on sentences of more than 30 words', ({ lang, notOk, expected }) => {
    expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
  })
})
