/**
 * The poster's bands as arithmetic: how tall the header, spine, about
 * columns, role tiles, timeline, questions and footer get at a body size in
 * a given width. `poster.css` follows the numbers in {@link GEOMETRY} (all in
 * em of the body size); a theme that sets larger ones may not fit its sheet.
 */
import type { Story } from '../types.ts'
import { measureNodes, measureText } from './poster-measure.ts'
import type { PosterBlock, PosterItem, PosterParts } from './poster-parts.ts'

/** Spacing and type sizes of the printed poster, in em of the body size. */
export const GEOMETRY = Object.freeze({
  /** Width share of the wide column when the poster splits below the spine (landscape). */
  splitWide: 1.85,
  bandGap: 1.5,
  eyebrow: 0.85,
  title: 4.2,
  titleLine: 1.08,
  subtitle: 1.35,
  lead: 1.2,
  headerBottom: 1.1,
  spineGap: 2.2,
  cardPad: 1.1,
  label: 0.85,
  labelGap: 0.5,
  headlineLine: 1.16,
  elaboration: 0.95,
  elaborationGap: 0.7,
  heading: 1.35,
  headingGap: 0.8,
  itemTitle: 1.08,
  itemGap: 0.8,
  columnGap: 1.6,
  tileGap: 1,
  /** Space between steps of a timeline that wraps or runs down. */
  stepGap: 1.25,
  tilePad: 0.9,
  /** Space the line and dot under a step's time take. */
  stepMarker: 1.25,
  /** Horizontal padding and border of a role tile. */
  tileSides: 2.15,
  /** Left indent of a timeline that runs down (line and dots). */
  stepIndent: 1.42,
  question: 1.05,
  footerPad: 0.8,
  /** Narrowest text column, in em. */
  minColumn: 16,
  minTile: 12,
})

/** A band's height in pt and the column count it was measured with. */
export interface Band {
  height: number
  columns: number
}

/** Organisation, title, subtitle, lead and the rule below them. */
export function headerBand(story: Story, parts: PosterParts, b: number, width: number): number {
  const G = GEOMETRY
  const meta = story.meta
  let height = measureText(meta.title, { font: G.title * b, width, lineHeight: G.titleLine, bold: true })
  if (meta.organisation) height += G.eyebrow * b * 1.3 + 0.4 * b
  if (meta.subtitle) height += 0.3 * b + measureText(meta.subtitle, { font: G.subtitle * b, width, lineHeight: 1.3 })
  if (parts.lead.length > 0) {
    height +=
      0.8 * b +
      measureNodes(parts.lead, { font: G.lead * b, width: Math.min(width, 40 * G.lead * b), lineHeight: 1.42 })
  }
  return height + G.headerBottom * b
}

/** Three cards side by side, as tall as the tallest. */
export function spineBand(
  parts: PosterParts,
  b: number,
  width: number,
  headlineEm: number,
  elaborations: boolean,
): number {
  const G = GEOMETRY
  if (parts.spine.length === 0) return 0
  const inner = (width - 2 * G.spineGap * b) / 3 - 2 * G.cardPad * b
  const cards = parts.spine.map((part) => {
    let height = G.label * b * 1.3 + G.labelGap * b
    if (part.headline)
      height += measureNodes([part.headline], {
        font: headlineEm * b,
        width: inner,
        lineHeight: G.headlineLine,
        bold: true,
      })
    if (elaborations && part.elaboration) {
      height += G.elaborationGap * b + measureNodes([part.elaboration], { font: G.elaboration * b, width: inner })
    }
    return height
  })
  return Math.max(...cards) + 2 * G.cardPad * b
}

/** Purpose, picture, customers and chapters in balanced columns (at most three). */
export function aboutBand(parts: PosterParts, b: number, width: number): Band {
  const G = GEOMETRY
  if (parts.about.length === 0) return { height: 0, columns: 1 }
  const fit = Math.floor((width + G.columnGap * b) / ((G.minColumn + G.columnGap) * b))
  const columns = Math.max(1, Math.min(3, fit, parts.about.length))
  const column = (width - (columns - 1) * G.columnGap * b) / columns
  const heights = parts.about.map((block) =>
    block.items.reduce(
      (sum, item) => sum + itemHeight(item, b, column) + G.itemGap * b,
      headingHeight(block.label, b, column),
    ),
  )
  return { height: balancedColumns(heights, columns), columns }
}

/** One tile per role, in the grid that comes out shortest. */
export function rolesBand(parts: PosterParts, b: number, width: number): Band {
  const G = GEOMETRY
  if (!parts.roles) return { height: 0, columns: 1 }
  return bestGrid(
    parts.roles,
    b,
    width,
    (item, inner) => 2 * G.tilePad * b + itemHeight(item, b, inner - G.tileSides * b),
    G.tileGap,
  )
}

/** The steps as a timeline: across (a grid) or down (one column, line on the left). */
export function stepsBand(parts: PosterParts, b: number, width: number, down: boolean): Band {
  const G = GEOMETRY
  if (!parts.steps) return { height: 0, columns: 1 }
  const time = (item: PosterItem, inner: number) =>
    Math.max(
      1.25 * b * 1.2,
      measureText(item.time ?? '', { font: 1.25 * b, width: inner, lineHeight: 1.2, bold: true }),
    )
  if (!down)
    return bestGrid(
      parts.steps,
      b,
      width,
      (item, inner) => time(item, inner) + G.stepMarker * b + itemHeight(item, b, inner),
      G.stepGap,
    )
  const inner = width - G.stepIndent * b
  return bestGrid(
    parts.steps,
    b,
    width,
    (item) => time(item, inner) + 0.25 * b + itemHeight(item, b, inner),
    G.stepGap,
    1,
  )
}

/** Let's talk, with the glossary beside the questions or below them. */
export function talkBand(parts: PosterParts, b: number, width: number, glossaryBeside: boolean): Band {
  const G = GEOMETRY
  const hasGlossary = parts.glossary.length > 0
  const beside = hasGlossary && glossaryBeside
  const glossaryWidth = beside ? (width - G.columnGap * b) / 3 : width
  const talkWidth = beside ? width - glossaryWidth - G.columnGap * b : width
  let columns = 1
  let talk = 0
  if (parts.talk) {
    columns = !hasGlossary && width >= 2 * (G.minColumn + 6) * b ? 2 : 1
    const column = (talkWidth - (columns - 1) * G.columnGap * b) / columns - 2.2 * b
    const heights = parts.talk.questions.map(
      (question) => measureNodes(question.children, { font: G.question * b, width: column }) + G.itemGap * b,
    )
    talk =
      headingHeight(parts.talk.label, b, talkWidth) +
      measureNodes(parts.talk.intro, { font: b, width: talkWidth }) +
      balancedColumns(heights, columns)
  }
  let box = 0
  if (hasGlossary) {
    const inner = glossaryWidth - 2 * G.tilePad * b
    box = 2 * G.tilePad * b + G.itemTitle * b * 1.3 + 0.4 * b
    for (const entry of parts.glossary)
      box += measureText(`${entry.term} ${entry.meaning}`, { font: 0.95 * b, width: inner }) + 0.35 * b
  }
  const height = beside ? Math.max(talk, box) : talk + box + (talk > 0 && box > 0 ? G.columnGap * b : 0)
  return { height, columns }
}

/** Author, role and date; link and QR code. */
export function footerBand(story: Story, b: number, qr: number): number {
  const text = 2 * b * 1.4 + 2 * 0.92 * b * 1.4
  return GEOMETRY.footerPad * b + Math.max(story.meta.poster.link ? qr : 0, text)
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

function headingHeight(text: string, b: number, width: number): number {
  return measureText(text, { font: GEOMETRY.heading * b, width, lineHeight: 1.2, bold: true }) + GEOMETRY.headingGap * b
}

/** An item: its title (bold, a little larger) above its Markdown. */
function itemHeight(item: PosterItem, b: number, width: number): number {
  const title =
    item.title === undefined
      ? 0
      : measureText(item.title, { font: GEOMETRY.itemTitle * b, width, lineHeight: 1.25, bold: true }) + 0.3 * b
  return title + measureNodes(item.nodes, { font: b, width })
}

/**
 * Heading, untitled introduction, then the titled items in a grid. Column
 * counts that leave a lonely last row are skipped; the shortest grid wins.
 */
function bestGrid(
  block: PosterBlock,
  b: number,
  width: number,
  cell: (item: PosterItem, inner: number) => number,
  rowGap: number,
  most = Number.POSITIVE_INFINITY,
): Band {
  const G = GEOMETRY
  const [first, ...rest] = block.items
  const intro = first && first.title === undefined && first.time === undefined ? first : undefined
  const items = intro ? rest : block.items
  let top = headingHeight(block.label, b, width)
  if (intro) top += measureNodes(intro.nodes, { font: b, width }) + G.itemGap * b
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
