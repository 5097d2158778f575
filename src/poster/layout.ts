/**
 * The poster's print layout: bands stacked down the sheet, or (landscape)
 * the spine across the top and two columns below it. Adds up the band
 * heights from `bands.ts` for one choice of sizes.
 */
import type { PosterGeometry } from '../themes/poster-geometry.ts'
import type { Story } from '../types.ts'
import { aboutBand, footerBand, headerBand, rolesBand, spineBand, stepsBand, talkBand } from './bands.ts'
import type { PosterParts } from './parts.ts'

/** A sheet in pt. */
export interface Page {
  width: number
  height: number
  /** Margin on every side. */
  pad: number
  /** Side of the QR code. */
  qr: number
  /** Largest body size for this sheet. */
  maxBody: number
}

/** Sizes, arrangement and column counts the renderer prints with. */
export interface LayoutChoice {
  /** Body size in pt. */
  bodyPt: number
  /** Spine headline size in em of the body. */
  headlineEm: number
  /** Whether the spine shows the first paragraph of each elaboration. */
  elaborations: boolean
  /** Two columns below the spine (about and roles | steps and questions) instead of one stack. */
  split: boolean
  columns: { about: number; roles: number; steps: number; questions: number }
}

/** Options of {@link posterLayout}. */
export type LayoutOptions = Pick<LayoutChoice, 'bodyPt' | 'headlineEm' | 'elaborations' | 'split'>

/**
 * Estimate the poster's content height (pt) for one choice of sizes.
 *
 * @param G the theme's poster geometry.
 */
export function posterLayout(
  parts: PosterParts,
  story: Story,
  page: Page,
  G: Readonly<PosterGeometry>,
  options: Readonly<LayoutOptions>,
): { height: number; bands: number[]; choice: LayoutChoice } {
  const { bodyPt: b, headlineEm, elaborations, split } = options
  const scale = { G, b }
  const gap = G.bandGap * b
  const width = page.width - 2 * page.pad
  const stack = (heights: readonly number[]) => {
    const present = heights.filter((height) => height > 0)
    return present.reduce((sum, height) => sum + height, 0) + Math.max(0, present.length - 1) * gap
  }

  const wide = split ? ((width - G.columnGap * b) * G.splitWide) / (G.splitWide + 1) : width
  const narrow = split ? width - wide - G.columnGap * b : width
  const about = aboutBand(parts, scale, wide)
  const roles = rolesBand(parts, scale, wide)
  const steps = stepsBand(parts, scale, narrow, split)
  const talk = talkBand(parts, scale, narrow, !split)

  const top = [headerBand(story, parts, scale, width), spineBand(parts, scale, width, headlineEm, elaborations)]
  const below = split
    ? [Math.max(stack([about.height, roles.height]), stack([steps.height, talk.height]))]
    : [about.height, roles.height, steps.height, talk.height]
  const bands = [...top, ...below, footerBand(story, scale, page.qr)]
  return {
    height: stack(bands),
    bands,
    choice: {
      bodyPt: b,
      headlineEm,
      elaborations,
      split,
      columns: { about: about.columns, roles: roles.columns, steps: steps.columns, questions: talk.columns },
    },
  }
}
