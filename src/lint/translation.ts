/**
 * What a language version must share with its source: its sections, the
 * number of roles, steps and questions, the numbers in the spine headlines
 * and steps (years, percentages, amounts), and the glossary's
 * abbreviations. Pure; the coach compares two shapes, and `storydeck
 * translations sync` keeps a fingerprint of the source's shape in a version.
 */
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { LANGS, type Lang, type Section, type SectionKind, type Slide, type SpineKind, type Story } from '../types.ts'

/** A step with the numbers it names. */
export interface StepShape {
  numbers: string[]
  position: Position
}

/** The parts of a story a translation keeps. */
export interface StoryShape {
  /** Section kinds in document order (chapters as `chapter`). */
  sections: SectionKind[]
  roles: number
  steps: StepShape[]
  questions: number
  /** Numbers in each spine headline. */
  headlines: Partial<Record<SpineKind, { numbers: string[]; position: Position | undefined }>>
  /** Glossary abbreviations, sorted. */
  glossary: string[]
}

/** The shape of `story`. */
export function shapeOf(story: Story): StoryShape {
  const section = (kind: SectionKind): Section | undefined => story.sections.find((each) => each.kind === kind)
  const named = (slides: readonly Slide[] | undefined): Slide[] =>
    (slides ?? []).filter((slide) => slide.title !== undefined || slide.time !== undefined)
  const headlines: StoryShape['headlines'] = {}
  for (const kind of ['from', 'to', 'because'] as const) {
    const headline = story.spine[kind]?.headline
    if (headline) headlines[kind] = { numbers: numbersIn(headline.text), position: headline.node.position }
  }
  return {
    sections: story.sections.map((each) => each.kind),
    roles: named(section('roles')?.slides).length,
    steps: named(section('steps')?.slides).map((slide) => ({
      numbers: numbersIn([slide.time ?? '', slide.title ?? '', ...slide.body.map((node) => toString(node))].join(' ')),
      position: slide.position,
    })),
    questions: story.questions.length,
    headlines,
    glossary: Object.keys(story.meta.glossary).sort(),
  }
}

/**
 * The numbers a text names, normalised so that languages compare: `1,5` and
 * `1.5` are `1.5`; `10,000`, `10.000` and `10 000` are `10000`; `40 %` and
 * `40%` are `40`. Sorted.
 */
export function numbersIn(text: string): string[] {
  const found = text.match(/\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g) ?? []
  return found
    .map((raw) =>
      // Note: `1.500` and `1,500` are both read as 1500, whatever the language.
      /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(raw) ? raw.replace(/[.,\u00a0\u202f ]/g, '') : raw.replace(',', '.'),
    )
    .sort()
}

/** A short fingerprint of the shape (12 hexadecimal digits): what `source-fingerprint` holds. */
export function fingerprintOf(story: Story): string {
  const shape = shapeOf(story)
  const data = JSON.stringify({
    sections: shape.sections,
    roles: shape.roles,
    steps: shape.steps.map((step) => step.numbers),
    questions: shape.questions,
    headlines: Object.fromEntries(Object.entries(shape.headlines).map(([kind, each]) => [kind, each.numbers])),
    glossary: shape.glossary,
  })
  return (
    fnv(data, 0x811c9dc5).toString(16).padStart(8, '0') +
    fnv(data, 0x01000193).toString(16).padStart(8, '0').slice(0, 4)
  )
}

/** 32-bit FNV-1a of the text's UTF-16 code units. */
function fnv(text: string, seed: number): number {
  let hash = seed >>> 0
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/** The marker `storydeck new --from` puts before text still to translate, per language. */
export const TRANSLATE_MARKERS: Readonly<Record<Lang, string>> = {
  en: '[translate]',
  da: '[oversæt]',
  nb: '[oversett]',
  nn: '[omset]',
  sv: '[översätt]',
  de: '[übersetzen]',
}

/** Whether a text still carries a marker of any language. */
export function markerIn(text: string): string | undefined {
  const lower = text.toLowerCase()
  return LANGS.map((lang) => TRANSLATE_MARKERS[lang]).find((marker) => lower.includes(marker))
}
