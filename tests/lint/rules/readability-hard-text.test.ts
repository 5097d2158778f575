/**
 * `readability/hard-text`: an ok and a not-ok story in every supported language, with
 * the exact findings (`line:column: reason`).
 */
import { describe, expect, test } from 'vitest'
import { compose } from '../languages.ts'
import { coach, findings } from '../util.ts'

const RULE = 'readability/hard-text'

const CASES = [
  {
    lang: 'en',
    ok: {
      extra:
        '# Background\n\nToday a customer with a cracked window and a customer with a flooded basement fill in the same forms. They wait the same number of days. We want to change that, one claim at a time.',
    },
    notOk: {
      extra:
        '# Background\n\nOrganisational transformation necessitates comprehensive reconsideration of institutional responsibilities, operational methodologies and interdepartmental communication infrastructures. Consequently, management anticipates substantial modifications regarding accountability, documentation requirements and performance evaluation procedures throughout the organisation.',
    },
    expected: [
      '23:1: The text of *Background* is hard to read: its Flesch reading ease is 0, very hard, like academic writing. Aim for 40 or higher.',
    ],
  },
  {
    lang: 'da',
    ok: {
      extra:
        '# Baggrund\n\nI dag udfylder en kunde med en revnet rude og en kunde med en oversvømmet kælder de samme skemaer. De venter lige mange dage. Det vil vi lave om på, én skade ad gangen.',
    },
    notOk: {
      extra:
        '# Baggrund\n\nOrganisationsforandringen nødvendiggør omfattende genovervejelse af institutionelle ansvarsområder, arbejdsmetoder og tværorganisatoriske kommunikationsstrukturer. Ledelsen forventer derfor betydelige ændringer vedrørende ansvarsfordeling, dokumentationskrav og præstationsvurderingsprocedurer i hele organisationen, herunder implementering af standardiserede evalueringsmekanismer. Medarbejderinddragelsen forudsætter tilsvarende kompetenceudviklingsinitiativer og systematiske opfølgningsprocedurer.',
    },
    expected: [
      '23:1: Teksten i *Baggrund* er svær at læse: LIX-tallet er 90, meget svær, som en akademisk tekst. Sigt efter 50 eller derunder.',
    ],
  },
  {
    lang: 'nb',
    ok: {
      extra:
        '# Bakgrunn\n\nI dag fyller en kunde med en sprukket rute og en kunde med en oversvømt kjeller ut de samme skjemaene. De venter like mange dager. Det vil vi endre, én skade om gangen.',
    },
    notOk: {
      extra:
        '# Bakgrunn\n\nOrganisasjonsendringen nødvendiggjør omfattende gjennomgang av institusjonelle ansvarsområder, arbeidsmetoder og tverrorganisatoriske kommunikasjonsstrukturer. Ledelsen forventer derfor betydelige endringer vedrørende ansvarsfordeling, dokumentasjonskrav og prestasjonsvurderingsprosedyrer i hele organisasjonen, inkludert implementering av standardiserte evalueringsmekanismer. Medarbeiderinvolveringen forutsetter tilsvarende kompetanseutviklingsinitiativer og systematiske oppfølgingsprosedyrer.',
    },
    expected: [
      '23:1: Teksten i *Bakgrunn* er vanskelig å lese: LIX-tallet er 90, svært vanskelig, som en akademisk tekst. Sikt mot 50 eller lavere.',
    ],
  },
  {
    lang: 'nn',
    ok: {
      extra:
        '# Bakgrunn\n\nI dag fyller ein kunde med ei sprokken rute og ein kunde med ein oversvømd kjellar ut dei same skjemaa. Dei ventar like mange dagar. Det vil vi endre, éin skade om gongen.',
    },
    notOk: {
      extra:
        '# Bakgrunn\n\nOrganisasjonsendringa krev omfattande gjennomgang av institusjonelle ansvarsområde, arbeidsmetodar og tverrorganisatoriske kommunikasjonsstrukturar. Leiinga ventar difor betydelege endringar i ansvarsfordeling, dokumentasjonskrav og prestasjonsvurderingsprosedyrar i heile organisasjonen, inkludert implementering av standardiserte evalueringsmekanismar. Medarbeidarinvolveringa føreset tilsvarande kompetanseutviklingsinitiativ og systematiske oppfølgingsprosedyrar.',
    },
    expected: [
      '23:1: Teksten i *Bakgrunn* er vanskeleg å lese: LIX-talet er 81, svært vanskeleg, som ein akademisk tekst. Sikt mot 50 eller lågare.',
    ],
  },
  {
    lang: 'sv',
    ok: {
      extra:
        '# Bakgrund\n\nI dag fyller en kund med en sprucken ruta och en kund med en översvämmad källare i samma blanketter. De väntar lika många dagar. Det vill vi ändra på, en skada i taget.',
    },
    notOk: {
      extra:
        '# Bakgrund\n\nOrganisationsförändringen förutsätter omfattande omprövning av institutionella ansvarsområden, arbetsmetoder och tvärorganisatoriska kommunikationsstrukturer. Ledningen förväntar därför betydande förändringar beträffande ansvarsfördelning, dokumentationskrav och prestationsbedömningsprocedurer i hela organisationen, inklusive implementering av standardiserade utvärderingsmekanismer. Medarbetarinvolveringen förutsätter motsvarande kompetensutvecklingsinitiativ och systematiska uppföljningsprocedurer.',
    },
    expected: [
      '23:1: Texten i *Bakgrund* är svårläst: LIX-värdet är 90, mycket svår, som en akademisk text. Sikta på 50 eller lägre.',
    ],
  },
  {
    lang: 'de',
    ok: {
      extra:
        '# Hintergrund\n\nHeute füllt eine Kundin mit einer gesprungenen Scheibe dieselben Formulare aus wie ein Kunde mit einem überfluteten Keller. Beide warten gleich viele Tage. Das wollen wir ändern, einen Schaden nach dem anderen.',
    },
    notOk: {
      extra:
        '# Hintergrund\n\nDie Organisationstransformation erfordert eine umfassende Neubewertung institutioneller Verantwortlichkeiten, operativer Arbeitsmethoden und bereichsübergreifender Kommunikationsinfrastrukturen. Die Geschäftsleitung erwartet infolgedessen erhebliche Veränderungen hinsichtlich Verantwortungsverteilung, Dokumentationsanforderungen und Leistungsbeurteilungsverfahren innerhalb der gesamten Organisation. Die Mitarbeitereinbindung setzt entsprechende Kompetenzentwicklungsinitiativen und systematische Nachverfolgungsprozeduren voraus.',
    },
    expected: [
      '23:1: Der Text von *Hintergrund* ist schwer zu lesen: Der Flesch–Amstad-Wert ist 0, sehr schwer, wie ein wissenschaftlicher Text. Streben Sie 40 oder mehr an.',
    ],
  },
] as const

describe(RULE, () => {
  test.each(CASES)('$lang: stays quiet on the ok story', ({ lang, ok }) => {
    expect(findings(coach(compose(lang, ok)), RULE)).toEqual([])
  })
  test.each(CASES)('$lang: warns when a section scores as hard to read', ({ lang, notOk, expected }) => {
    expect(findings(coach(compose(lang, notOk)), RULE)).toEqual(expected)
  })
})
