/**
 * A rough typesetter for the poster's fitting model: how tall a run of
 * Markdown gets at a font size in a column width. It errs on the tall side
 * (wide average glyphs, ragged line ends), so a poster that fits here fits on
 * paper.
 */
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { PosterGeometry } from '../themes/poster-geometry.ts'

/**
 * Calibration of the typesetter: how wide glyphs run and what word wrapping
 * loses. Not CSS; the sizes and spaces it measures with come from the theme
 * (see {@link TextMetrics}).
 */
export const CALIBRATION = Object.freeze({
  /** Average advance of one character, in em (DejaVu Sans, the widest common fallback). */
  charEm: 0.55,
  /** Characters lost at the end of each line to word wrapping. */
  wrapLoss: 3,
})

/** The theme's text sizes the typesetter needs, in em of the font size (see `PosterGeometry`). */
export type TextMetrics = Pick<PosterGeometry, 'lineHeight' | 'paragraphGap' | 'listItemGap' | 'indent' | 'image'>

/** Typeset settings for {@link measureNodes}. */
export interface Typeset {
  /** Font size in pt. */
  font: number
  /** Column width in pt. */
  width: number
  /** Line height factor (default `metrics.lineHeight`). */
  lineHeight?: number
  /** Bold text: glyphs are about a tenth wider. */
  bold?: boolean
}

// Note: a memo, not state: node -> plain-text length never changes for a node,
// and the fitting search measures the same nodes a few hundred times.
const lengths = new WeakMap<object, number>()

/** Plain-text length of a node, memoised. */
function textLength(node: RootContent | TableCellLike): number {
  let length = lengths.get(node)
  if (length === undefined) {
    length = toString(node).length
    lengths.set(node, length)
  }
  return length
}

type TableCellLike = Extract<RootContent, { type: 'tableCell' }>

/** Lines a run of `chars` characters takes at the given size and width. */
export function lineCount(chars: number, font: number, width: number): number {
  if (chars <= 0) return 0
  const perLine = Math.max(4, Math.floor(width / (CALIBRATION.charEm * font)) - CALIBRATION.wrapLoss)
  return Math.ceil(chars / perLine)
}

/** Height in pt of plain text. */
export function measureText(text: string, set: Readonly<Typeset>, metrics: Readonly<TextMetrics>): number {
  return measureLength(text.length, set, metrics)
}

function measureLength(length: number, set: Readonly<Typeset>, metrics: Readonly<TextMetrics>): number {
  const chars = set.bold ? length * 1.1 : length
  return lineCount(chars, set.font, set.width) * set.font * (set.lineHeight ?? metrics.lineHeight)
}

/** Height in pt of Markdown block nodes, gaps between blocks included. */
export function measureNodes(
  nodes: readonly RootContent[],
  set: Readonly<Typeset>,
  metrics: Readonly<TextMetrics>,
): number {
  let height = 0
  let blocks = 0
  for (const node of nodes) {
    const own = measureNode(node, set, metrics)
    if (own <= 0) continue
    height += own
    blocks++
  }
  return height + Math.max(0, blocks - 1) * metrics.paragraphGap * set.font
}

function measureNode(node: RootContent, set: Readonly<Typeset>, metrics: Readonly<TextMetrics>): number {
  const { font, width } = set
  const lh = set.lineHeight ?? metrics.lineHeight
  switch (node.type) {
    case 'paragraph': {
      const images = node.children.filter((child) => child.type === 'image').length
      return measureLength(textLength(node), set, metrics) + images * (metrics.image + metrics.paragraphGap) * font
    }
    case 'heading':
      return lineCount(textLength(node), font * 1.1, width) * font * 1.1 * 1.25
    case 'list': {
      const inner = { ...set, width: width - metrics.indent * font }
      const items = node.children.map((item) => measureNodes(item.children, inner, metrics))
      return items.reduce((sum, item) => sum + item, 0) + Math.max(0, items.length - 1) * metrics.listItemGap * font
    }
    case 'blockquote':
      return measureNodes(node.children, { ...set, width: width - metrics.indent * font }, metrics)
    case 'code': {
      const small = font * 0.9
      const perLine = Math.max(4, Math.floor(width / (0.62 * small)))
      const lines = node.value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0)
      return lines * small * 1.35 + font
    }
    case 'table': {
      const columns = Math.max(1, node.children[0]?.children.length ?? 1)
      const cellWidth = width / columns - 0.6 * font
      return node.children.reduce((sum, row) => {
        const tallest = Math.max(1, ...row.children.map((cell) => lineCount(textLength(cell), font, cellWidth)))
        return sum + tallest * font * lh + 0.4 * font
      }, 0)
    }
    case 'html':
      return measureText(node.value, set, metrics)
    case 'thematicBreak':
      return font
    default:
      return 0
  }
}
