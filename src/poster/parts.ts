/**
 * Story -> what the poster shows, part by part (no notes, ever). Shared by
 * the fitting model and the view model, so both measure the same text.
 */
import type { List, Paragraph, RootContent } from 'mdast'
import type { Position } from 'unist'
import { labelsFor } from '../i18n/labels.ts'
import type { Question, SectionKind, SpineKind, Story } from '../types.ts'

/** One titled (or untitled) piece of a section: a role, a step, a slide. */
export interface PosterItem {
  title?: string
  /** Steps: the timeline marker (`2027`). */
  time?: string
  /** Visible Markdown of the item (never notes). */
  nodes: RootContent[]
  position: Position
}

/** A non-spine section as the poster shows it. */
export interface PosterBlock {
  kind: SectionKind
  /** The section heading as the author wrote it. */
  label: string
  /** Items in order; an untitled first item is the section's introduction. */
  items: PosterItem[]
  position: Position
}

/** One part of the spine. */
export interface PosterSpinePart {
  kind: SpineKind
  /** "From", "To", "Because" in the story's language. */
  label: string
  headline: Paragraph | undefined
  /** First paragraph of the elaboration, shown small where there is room. */
  elaboration: Paragraph | undefined
  position: Position
}

/** Questions to discuss ("let's talk"). */
export interface PosterTalk {
  label: string
  /** Non-list text of the questions section. */
  intro: RootContent[]
  questions: Question[]
  position: Position | undefined
}

/** Everything the poster shows, grouped by where it goes. */
export interface PosterParts {
  lead: RootContent[]
  /** Span of the lead in the file (for messages); undefined without a lead. */
  leadPosition: Position | undefined
  spine: PosterSpinePart[]
  /** Purpose, picture, customers and free chapters, in story order. */
  about: PosterBlock[]
  roles: PosterBlock | undefined
  steps: PosterBlock | undefined
  talk: PosterTalk | undefined
  /** Glossary entries in frontmatter order. */
  glossary: Array<{ term: string; meaning: string }>
  glossaryLabel: string
}

const SPINE: readonly SpineKind[] = ['from', 'to', 'because']
const ABOUT: ReadonlySet<SectionKind> = new Set(['purpose', 'picture', 'customers', 'chapter'])

/** Pick the poster's parts out of a story. Pure; notes are left behind. */
export function posterParts(story: Story): PosterParts {
  const labels = labelsFor(story.meta.lang)
  const spine: PosterSpinePart[] = []
  for (const kind of SPINE) {
    const section = story.spine[kind]
    if (section === undefined) continue
    const first = section.slides[0]
    const elaboration = first?.body.find((node): node is Paragraph => node.type === 'paragraph')
    spine.push({
      kind,
      label: labels.kinds[kind],
      headline: section.headline?.node,
      elaboration,
      position: section.position,
    })
  }

  const blockOf = (kind: SectionKind): PosterBlock | undefined => {
    const section = story.sections.find((candidate) => candidate.kind === kind)
    return section === undefined ? undefined : toBlock(section)
  }
  const toBlock = (section: Story['sections'][number]): PosterBlock => ({
    kind: section.kind,
    label: section.title,
    items: section.slides
      .filter((slide) => slide.body.length > 0 || slide.title !== undefined)
      .map((slide) => ({
        ...(slide.title === undefined ? {} : { title: slide.title }),
        ...(slide.time === undefined ? {} : { time: slide.time }),
        nodes: slide.body,
        position: slide.position,
      })),
    position: section.position,
  })

  const about = story.sections.filter((section) => ABOUT.has(section.kind)).map(toBlock)
  const questionsSection = story.sections.find((section) => section.kind === 'questions')
  const intro = (questionsSection?.slides ?? []).flatMap((slide) => slide.body.filter((node) => !isList(node)))
  const talk: PosterTalk | undefined =
    story.questions.length > 0 || intro.length > 0
      ? { label: labels.letsTalk, intro, questions: story.questions, position: questionsSection?.position }
      : undefined

  return {
    lead: story.lead,
    leadPosition: spanOf(story.lead),
    spine,
    about: about.filter((block) => block.items.length > 0),
    roles: nonEmpty(blockOf('roles')),
    steps: nonEmpty(blockOf('steps')),
    talk,
    glossary: Object.entries(story.meta.glossary).map(([term, meaning]) => ({ term, meaning })),
    glossaryLabel: labels.glossary,
  }
}

function nonEmpty(block: PosterBlock | undefined): PosterBlock | undefined {
  return block === undefined || block.items.length === 0 ? undefined : block
}

function isList(node: RootContent): node is List {
  return node.type === 'list'
}

function spanOf(nodes: readonly RootContent[]): Position | undefined {
  const first = nodes[0]?.position
  const last = nodes.at(-1)?.position
  return first && last ? { start: first.start, end: last.end } : undefined
}
