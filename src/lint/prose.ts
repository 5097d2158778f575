/**
 * The remark-retext bridge: turns the visible text of a story (lead,
 * headings, headlines, slide bodies; never speaker notes) into natural
 * language trees (nlcst) whose positions are true to the file, one tree per
 * paragraph-like block, so rules can count sentences and words and place
 * findings on single words.
 */
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { ParseEnglish } from 'parse-english'
import { ParseLatin } from 'parse-latin'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { Lang, Section, Story } from '../types.ts'

/** What part of the story a block belongs to. */
export type BlockKind = 'lead' | 'heading' | 'headline' | 'body'

/** One paragraph-like piece of visible text. */
export interface ProseBlock {
  kind: BlockKind
  /** The `#` section it is in; undefined for the lead. */
  section: Section | undefined
  /** The mdast node (a table cell is given as a paragraph). */
  node: Paragraph | Heading
  /** Sentences of the block, in order. */
  sentences: Sentence[]
  /** The block's text as the coach reads it (inline markup removed). */
  text: string
  /** The place in the file of `text.slice(start, end)`. */
  placeOf(start: number, end: number): Position
}

// Note: parsers keep no state between parses, so one instance per kind is
// shared; retext-english knows English abbreviations, retext-latin serves the
// other languages.
const english = new ParseEnglish()
const latin = new ParseLatin()

/** Longest paragraph, in characters, that the coach reads. */
export const MAX_PROSE_CHARS = 50_000

/**
 * Collect the visible prose of a story in document order.
 *
 * @param file the story file the nodes come from (for positions).
 */
export function collectProse(file: VFile, story: Story): ProseBlock[] {
  const parser = story.meta.lang === 'en' ? english : latin
  const blocks: ProseBlock[] = []
  const add = (kind: BlockKind, section: Section | undefined, node: Paragraph | Heading): void => {
    if (node.position === undefined) return
    // Note: a paragraph this long is not prose a coach can help with (and
    // mdast-util-to-nlcst overflows the stack on ~200 000 words); the deck's
    // `deck/slide-too-long` still reports it.
    if ((node.position.end.offset ?? 0) - (node.position.start.offset ?? 0) > MAX_PROSE_CHARS) return
    const tree = toNlcst(node, file, parser)
    blocks.push(toBlock(kind, section, node, tree))
  }
  const walk = (kind: BlockKind, section: Section | undefined, nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph') add(kind, section, node)
      else if (node.type === 'heading') add('heading', section, node)
      else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        walk(kind, section, node.children)
      } else if (node.type === 'table') {
        for (const row of node.children) {
          for (const cell of row.children) {
            if (cell.position)
              add(kind, section, {
                type: 'paragraph',
                children: cell.children as PhrasingContent[],
                position: cell.position,
              })
          }
        }
      }
    }
  }
  walk('lead', undefined, story.lead)
  for (const section of story.sections) {
    add('heading', section, section.heading)
    if (section.headline) add('headline', section, section.headline.node)
    for (const slide of section.slides) {
      if (slide.heading) add('heading', section, slide.heading)
      walk('body', section, slide.body)
    }
  }
  return blocks
}

interface Leaf {
  /** Offset in the block's text. */
  at: number
  length: number
  start: Point
  end: Point
}

function toBlock(
  kind: BlockKind,
  section: Section | undefined,
  node: Paragraph | Heading,
  tree: NlcstRoot,
): ProseBlock {
  const leaves: Leaf[] = []
  const sentences: Sentence[] = []
  let text = ''
  const visit = (nlcst: NlcstRoot | NlcstRoot['children'][number]): void => {
    if (nlcst.type === 'SentenceNode') sentences.push(nlcst)
    if ('children' in nlcst) {
      for (const child of nlcst.children) visit(child)
      return
    }
    if (nlcst.position)
      leaves.push({ at: text.length, length: nlcst.value.length, start: nlcst.position.start, end: nlcst.position.end })
    text += nlcst.value
  }
  visit(tree)
  const fallback = node.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  const pointAt = (offset: number, edge: 'start' | 'end'): Point => {
    const leaf = findLeaf(leaves, edge === 'start' ? offset : offset - 1)
    if (leaf === undefined) return fallback[edge]
    const delta = edge === 'start' ? offset - leaf.at : offset - leaf.at - leaf.length
    const base = edge === 'start' ? leaf.start : leaf.end
    // Note: a leaf is one word or one run of spaces, so it never breaks a line where a match starts or ends.
    return {
      line: base.line,
      column: base.column + delta,
      ...(base.offset === undefined ? {} : { offset: base.offset + delta }),
    }
  }
  return {
    kind,
    section,
    node,
    sentences,
    text,
    placeOf: (start, end) => ({ start: pointAt(start, 'start'), end: pointAt(end, 'end') }),
  }
}

function findLeaf(leaves: readonly Leaf[], offset: number): Leaf | undefined {
  let low = 0
  let high = leaves.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const leaf = leaves[middle]
    if (leaf === undefined) break
    if (offset < leaf.at) high = middle - 1
    else if (offset >= leaf.at + leaf.length) low = middle + 1
    else return leaf
  }
  return undefined
}

/** Words of a sentence that contain a letter or digit (not lone symbols). */
export function wordsOf(sentence: Sentence): Word[] {
  return sentence.children.filter(
    (child): child is Word => child.type === 'WordNode' && /[\p{L}\p{N}]/u.test(nlcstToString(child)),
  )
}

/** The plain text of an nlcst node. */
export const textOf = nlcstToString

/** Parser used for a language (exported for tests). */
export function parserFor(lang: Lang): ParseEnglish | ParseLatin {
  return lang === 'en' ? english : latin
}
