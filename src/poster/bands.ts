/**
 * The poster's bands as arithmetic: how tall the header, spine, about
 * columns, role tiles, timeline, questions and footer get at a body size in
 * a given width. Every size and space is the theme's (`PosterGeometry`, in
 * em of the body size), the same numbers its `poster.css` reads as
 * `--sd-poster-*` custom properties.
 */
import type { RootContent } from 'mdast'
import type { PosterGeometry } from '../themes/poster-geometry.ts'
import type { Story } from '../types.ts'
import { measureNodes as measureNodesWith, measureText as measureTextWith, type Typeset } from './measure.ts'
import type { PosterBlock, PosterItem, PosterParts } from './parts.ts'

/** The theme's geometry at one body size: what every band is measured with. */
export interface Scale {
  /** The theme's poster geometry. */
  G: Readonly<PosterGeometry>
  /** Body size in pt. */
  b: number
}

/** Two question columns only where each is this much wider (em) than the narrowest text column. */
const QUESTION_COLUMN_EXTRA = 6

// Note: the geometry goes first here so each band reads `measureText(G, …)`; the typesetter takes it last.
const measureText = (G: Readonly<PosterGeometry>, text: string, set: Readonly<Typeset>): number =>
  measureTextWith(text, set, G)
const measureNodes = (G: Readonly<PosterGeometry>, nodes: readonly RootContent[], set: Readonly<Typeset>): number =>
  measureNodesWith(nodes, set, G)

/** A band's height in pt and the column count it was measured with. */
export interface Band {
  height: number
  columns: number
}

/** Organisation, title, subtitle, lead and the rule below them. */
export function headerBand(story: Story, parts: PosterParts, { G, b }: Scale, width: number): number {
  const meta = story.meta
  let height = measureText(G, meta.title, { font: G.title * b, width, lineHeight: G.titleLine, bold: true })
  if (meta.organisation) height += G.eyebrow * b * G.labelLine + G.eyebrowGap * b
  if (meta.subtitle)
    height +=
      G.subtitleGap * b + measureText(G, meta.subtitle, { font: G.subtitle * b, width, lineHeight: G.subtitleLine })
  if (parts.lead.length > 0) {
    height +=
      G.leadGap * b +
      measureNodes(G, parts.lead, {
        font: G.lead * b,
        width: Math.min(width, G.leadMeasure * G.lead * b),
        lineHeight: G.leadLine,
      })
  }
  return height + G.headerBottom * b
}

/** Three cards side by side, as tall as the tallest. */
export function spineBand(
  parts: PosterParts,
  { G, b }: Scale,
  width: number,
  headlineEm: number,
  elaborations: boolean,
): number {
  if (parts.spine.length === 0) return 0
  const inner = (width - 2 * G.spineGap * b) / 3 - 2 * G.cardPad * b
  const cards = parts.spine.map((part) => {
    let height = G.label * b * G.labelLine + G.labelGap * b
    if (part.headline)
      height += measureNodes(G, [part.headline], {
        font: headlineEm * b,
        width: inner,
        lineHeight: G.headlineLine,
        bold: true,
      })
    if (elaborations && part.elaboration) {
      height += G.elaborationGap * b + measureNodes(G, [part.elaboration], { font: G.elaboration * b, width: inner })
    }
    return height
  })
  return Math.max(...cards) + 2 * G.cardPad * b
}

/** Purpose, picture, customers and chapters in balanced columns (at most three). */
export function aboutBand(parts: PosterParts, scale: Scale, width: number): Band {
  const { G, b } = scale
  if (parts.about.length === 0) return { height: 0, columns: 1 }
  const fit = Math.floor((width + G.columnGap * b) / ((G.minColumn + G.columnGap) * b))
  const columns = Math.max(1, Math.min(3, fit, parts.about.length))
  const column = (width - (columns - 1) * G.columnGap * b) / columns
  const heights = parts.about.map((block) =>
    block.items.reduce(
      (sum, item) => sum + itemHeight(item, scale, column) + G.itemGap * b,
      headingHeight(block.label, scale, column),
    ),
  )
  return { height: balancedColumns(heights, columns), columns }
}

/** One tile per role, in the grid that comes out shortest. */
export function rolesBand(parts: PosterParts, scale: Scale, width: number): Band {
  const { G, b } = scale
  if (!parts.roles) return { height: 0, columns: 1 }
  return bestGrid(
    parts.roles,
    scale,
    width,
    (item, inner) => 2 * G.tilePad * b + itemHeight(item, scale, inner - G.tileSides * b),
    G.tileGap,
  )
}

/** The steps as a timeline: across (a grid) or down (one column, line on the left). */
export function stepsBand(parts: PosterParts, scale: Scale, width: number, down: boolean): Band {
  const { G, b } = scale
  if (!parts.steps) return { height: 0, columns: 1 }
  const time = (item: PosterItem, inner: number) =>
    Math.max(
      G.stepTime * b * G.stepTimeLine,
      measureText(G, item.time ?? '', { font: G.stepTime * b, width: inner, lineHeight: G.stepTimeLine, bold: true }),
    )
  if (!down)
    return bestGrid(
      parts.steps,
      scale,
      width,
      (item, inner) => time(item, inner) + G.stepMarker * b + itemHeight(item, scale, inner),
      G.stepGap,
    )
  const inner = width - G.stepIndent * b
  return bestGrid(
    parts.steps,
    scale,
    width,
    (item) => time(item, inner) + G.stepTimeGap * b + itemHeight(item, scale, inner),
    G.stepGap,
    1,
  )
}

/** Let's talk, with the glossary beside the questions or below them. */
export function talkBand(parts: PosterParts, scale: Scale, width: number, glossaryBeside: boolean): Band {
  const { G, b } = scale
  const hasGlossary = parts.glossary.length > 0
  const beside = hasGlossary && glossaryBeside
  const glossaryWidth = beside ? (width - G.columnGap * b) / 3 : width
  const talkWidth = beside ? width - glossaryWidth - G.columnGap * b : width
  let columns = 1
  let talk = 0
  if (parts.talk) {
    columns = !hasGlossary && width >= 2 * (G.minColumn + QUESTION_COLUMN_EXTRA) * b ? 2 : 1
    const column = (talkWidth - (columns - 1) * G.columnGap * b) / columns - G.questionIndent * b
    const heights = parts.talk.questions.map(
      (question) => measureNodes(G, question.children, { font: G.question * b, width: column }) + G.itemGap * b,
    )
    talk =
      headingHeight(parts.talk.label, scale, talkWidth) +
      measureNodes(G, parts.talk.intro, { font: b, width: talkWidth }) +
      balancedColumns(heights, columns)
  }
  let box = 0
  if (hasGlossary) {
    const inner = glossaryWidth - 2 * G.tilePad * b
    box = 2 * G.tilePad * b + G.itemTitle * b * G.glossaryTitleLine + G.glossaryTitleGap * b
    for (const entry of parts.glossary)
      box +=
        measureText(G, `${entry.term} ${entry.meaning}`, { font: G.glossary * b, width: inner }) + G.glossaryGap * b
  }
  const height = beside ? Math.max(talk, box) : talk + box + (talk > 0 && box > 0 ? G.columnGap * b : 0)
  return { height, columns }
}

/** Author, role and date; link and QR code. */
export function footerBand(story: Story, { G, b }: Scale, qr: number): number {
  const text = 2 * b * G.lineHeight + 2 * G.footerSmall * b * G.lineHeight
  return G.footerPad * b + Math.max(story.meta.poster.link ? qr : 0, text)
}

/**
 * Height of balanced columns holding unbreakable blocks in order: the
 * shortest height at which filling each column in turn fits them all.
 */
export function balancedColumns(heights: readonly number[], columns: number): number {
  const total = heights.reduce((sum, height) => sum + height, 0)
  const fits = (limit: number) => {
    let used = 1
    let filled = 0
    for (const height of heights) {
      if (filled > 0 && filled + height > limit) {
        used++
        filled = 0
      }
      filled += height
    }
    return used <= columns
  }
  let low = Math.max(0, ...heights)
  let high = Math.max(low, total)
  while (high - low > 1) {
    const middle = (low + high) / 2
    if (fits(middle)) high = middle
    else low = middle
  }
  return fits(low) ? low : high
}

function headingHeight(text: string, { G, b }: Scale, width: number): number {
  return measureText(G, text, { font: G.heading * b, width, lineHeight: G.headingLine, bold: true }) + G.headingGap * b
}

/** An item: its title (bold, a little larger) above its Markdown. */
function itemHeight(item: PosterItem, { G, b }: Scale, width: number): number {
  const title =
    item.title === undefined
      ? 0
      : measureText(G, item.title, { font: G.itemTitle * b, width, lineHeight: G.itemTitleLine, bold: true }) +
        G.itemTitleGap * b
  return title + measureNodes(G, item.nodes, { font: b, width })
}

/**
 * Heading, untitled introduction, then the titled items in a grid. Column
 * counts that leave a lonely last row are skipped; the shortest grid wins.
 */
function bestGrid(
  block: PosterBlock,
  scale: Scale,
  width: number,
  cell: (item: PosterItem, inner: number) => number,
  rowGap: number,
  most = Number.POSITIVE_INFINITY,
): Band {
  const { G, b } = scale
  const [first, ...rest] = block.items
  const intro = first && first.title === undefined && first.time === undefined ? first : undefined
  const items = intro ? rest : block.items
  let top = headingHeight(block.label, scale, width)
  if (intro) top += measureNodes(G, intro.nodes, { font: b, width }) + G.itemGap * b
  let best = { height: Number.POSITIVE_INFINITY, columns: 1 }
  const n = items.length
  for (let columns = Math.max(1, Math.min(n, most)); columns >= 1; columns--) {
    const inner = (width - (columns - 1) * G.tileGap * b) / columns
    if (columns > 1 && inner < G.minTile * b) continue
    if (columns > 1 && columns < n && n % columns !== 0 && n % columns < columns / 2) continue
    let height = 0
    for (let row = 0; row < n; row += columns) {
      height +=
        Math.max(...items.slice(row, row + columns).map((item) => cell(item, inner))) + (row > 0 ? rowGap * b : 0)
    }
    if (height < best.height) best = { height, columns }
  }
  return { height: top + (n === 0 ? 0 : best.height), columns: best.columns }
}
