/**
 * Issue 18: the handout puts up to three slides on a page, a slide with notes
 * beside its notes, and never leaves a page mostly empty.
 */
import { describe, expect, it } from 'vitest'
import { HANDOUT_ROWS_PER_PAGE, planHandout, rowsFor } from '../../src/render/handout-plan.ts'

const shape = (lengths: number[]): string[] =>
  planHandout(lengths).map((page) => page.map((row) => `${row.slide}:${row.rows}${row.layout[0]}`).join(' '))

describe('planHandout', () => {
  it('puts three slides without notes on a page, and draws a slide alone on the last page large', () => {
    expect(shape([0, 0, 0, 0, 0, 0, 0])).toEqual(['0:1b 1:1b 2:1b', '3:1b 4:1b 5:1b', '6:3s'])
  })

  it('gives long notes more rows, and the room a page has left to its last slide', () => {
    expect(shape([0, 2000, 300, 900, 5000])).toEqual(['0:3s', '1:3s', '2:1b 3:2b', '4:3s'])
    expect(shape([100, 0, 1500, 0])).toEqual(['0:1b 1:2b', '2:2b 3:1b'])
  })

  it('fills every page: its rows always add up to a whole page', () => {
    const lengths = Array.from({ length: 60 }, (_, index) => (index * 977) % 4200)
    const pages = planHandout(lengths)
    for (const page of pages) expect(page.reduce((sum, row) => sum + row.rows, 0)).toBe(HANDOUT_ROWS_PER_PAGE)
    expect(pages.flat().map((row) => row.slide)).toEqual(lengths.map((_, index) => index))
  })

  it('sizes notes by their length', () => {
    expect([0, 700, 701, 1800, 1801, 9000].map(rowsFor)).toEqual([1, 1, 2, 2, 3, 3])
  })
})
