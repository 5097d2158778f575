/**
 * Words storydeck itself prints on decks and posters, per language. The
 * names of the story's parts come from `section-titles.ts`, which the story
 * model and the coach use too.
 */
import type { Lang, SectionKind } from '../types.ts'
import { SECTION_TITLES } from './section-titles.ts'

/** Every label a renderer may print. */
export interface Labels {
  /** Section titles used when the renderer labels a part. */
  kinds: Readonly<Record<SectionKind, string>>
  /** "Words we use" (glossary box). */
  glossary: string
  /** "Let's talk" (questions on the poster). */
  letsTalk: string
  /** "Speaker notes". */
  notes: string
  /** "Read more" / link label on the poster footer. */
  readMore: string
  /** "Scan to open" under the QR code. */
  scanToOpen: string
  /** "Deck" and "Poster" (story index). */
  deck: string
  poster: string
  /** "Stories" (story index title). */
  stories: string
  /** "We go from … to … because …" joiners for the closing slide. */
  weGoFrom: string
  /** "Language" (the deck's language menu). */
  language: string
  /** "Also in" before the other languages on the poster's footer. */
  alsoIn: string
  /** "Press L to switch language" (the deck's language menu). */
  switchHint: string
}

const en: Labels = {
  kinds: SECTION_TITLES.en,
  glossary: 'Words we use',
  letsTalk: 'Let’s talk',
  notes: 'Speaker notes',
  readMore: 'Read more',
  scanToOpen: 'Scan to open',
  deck: 'Deck',
  poster: 'Poster',
  stories: 'Stories',
  weGoFrom: 'We go from … to … because …',
  language: 'Language',
  alsoIn: 'Also in',
  switchHint: 'Press L to switch language, then the number',
}

const da: Labels = {
  kinds: SECTION_TITLES.da,
  glossary: 'Ord vi bruger',
  letsTalk: 'Lad os tale om det',
  notes: 'Talernoter',
  readMore: 'Læs mere',
  scanToOpen: 'Scan for at åbne',
  deck: 'Præsentation',
  poster: 'Plakat',
  stories: 'Fortællinger',
  weGoFrom: 'Vi går fra … til … fordi …',
  language: 'Sprog',
  alsoIn: 'Findes også på',
  switchHint: 'Tryk L for at skifte sprog, og derefter tallet',
}

const nb: Labels = {
  kinds: SECTION_TITLES.nb,
  glossary: 'Ord vi bruker',
  letsTalk: 'La oss snakke om det',
  notes: 'Talernotater',
  readMore: 'Les mer',
  scanToOpen: 'Skann for å åpne',
  deck: 'Presentasjon',
  poster: 'Plakat',
  stories: 'Fortellinger',
  weGoFrom: 'Vi går fra … til … fordi …',
  language: 'Språk',
  alsoIn: 'Finnes også på',
  switchHint: 'Trykk L for å bytte språk, og deretter tallet',
}

const nn: Labels = {
  kinds: SECTION_TITLES.nn,
  glossary: 'Ord vi brukar',
  letsTalk: 'La oss snakke om det',
  notes: 'Talarnotat',
  readMore: 'Les meir',
  scanToOpen: 'Skann for å opne',
  deck: 'Presentasjon',
  poster: 'Plakat',
  stories: 'Forteljingar',
  weGoFrom: 'Vi går frå … til … fordi …',
  language: 'Språk',
  alsoIn: 'Finst òg på',
  switchHint: 'Trykk L for å byte språk, og deretter talet',
}

const sv: Labels = {
  kinds: SECTION_TITLES.sv,
  glossary: 'Ord vi använder',
  letsTalk: 'Låt oss prata om det',
  notes: 'Talarmanus',
  readMore: 'Läs mer',
  scanToOpen: 'Skanna för att öppna',
  deck: 'Presentation',
  poster: 'Affisch',
  stories: 'Berättelser',
  weGoFrom: 'Vi går från … till … därför att …',
  language: 'Språk',
  alsoIn: 'Finns även på',
  switchHint: 'Tryck L för att byta språk och sedan siffran',
}

const de: Labels = {
  kinds: SECTION_TITLES.de,
  glossary: 'Wörter, die wir verwenden',
  letsTalk: 'Sprechen wir darüber',
  notes: 'Sprechernotizen',
  readMore: 'Mehr lesen',
  scanToOpen: 'Zum Öffnen scannen',
  deck: 'Präsentation',
  poster: 'Plakat',
  stories: 'Geschichten',
  weGoFrom: 'Wir gehen von … zu … weil …',
  language: 'Sprache',
  alsoIn: 'Auch auf',
  switchHint: 'Drücken Sie L, um die Sprache zu wechseln, dann die Ziffer',
}

const byLang: Readonly<Record<Lang, Labels>> = { en, da, nb, nn, sv, de }

/** Labels for a language. */
export function labelsFor(lang: Lang): Labels {
  return byLang[lang]
}

/**
 * Format an ISO date (`2026-11-22`) for a language, e.g. `22. november 2026`,
 * as `Intl.DateTimeFormat` with `dateStyle: 'long'` writes it.
 *
 * Note: from our own month names, not `Intl`: making the first formatter
 * loads the locale data (about 25 ms of a one-story build), and the text
 * stays the same whatever ICU data a Node build carries.
 */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  const name = MONTHS[lang][month - 1] ?? ''
  switch (lang) {
    case 'en':
      return `${name} ${day}, ${year}`
    case 'sv':
      return `${day} ${name} ${year}`
    default:
      return `${day}. ${name} ${year}`
  }
}

const NORWEGIAN_MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const
const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  nb: NORWEGIAN_MONTHS,
  nn: NORWEGIAN_MONTHS,
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
}
