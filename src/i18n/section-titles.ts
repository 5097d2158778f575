/**
 * The name of each part of a story (From, To, Because, …) in each language:
 * the one list the story model, the coach and the renderers all use.
 */
import type { Lang, SectionKind } from '../types.ts'

/** Section title per kind, per language (empty for a chapter, which has its own title). */
export const SECTION_TITLES: Readonly<Record<Lang, Readonly<Record<SectionKind, string>>>> = {
  en: {
    from: 'From',
    to: 'To',
    because: 'Because',
    purpose: 'Purpose',
    picture: 'The picture',
    customers: 'For our customers',
    roles: 'What it means for you',
    steps: 'The way there',
    questions: 'Questions',
    chapter: '',
  },
  da: {
    from: 'Fra',
    to: 'Til',
    because: 'Fordi',
    purpose: 'Formål',
    picture: 'Billedet',
    customers: 'For kunderne',
    roles: 'Hvad det betyder for dig',
    steps: 'Vejen dertil',
    questions: 'Spørgsmål',
    chapter: '',
  },
  nb: {
    from: 'Fra',
    to: 'Til',
    because: 'Fordi',
    purpose: 'Formål',
    picture: 'Bildet',
    customers: 'For kundene',
    roles: 'Hva det betyr for deg',
    steps: 'Veien dit',
    questions: 'Spørsmål',
    chapter: '',
  },
  nn: {
    from: 'Frå',
    to: 'Til',
    because: 'Fordi',
    purpose: 'Føremål',
    picture: 'Bildet',
    customers: 'For kundane',
    roles: 'Kva det betyr for deg',
    steps: 'Vegen dit',
    questions: 'Spørsmål',
    chapter: '',
  },
  sv: {
    from: 'Från',
    to: 'Till',
    because: 'Därför att',
    purpose: 'Syfte',
    picture: 'Bilden',
    customers: 'För kunderna',
    roles: 'Vad det betyder för dig',
    steps: 'Vägen dit',
    questions: 'Frågor',
    chapter: '',
  },
  de: {
    from: 'Von',
    to: 'Zu',
    because: 'Weil',
    purpose: 'Zweck',
    picture: 'Das Bild',
    customers: 'Für unsere Kunden',
    roles: 'Was es für dich bedeutet',
    steps: 'Der Weg dorthin',
    questions: 'Fragen',
    chapter: '',
  },
}

/** The title of a part of the story in a language, e.g. `sectionTitle('en', 'roles')` -> `What it means for you`. */
export function sectionTitle(lang: Lang, kind: SectionKind): string {
  return SECTION_TITLES[lang][kind]
}

/** The title of a part of the story in every language, for a message shown in any of them. */
export function sectionTitles(kind: SectionKind): Readonly<Record<Lang, string>> {
  return Object.fromEntries(Object.entries(SECTION_TITLES).map(([lang, titles]) => [lang, titles[kind]])) as Record<
    Lang,
    string
  >
}
