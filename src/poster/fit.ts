/**
 * The poster's fitting model: picks the body size, headline size and column
 * counts so the whole story fits one sheet, and says when that is only
 * possible below a legible size (the coach's `poster/too-long` rule).
 * Pure and fast: a few dozen estimates of the layout in `layout.ts`, with
 * the sizes and spaces of the theme's `poster` block (`PosterGeometry`).
 */
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { POSTER_GEOMETRY, type PosterGeometry } from '../themes/poster-geometry.ts'
import type { PaperSize, Story } from '../types.ts'
import { posterLayout, type LayoutChoice, type Page } from './layout.ts'
import { posterParts, type PosterParts } from './parts.ts'

/** Smallest body size in pt that still reads well on paper at arm's length. */
export const MIN_BODY_PT = 9

/**
 * Body size the search never goes below: unreadable, but still the whole
 * story on its sheet (the coach warns long before). Only a story too long
 * even for this is cut at the sheet's edge; then `fits` is false.
 */
export const FLOOR_PT = 2

/** Below this body size the spine drops its elaborations before shrinking further. */
export const ELABORATION_PT = 10

/** Share of the sheet's height the estimate may fill: room for fonts a little wider than the model's. */
export const SAFETY = 0.985

/** Body size (pt) given up for a larger spine headline. */
export const HEADLINE_TRADE_PT = 0.5

/** Headline sizes tried, in em of the body size, largest first. */
export const HEADLINE_EMS: readonly number[] = [2.3, 2.05, 1.8]

const PAPER_MM: Readonly<Record<PaperSize, readonly [number, number]>> = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
  letter: [215.9, 279.4],
  tabloid: [279.4, 431.8],
}

const PT_PER_MM = 72 / 25.4

/** A part of the story and how many words it puts on the poster. */
export interface PosterPartSize {
  /** What the author calls it, in the story's language (`What it means for you — IT`). */
  label: string
  words: number
  position: Position
}

/** The fitted poster: sizes for the renderer, legibility for the coach. */
export interface PosterFit extends LayoutChoice {
  /** Whether the body text is at least {@link MIN_BODY_PT}. */
  legible: boolean
  /** Whether the whole story fits the sheet (false only below {@link FLOOR_PT}: the sheet's edge cuts it). */
  fits: boolean
  /** Every part the poster shows with its word count, longest first. */
  longest: PosterPartSize[]
  page: Page
  /** Estimated content height in pt (at most the sheet minus its margins when the story fits). */
  contentHeight: number
}

/** The sheet in pt for a story's poster settings, with margin, QR size and largest body size. */
export function posterPage(story: Story): Page {
  const [short, long] = PAPER_MM[story.meta.poster.size]
  const landscape = story.meta.poster.orientation === 'landscape'
  const width = (landscape ? long : short) * PT_PER_MM
  const height = (landscape ? short : long) * PT_PER_MM
  const smaller = Math.min(width, height)
  return {
    width,
    height,
    pad: round(smaller * 0.05, 0.5),
    qr: round(Math.min(32 * PT_PER_MM, Math.max(20 * PT_PER_MM, smaller * 0.08)), 0.5),
    maxBody: round(smaller * 0.019, 0.25),
  }
}

/**
 * Fit a story on its poster sheet, measured with a theme's poster geometry.
 *
 * Tries, in order: the largest body size (in 0.25 pt steps, up to the
 * sheet's largest) that fits with the spine's elaborations, as long as that
 * is at least {@link ELABORATION_PT}; else without them, down to
 * {@link FLOOR_PT}. The largest headline wins if it costs at most
 * {@link HEADLINE_TRADE_PT} of body size and keeps the body legible.
 *
 * @param story the parsed story.
 * @param geometry the theme's `manifest.poster` (default: Nordic's, {@link POSTER_GEOMETRY}).
 */
export function posterFit(story: Story, geometry: Readonly<PosterGeometry> = POSTER_GEOMETRY): PosterFit {
  // Note: the coach (`poster-too-long`) and the poster renderer both ask; fit each story once per geometry
  // (a theme's geometry is one frozen object, so identity is enough).
  let byGeometry = fits.get(story)
  if (byGeometry === undefined) {
    byGeometry = new WeakMap()
    fits.set(story, byGeometry)
  }
  let fit = byGeometry.get(geometry)
  if (fit === undefined) {
    fit = fitPoster(story, geometry)
    byGeometry.set(geometry, fit)
  }
  return fit
}

const fits = new WeakMap<Story, WeakMap<Readonly<PosterGeometry>, PosterFit>>()

function fitPoster(story: Story, geometry: Readonly<PosterGeometry>): PosterFit {
  const parts = posterParts(story)
  const page = posterPage(story)
  const available = (page.height - 2 * page.pad) * SAFETY
  const landscape = page.width > page.height
  const measure = (bodyPt: number, headlineEm: number, elaborations: boolean, split = landscape) =>
    posterLayout(parts, story, page, geometry, { bodyPt, headlineEm, elaborations, split })

  const smallest = HEADLINE_EMS.at(-1) ?? 1.8
  let chosen: ReturnType<typeof measure> | undefined
  for (const elaborations of [true, false]) {
    const floor = elaborations ? ELABORATION_PT : FLOOR_PT
    const options = HEADLINE_EMS.flatMap((headlineEm) => {
      const size = largestFitting(
        floor,
        page.maxBody,
        (bodyPt) => measure(bodyPt, headlineEm, elaborations).height <= available,
      )
      return size === undefined ? [] : [{ headlineEm, size }]
    })
    const best = Math.max(...options.map((option) => option.size))
    // The spine is the poster's main message: give up to half a point of body
    // text for larger headlines, but never legibility.
    const pick = options.find(
      (option) => option.size === best || (option.size >= best - HEADLINE_TRADE_PT && option.size >= MIN_BODY_PT),
    )
    if (pick) {
      chosen = measure(pick.size, pick.headlineEm, elaborations)
      break
    }
  }
  chosen ??= measure(FLOOR_PT, smallest, false)
  return {
    ...chosen.choice,
    legible: chosen.choice.bodyPt >= MIN_BODY_PT,
    fits: chosen.height <= available,
    longest: partSizes(parts, story),
    page,
    contentHeight: chosen.height,
  }
}

/** Binary search over 0.25 pt steps for the largest size where `fits` holds. */
function largestFitting(low: number, high: number, fits: (size: number) => boolean): number | undefined {
  let lo = Math.round(low * 4)
  let hi = Math.round(high * 4)
  if (hi < lo || !fits(lo / 4)) return undefined
  while (lo < hi) {
    const middle = Math.ceil((lo + hi) / 2)
    if (fits(middle / 4)) lo = middle
    else hi = middle - 1
  }
  return lo / 4
}

/** Word counts of every part the poster shows, longest first. */
export function partSizes(parts: PosterParts, story: Story): PosterPartSize[] {
  const sizes: PosterPartSize[] = []
  const add = (label: string, nodes: readonly RootContent[], position: Position | undefined) => {
    const words = countWords(nodes.map((node) => toString(node)).join(' '))
    if (position !== undefined && words > 0) sizes.push({ label, words, position })
  }
  add(story.meta.title, parts.lead, parts.leadPosition)
  for (const part of parts.spine) {
    add(
      part.label,
      [...(part.headline ? [part.headline] : []), ...(part.elaboration ? [part.elaboration] : [])],
      part.position,
    )
  }
  for (const block of [...parts.about, parts.roles, parts.steps]) {
    if (block === undefined) continue
    const titled = block.kind === 'roles' || block.kind === 'steps'
    for (const item of block.items) {
      const label = titled && item.title !== undefined ? `${block.label} — ${item.title}` : block.label
      add(label, item.nodes, item.position)
    }
  }
  if (parts.talk)
    add(
      parts.talk.label,
      [...parts.talk.intro, ...parts.talk.questions.flatMap((q) => q.children)],
      parts.talk.position,
    )
  return sizes.sort((a, b) => b.words - a.words)
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

function round(value: number, step: number): number {
  return Math.round(value / step) * step
}
