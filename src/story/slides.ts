/**
 * mdast -> slides: split a section's nodes at `##` headings and `---`
 * breaks, and separate speaker notes from what is shown.
 */
import type { Heading, Paragraph, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import type { Slide } from '../types.ts'
import { NOTE_WORDS } from './kinds.ts'

const NOTE_PREFIX = new RegExp(`^\\s*(?:${NOTE_WORDS.join('|')})\\s*:\\s*`, 'iu')

/** A run of nodes that becomes one slide, before notes are separated. */
export interface Chunk {
  heading?: Heading
  nodes: RootContent[]
}

/**
 * Split the nodes of one section into chunks: a `##` heading starts a new
 * chunk (and belongs to it); a thematic break ends one (and is dropped).
 */
export function splitChunks(nodes: readonly RootContent[]): Chunk[] {
  const chunks: Chunk[] = [{ nodes: [] }]
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 2) {
      chunks.push({ heading: node, nodes: [] })
    } else if (node.type === 'thematicBreak') {
      chunks.push({ nodes: [] })
    } else {
      chunks.at(-1)?.nodes.push(node)
    }
  }
  return chunks
}

/** Whether a paragraph starts speaker notes (`Note:`, `Noter:`, …). */
export function isNoteParagraph(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false
  const first = node.children[0]
  return first?.type === 'text' && NOTE_PREFIX.test(first.value)
}

/** Split nodes into visible body and notes (from the first note paragraph on). */
export function splitNotes(nodes: readonly RootContent[]): { body: RootContent[]; notes: RootContent[] } {
  const index = nodes.findIndex(isNoteParagraph)
  if (index === -1) return { body: [...nodes], notes: [] }
  const notes = nodes.slice(index)
  const [first, ...rest] = notes
  return { body: nodes.slice(0, index), notes: [...stripNotePrefix(first as Paragraph), ...rest] }
}

function stripNotePrefix(paragraph: Paragraph): Paragraph[] {
  const [first, ...rest] = paragraph.children
  if (first?.type !== 'text') return [paragraph]
  const value = first.value.replace(NOTE_PREFIX, '')
  const children = value === '' ? rest : [{ ...first, value }, ...rest]
  return children.length === 0 ? [] : [{ ...paragraph, children }]
}

/** Turn a chunk into a slide; `undefined` when it holds nothing at all. */
export function chunkToSlide(chunk: Chunk, timed: boolean): Slide | undefined {
  const { body, notes } = splitNotes(chunk.nodes)
  if (chunk.heading === undefined && body.length === 0 && notes.length === 0) return undefined
  const slide: Slide = { body, notes, position: spanOf([chunk.heading, ...chunk.nodes]) }
  if (chunk.heading) {
    const title = plainText(chunk.heading)
    slide.heading = chunk.heading
    const time = timed ? splitTime(title) : undefined
    if (time) {
      slide.time = time.time
      if (time.title !== '') slide.title = time.title
    } else {
      slide.title = title
    }
  }
  return slide
}

// Note: a time marker is a year, a quarter or half (`Q1 2027`, `H2 2027`), a
// month or season word before a year (`Spring 2027`, `Høsten 2026`), or a range
// of years (`2026–2027`, `2026 to 2027`). Anything else with a number (`Hire 40 people`) is text.
const TIME = String.raw`(?:(?:Q[1-4]|H[12]|\p{L}+\.?)\s+)?(?:19|20)\d{2}(?:(?:\s*[–—-]\s*|\s+(?:to|til|till|bis|until)\s+)(?:(?:Q[1-4]|H[12]|\p{L}+\.?)\s+)?(?:19|20)\d{2})?|Q[1-4]|H[12]`
const TIME_ONLY = new RegExp(`^(?:${TIME})$`, 'iu')
const TIME_AND_TITLE = [
  new RegExp(`^(${TIME})\\s+[—–-]\\s+(.+)$`, 'iu'),
  new RegExp(`^(${TIME})\\s*:\\s*(.+)$`, 'iu'),
  new RegExp(`^(${TIME})\\s*[—–]\\s*(.+)$`, 'iu'),
]

/**
 * Split a step heading into its time marker and text:
 * `2027 — first claims settle` -> `2027` + `first claims settle`.
 * A heading that is only a time (`2027`, `Q1 2027`) has no text.
 */
export function splitTime(title: string): { time: string; title: string } | undefined {
  const text = title.trim()
  if (TIME_ONLY.test(text)) return { time: text, title: '' }
  for (const pattern of TIME_AND_TITLE) {
    const match = pattern.exec(text)
    if (match) return { time: (match[1] ?? '').trim(), title: (match[2] ?? '').trim() }
  }
  return undefined
}

/** A node's text with white space (line breaks too) folded to single spaces. */
export function plainText(node: Parameters<typeof toString>[0]): string {
  return toString(node).replace(/\s+/g, ' ').trim()
}

/** The span from the first to the last positioned node. */
export function spanOf(nodes: ReadonlyArray<{ position?: Position | undefined } | undefined>): Position {
  const positioned = nodes.filter((node) => node?.position !== undefined)
  const first = positioned[0]?.position
  const last = positioned.at(-1)?.position
  return {
    start: first?.start ?? { line: 1, column: 1, offset: 0 },
    end: last?.end ?? first?.end ?? { line: 1, column: 1, offset: 0 },
  }
}
