/**
 * WCAG 2.x contrast: relative luminance, the contrast ratio of two colours,
 * and nudging a text colour darker or lighter until it reaches a ratio.
 * Pure; colours are `#rgb` or `#rrggbb`.
 */
import { parseHex, toHex } from './hex.ts'

/** WCAG AA minimum for normal text. */
export const AA_TEXT = 4.5
/** WCAG AA minimum for large text (24 px, or 18.66 px bold) and interface parts. */
export const AA_LARGE = 3

/** Relative luminance (WCAG 2.x), 0 for black to 1 for white. */
export function luminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((value) => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/**
 * The colour closest to `foreground` (mixed toward black on light
 * backgrounds, toward white on dark ones) whose contrast against every
 * background reaches `minimum`.
 *
 * @returns `foreground` itself (normalised to `#rrggbb`) when it passes already.
 */
export function adjustForContrast(foreground: string, backgrounds: readonly string[], minimum: number): string {
  const passes = (colour: string): boolean =>
    backgrounds.every((background) => contrastRatio(colour, background) >= minimum)
  const start = toHex(parseHex(foreground))
  if (passes(start)) return start
  const average =
    backgrounds.reduce((sum, background) => sum + luminance(background), 0) / Math.max(backgrounds.length, 1)
  // Note: 0.18 is where black and white text have equal contrast; lighter backgrounds take darker text.
  const target: [number, number, number] = average > 0.18 ? [0, 0, 0] : [255, 255, 255]
  const from = parseHex(start)
  for (let step = 1; step <= 100; step++) {
    const t = step / 100
    const mixed = toHex(
      from.map((channel, index) => channel + (target[index as 0 | 1 | 2] - channel) * t) as [number, number, number],
    )
    if (passes(mixed)) return mixed
  }
  // Note: two backgrounds can be far apart (one light, one dark); then the better of black and white wins.
  const score = (colour: string): number =>
    Math.min(...backgrounds.map((background) => contrastRatio(colour, background)))
  return score('#000000') >= score('#ffffff') ? '#000000' : '#ffffff'
}
