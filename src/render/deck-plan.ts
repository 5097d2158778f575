/**
 * Story -> the ordered list of deck slides, before any HTML: which slide
 * shows what, and which notes go with it. Pure; the slide count of a deck is
 * the length of this plan.
 */
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Section, SectionKind, Slide, SpineKind, Story } from '../types.ts'

/** Speaker notes for one slide: groups, each optionally labelled (a role name). */
export interface NoteGroup {
  label?: string
  nodes: RootContent[]
}

/** One planned slide. */
export type SlidePlan =
  | { type: 'title'; notes: NoteGroup[] }
  | { type: 'statement'; spine: SpineKind; section: Section; notes: NoteGroup[] }
  | { type: 'content'; section: Section; slide: Slide; notes: NoteGroup[] }
  | { type: 'roles'; section: Section; slides: Slide[]; notes: NoteGroup[] }
  | { type: 'timeline'; section: Section; slides: Slide[]; notes: NoteGroup[] }
  | { type: 'closing'; notes: NoteGroup[] }

/** Order of the section kinds on the deck (spine first, questions last). */
const ORDER: readonly SectionKind[] = [
  'from',
  'to',
  'because',
  'purpose',
  'picture',
  'customers',
  'roles',
  'steps',
  'chapter',
  'questions',
]

/** Most role cards on one grid slide. */
export const MAX_ROLE_CARDS = 6
/** Longest role text (characters) that still fits a card. */
export const MAX_ROLE_CARD_TEXT = 260
/** Most steps on one timeline slide. */
export const MAX_TIMELINE_STEPS = 4

/** Plan the slides of a story, in deck order. */
export function planDeck(story: Story): SlidePlan[] {
  const plans: SlidePlan[] = [{ type: 'title', notes: noteGroup(story.leadNotes) }]
  for (const kind of ORDER) {
    for (const section of story.sections) {
      if (section.kind === kind) plans.push(...planSection(section))
    }
  }
  plans.push({ type: 'closing', notes: [] })
  return plans
}

/** Number of slides the deck of `story` has (what `Reveal.getTotalSlides()` reports). */
export function deckSlideCount(story: Story): number {
  return planDeck(story).length
}

function planSection(section: Section): SlidePlan[] {
  const plans: SlidePlan[] = []
  const spine =
    section.kind === 'from' || section.kind === 'to' || section.kind === 'because' ? section.kind : undefined
  if (spine !== undefined && section.headline) {
    plans.push({ type: 'statement', spine, section, notes: noteGroup(section.headline.notes) })
  }
  const grouped = section.kind === 'roles' || section.kind === 'steps'
  let run: Slide[] = []
  const flush = (): void => {
    if (run.length > 0) plans.push(...(section.kind === 'roles' ? planRoles(section, run) : planSteps(section, run)))
    run = []
  }
  for (const slide of section.slides) {
    const onlyNotes = slide.title === undefined && slide.time === undefined && slide.body.length === 0
    const previous = plans.at(-1)
    if (onlyNotes && previous !== undefined && run.length === 0) {
      // Note: notes after a `---` with nothing visible belong to the slide before.
      previous.notes.push(...noteGroup(slide.notes))
    } else if (grouped && (slide.title !== undefined || slide.time !== undefined)) {
      run.push(slide)
    } else {
      flush()
      plans.push({ type: 'content', section, slide, notes: noteGroup(slide.notes) })
    }
  }
  flush()
  return plans
}

/** Roles: one grid slide when the run fits on cards, else one slide per role. */
function planRoles(section: Section, slides: Slide[]): SlidePlan[] {
  const fits = slides.length <= MAX_ROLE_CARDS && slides.every((slide) => isShort(slide, MAX_ROLE_CARD_TEXT))
  if (fits) return [{ type: 'roles', section, slides, notes: labelledNotes(slides) }]
  return slides.map((slide) => ({ type: 'content', section, slide, notes: noteGroup(slide.notes) }))
}

/** Steps: timeline slides of up to four short steps (fewer when the text is long), balanced. */
function planSteps(section: Section, slides: Slide[]): SlidePlan[] {
  const longest = Math.max(...slides.map((slide) => (hasBlock(slide) ? Infinity : textLength(slide))))
  const size = longest <= 220 ? MAX_TIMELINE_STEPS : longest <= 420 ? 2 : 1
  const count = Math.ceil(slides.length / size)
  const plans: SlidePlan[] = []
  let start = 0
  for (let index = 0; index < count; index++) {
    const take = Math.ceil((slides.length - start) / (count - index))
    const group = slides.slice(start, start + take)
    start += take
    plans.push({ type: 'timeline', section, slides: group, notes: labelledNotes(group) })
  }
  return plans
}

function noteGroup(nodes: RootContent[]): NoteGroup[] {
  return nodes.length > 0 ? [{ nodes: [...nodes] }] : []
}

function labelledNotes(slides: readonly Slide[]): NoteGroup[] {
  return slides
    .filter((slide) => slide.notes.length > 0)
    .map((slide) => ({ label: slideLabel(slide), nodes: [...slide.notes] }))
}

/** `2027 — Title` for a step, the heading text for a role. */
export function slideLabel(slide: Slide): string {
  return [slide.time, slide.title].filter((part) => part !== undefined && part !== '').join(' — ')
}

function textLength(slide: Slide): number {
  return slide.body.reduce((sum, node) => sum + toString(node).length, 0)
}

/** Whether a slide has something that does not fit a card: images, tables, code. */
function hasBlock(slide: Slide): boolean {
  return slide.body.some((node) => node.type === 'table' || node.type === 'code' || containsImage(node))
}

function containsImage(node: RootContent): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  return 'children' in node && (node.children as RootContent[]).some(containsImage)
}

function isShort(slide: Slide, max: number): boolean {
  return !hasBlock(slide) && textLength(slide) <= max
}

/**
 * Columns of the role cards' grid for `count` cards: one row of up to three,
 * two by two for four, else rows of three. The deck, the handout and the
 * PowerPoint all lay the roles out by it.
 */
export function roleGridColumns(count: number): number {
  if (count <= 3) return Math.max(count, 1)
  return count === 4 ? 2 : 3
}
