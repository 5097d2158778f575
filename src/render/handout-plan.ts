/**
 * Which slides of the handout share an A4 page. Pure arithmetic over the
 * slides' notes, so the page count is known before printing.
 *
 * A page is three rows high. A slide without notes takes one row: the slide
 * with ruled lines beside it to write on. A slide with notes takes one, two or
 * three rows by the length of its notes: the slide with its notes beside (and,
 * with more rows, below) it. Rows fill pages in slide order; a row that does
 * not fit starts the next page, and the last row of a page grows into the
 * room left, so no page is mostly empty: a slide alone on a page is drawn
 * large, its notes or lines below.
 */

/** Rows of one A4 page. */
export const HANDOUT_ROWS_PER_PAGE = 3

/** Notes up to this many characters fit beside a slide in one row. */
const ONE_ROW = 700
/** … and up to this many in two rows. */
const TWO_ROWS = 1800

/** One slide's place on a page. */
export interface HandoutRow {
  /** Index of the slide in the deck. */
  slide: number
  /** Rows it spans (1–3), after growing into the room left on its page. */
  rows: number
  /** `beside`: small slide, notes or lines beside it; `stacked`: the slide across the page, notes or lines below. */
  layout: 'beside' | 'stacked'
}

/** Rows a slide needs for its notes (characters of text; 0 for none). */
export function rowsFor(notesLength: number): number {
  if (notesLength <= ONE_ROW) return 1
  return notesLength <= TWO_ROWS ? 2 : 3
}

/**
 * Lay the slides out on pages.
 *
 * @param notesLengths characters of speaker notes per slide, in deck order (0 for none).
 * @returns the pages, each a list of rows adding up to {@link HANDOUT_ROWS_PER_PAGE}.
 */
export function planHandout(notesLengths: readonly number[]): HandoutRow[][] {
  const pages: HandoutRow[][] = []
  let page: HandoutRow[] = []
  let used = 0
  const close = (): void => {
    const last = page.at(-1)
    if (last === undefined) return
    last.rows += HANDOUT_ROWS_PER_PAGE - used
    pages.push(page)
    page = []
    used = 0
  }
  notesLengths.forEach((length, slide) => {
    const rows = rowsFor(length)
    if (used + rows > HANDOUT_ROWS_PER_PAGE) close()
    page.push({ slide, rows, layout: 'beside' })
    used += rows
  })
  close()
  for (const row of pages.flat()) if (row.rows >= HANDOUT_ROWS_PER_PAGE) row.layout = 'stacked'
  return pages
}
