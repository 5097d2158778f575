/**
 * Section headings in every supported language. A heading is recognised
 * whatever the story's `lang` says.
 */
import type { SectionKind, SpineKind } from '../types.ts'

/** Heading words per section kind (all languages together). */
export const SECTION_HEADINGS: Readonly<Record<Exclude<SectionKind, 'chapter'>, readonly string[]>> = {
  from: ['From', 'Fra', 'Frå', 'Från', 'Von'],
  to: ['To', 'Til', 'Till', 'Zu', 'Hin zu'],
  because: ['Because', 'Fordi', 'Därför att', 'Därför', 'Eftersom', 'Weil'],
  purpose: ['Purpose', 'Formål', 'Føremål', 'Syfte', 'Zweck'],
  picture: ['The picture', 'Picture', 'Vision', 'Billedet', 'Bildet', 'Visjon', 'Bilden', 'Das Bild'],
  customers: [
    'For our customers',
    'For our citizens',
    'For our members',
    'For our patients',
    'For borgerne',
    'For innbyggerne',
    'For innbyggjarane',
    'För invånarna',
    'För medborgarna',
    'Für unsere Bürger',
    'Für unsere Bürgerinnen und Bürger',
    'For kunderne',
    'For kundene',
    'For kundane',
    'För kunderna',
    'Für unsere Kunden',
  ],
  roles: [
    'What it means for you',
    'Hvad det betyder for dig',
    'Hva det betyr for deg',
    'Kva det betyr for deg',
    'Vad det betyder för dig',
    'Was es für dich bedeutet',
    'Was es für Sie bedeutet',
  ],
  steps: [
    'The way there',
    'Steps',
    'Vejen dertil',
    'Skridt',
    'Veien dit',
    'Vegen dit',
    'Steg',
    'Vägen dit',
    'Der Weg dorthin',
    'Schritte',
  ],
  questions: ['Questions', 'Spørgsmål', 'Spørsmål', 'Frågor', 'Fragen'],
}

/** The required kinds, in story order. */
export const SPINE_KINDS: readonly SpineKind[] = ['from', 'to', 'because']

/** Words that start a speaker-notes paragraph (`Note:`), all languages. */
export const NOTE_WORDS: readonly string[] = [
  'Note',
  'Notes',
  'Noter',
  'Notat',
  'Notater',
  'Notatar',
  'Anteckningar',
  'Anteckning',
  'Notiz',
  'Notizen',
]

/**
 * Normalise heading text for matching: Unicode NFC, lower case, single
 * spaces, no trailing punctuation.
 */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.:;!?…,]+$/u, '')
}

const lookup: ReadonlyMap<string, SectionKind> = new Map(
  Object.entries(SECTION_HEADINGS).flatMap(([kind, words]) =>
    words.map((word) => [normaliseHeading(word), kind as SectionKind] as const),
  ),
)

/** Section kind of a `#` heading's text; `chapter` when it is no known kind. */
export function sectionKindOf(text: string): SectionKind {
  return lookup.get(normaliseHeading(text)) ?? 'chapter'
}

/** Headings of one kind joined for messages: `# To` (or `# Til`, `# Till`, …). */
export function headingExamples(kind: Exclude<SectionKind, 'chapter'>): string {
  const [first, ...rest] = SECTION_HEADINGS[kind]
  const others = [...new Set(rest)].slice(0, 4).map((word) => `\`# ${word}\``)
  return `\`# ${first}\`${others.length > 0 ? ` (or ${others.join(', ')})` : ''}`
}
