/**
 * The poster's fitting model: sizes that grow with the sheet, legibility
 * for the coach, the longest parts named with their place, and a layout
 * that never estimates more than the sheet holds.
 */
import { describe, expect, it } from 'vitest'
import { balancedColumns } from '../../src/poster/bands.ts'
import { ELABORATION_PT, FLOOR_PT, MIN_BODY_PT, posterFit, posterPage } from '../../src/poster/fit.ts'
import type { Orientation, PaperSize, Story } from '../../src/types.ts'
import { parse, withBody } from '../util/story.ts'

const SIZES: readonly PaperSize[] = ['A4', 'letter', 'A3', 'tabloid', 'A2']

function storyOf(body: string, size: PaperSize = 'A3', orientation: Orientation = 'portrait'): Story {
  const { story } = parse(
    withBody(body, `title: A story\nlang: en\nposter:\n  size: ${size}\n  orientation: ${orientation}`),
  )
  if (story === undefined) throw new Error('did not parse')
  return story
}

const sentence = 'Our people know the customer by name and settle the claim before the kettle boils.'
const para = (times: number) => Array.from({ length: times }, () => sentence).join(' ')

/** A story of typical length, each text multiplied by `times`. */
function typical(times: number): string {
  return `${para(times)}

# From
${para(times)}

${para(2 * times)}

# To
${para(times)}

# Because
${para(times)}

# The picture
${para(4 * times)}

# What it means for you

## Claims handlers
${para(2 * times)}

## Customer service
${para(2 * times)}

## IT
${para(2 * times)}

## Team leaders
${para(2 * times)}

# The way there

## 2026 — First
${para(2 * times)}

## 2027 — Second
${para(2 * times)}

## 2028 — Third
${para(2 * times)}

# Questions
- ${para(times)}
- ${para(times)}
- ${para(times)}
`
}

describe('posterFit', () => {
  it('gives a short story the sheet’s largest size, with elaborations and big headlines', () => {
    const fit = posterFit(storyOf('# From\nOld.\n\nMore.\n\n# To\nNew.\n\n# Because\nWhy.\n'))
    expect(fit.bodyPt).toBe(posterPage(storyOf('# From\nA.\n\n# To\nB.\n\n# Because\nC.\n')).maxBody)
    expect(fit.legible).toBe(true)
    expect(fit.fits).toBe(true)
    expect(fit.elaborations).toBe(true)
    expect(fit.headlineEm).toBe(2.3)
  })

  it('grows the body size with the sheet', () => {
    const sizes = SIZES.map((size) => posterFit(storyOf(typical(1), size)).bodyPt)
    expect(sizes[0]).toBeLessThanOrEqual(sizes[2] ?? 0)
    expect(sizes[2]).toBeLessThanOrEqual(sizes[4] ?? 0)
    expect(sizes[1]).toBeLessThanOrEqual(sizes[3] ?? 0)
  })

  it('fits a typical story legibly on A3 and A2', () => {
    for (const size of ['A3', 'A2'] as const) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const fit = posterFit(storyOf(typical(1), size, orientation))
        expect(fit.legible, `${size} ${orientation}`).toBe(true)
        expect(fit.bodyPt).toBeGreaterThanOrEqual(MIN_BODY_PT)
      }
    }
  })

  it('drops the elaborations before going below their size', () => {
    for (const size of SIZES) {
      const fit = posterFit(storyOf(typical(2), size))
      if (fit.elaborations) expect(fit.bodyPt).toBeGreaterThanOrEqual(ELABORATION_PT)
    }
  })

  it('still fits ten times the text on one sheet of every size, and says it is not legible', () => {
    for (const size of SIZES) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const fit = posterFit(storyOf(typical(10), size, orientation))
        expect(fit.legible, `${size} ${orientation}`).toBe(false)
        expect(fit.fits, `${size} ${orientation}`).toBe(true)
        expect(fit.bodyPt).toBeGreaterThanOrEqual(FLOOR_PT)
        expect(fit.contentHeight).toBeLessThanOrEqual(fit.page.height - 2 * fit.page.pad)
      }
    }
  })

  it('names the longest parts with their labels and places, longest first', () => {
    const fit = posterFit(storyOf(typical(10), 'A4'))
    const top = fit.longest.slice(0, 3)
    expect(top[0]?.label).toBe('The picture')
    expect(top.map((part) => part.label).sort()).toEqual(['From', 'Let’s talk', 'The picture'])
    expect(fit.longest.map((part) => part.label)).toContain('What it means for you — Claims handlers')
    expect(top.map((part) => part.words)).toEqual([...top.map((part) => part.words)].sort((a, b) => b - a))
    expect(top[0]?.position.start.line).toBeGreaterThan(1)
  })

  it('splits landscape sheets below the spine and stacks portrait ones', () => {
    expect(posterFit(storyOf(typical(1), 'A3', 'landscape')).split).toBe(true)
    expect(posterFit(storyOf(typical(1), 'A3', 'portrait')).split).toBe(false)
  })

  it('uses the sheet size in points, with a margin and a QR code of at least 2 cm', () => {
    const page = posterPage(storyOf('# From\nA.\n\n# To\nB.\n\n# Because\nC.\n', 'A4', 'landscape'))
    expect(Math.round(page.width)).toBe(842)
    expect(Math.round(page.height)).toBe(595)
    expect(page.qr).toBeGreaterThanOrEqual((20 * 72) / 25.4 - 0.5)
    expect(page.pad).toBeGreaterThan(20)
  })
})

describe('balancedColumns', () => {
  it('packs unbreakable blocks into the shortest columns', () => {
    expect(balancedColumns([10, 10, 10], 3)).toBeCloseTo(10, 0)
    expect(balancedColumns([30, 10, 10, 10], 2)).toBeCloseTo(30, 0)
    expect(balancedColumns([10, 10, 10, 10], 1)).toBeCloseTo(40, 0)
    expect(balancedColumns([50], 3)).toBeCloseTo(50, 0)
  })
})
