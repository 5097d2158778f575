/**
 * Words of the story index (landing page) besides those in `labels.ts`: the
 * download links, the filter box and the page buttons, per language.
 * `{shown}`, `{total}`, `{page}` and `{pages}` are filled in by the page.
 */
import type { Lang } from '../types.ts'

/** Every label the story index prints. */
export interface SiteLabels {
  deckPdf: string
  posterPdf: string
  /** The handout (printed, with room to write). */
  handout: string
  pptx: string
  /** The deck as one self-contained file, to mail around. */
  singleFile: string
  /** Label of the filter box. */
  filter: string
  /** Hint inside the filter box. */
  filterHint: string
  noMatch: string
  /** `{shown} of {total} stories`. */
  count: string
  /** The same when there is only one story: `{shown} of {total} story`. */
  countOne: string
  previous: string
  next: string
  /** `Page {page} of {pages}`. */
  page: string
  /** Name of the page navigation, for screen readers. */
  pages: string
}

const SITE_LABELS: Readonly<Record<Lang, SiteLabels>> = {
  en: {
    deckPdf: 'Deck (PDF)',
    posterPdf: 'Poster (PDF)',
    handout: 'Handout',
    pptx: 'PowerPoint',
    singleFile: 'Deck as one file',
    filter: 'Find a story',
    filterHint: 'Title, organisation or headline',
    noMatch: 'No story matches these words.',
    count: '{shown} of {total} stories',
    countOne: '{shown} of {total} story',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {page} of {pages}',
    pages: 'Pages',
  },
  da: {
    deckPdf: 'Præsentation (PDF)',
    posterPdf: 'Plakat (PDF)',
    handout: 'Uddelingsark',
    pptx: 'PowerPoint',
    singleFile: 'Præsentation som én fil',
    filter: 'Find en fortælling',
    filterHint: 'Titel, organisation eller overskrift',
    noMatch: 'Ingen fortælling passer til de ord.',
    count: '{shown} af {total} fortællinger',
    countOne: '{shown} af {total} fortælling',
    previous: 'Forrige',
    next: 'Næste',
    page: 'Side {page} af {pages}',
    pages: 'Sider',
  },
  nb: {
    deckPdf: 'Presentasjon (PDF)',
    posterPdf: 'Plakat (PDF)',
    handout: 'Utdelingsark',
    pptx: 'PowerPoint',
    singleFile: 'Presentasjon som én fil',
    filter: 'Finn en fortelling',
    filterHint: 'Tittel, organisasjon eller overskrift',
    noMatch: 'Ingen fortelling passer til disse ordene.',
    count: '{shown} av {total} fortellinger',
    countOne: '{shown} av {total} fortelling',
    previous: 'Forrige',
    next: 'Neste',
    page: 'Side {page} av {pages}',
    pages: 'Sider',
  },
  nn: {
    deckPdf: 'Presentasjon (PDF)',
    posterPdf: 'Plakat (PDF)',
    handout: 'Utdelingsark',
    pptx: 'PowerPoint',
    singleFile: 'Presentasjon som éi fil',
    filter: 'Finn ei forteljing',
    filterHint: 'Tittel, organisasjon eller overskrift',
    noMatch: 'Inga forteljing passar til desse orda.',
    count: '{shown} av {total} forteljingar',
    countOne: '{shown} av {total} forteljing',
    previous: 'Førre',
    next: 'Neste',
    page: 'Side {page} av {pages}',
    pages: 'Sider',
  },
  sv: {
    deckPdf: 'Presentation (PDF)',
    posterPdf: 'Affisch (PDF)',
    handout: 'Åhörarmaterial',
    pptx: 'PowerPoint',
    singleFile: 'Presentation som en fil',
    filter: 'Hitta en berättelse',
    filterHint: 'Titel, organisation eller rubrik',
    noMatch: 'Ingen berättelse passar de orden.',
    count: '{shown} av {total} berättelser',
    countOne: '{shown} av {total} berättelse',
    previous: 'Föregående',
    next: 'Nästa',
    page: 'Sida {page} av {pages}',
    pages: 'Sidor',
  },
  de: {
    deckPdf: 'Präsentation (PDF)',
    posterPdf: 'Plakat (PDF)',
    handout: 'Handout',
    pptx: 'PowerPoint',
    singleFile: 'Präsentation als eine Datei',
    filter: 'Geschichte finden',
    filterHint: 'Titel, Organisation, Kernaussage',
    noMatch: 'Keine Geschichte passt zu diesen Wörtern.',
    count: '{shown} von {total} Geschichten',
    countOne: '{shown} von {total} Geschichte',
    previous: 'Zurück',
    next: 'Weiter',
    page: 'Seite {page} von {pages}',
    pages: 'Seiten',
  },
}

/** The story index's labels in a language. */
export function siteLabelsFor(lang: Lang): SiteLabels {
  return SITE_LABELS[lang]
}
