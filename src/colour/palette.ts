/**
 * A theme's colours (with brand colours applied) checked for WCAG AA
 * contrast, pair by pair, and adjusted so every text colour reaches it.
 * Pure.
 */
import type { ThemeColours } from '../themes/theme.ts'
import { AA_TEXT, adjustForContrast, contrastRatio, formatRatio, luminance } from './contrast.ts'

/** A text colour and a background it is printed on. */
export interface ContrastPair {
  foreground: keyof ThemeColours
  background: keyof ThemeColours
  /** Ratio it needs: 4.5 for text; 3 for large text and interface parts only. */
  minimum: number
}

/**
 * Every pair the built-in templates print. Note: `primary` and `accent` also
 * colour small text (links, labels, kickers), so they need the text ratio.
 * Colours are checked in this order, so `onPrimary` is checked against the
 * already adjusted `primary`.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = Object.freeze([
  { foreground: 'text', background: 'background', minimum: AA_TEXT },
  { foreground: 'text', background: 'surface', minimum: AA_TEXT },
  { foreground: 'muted', background: 'background', minimum: AA_TEXT },
  { foreground: 'muted', background: 'surface', minimum: AA_TEXT },
  { foreground: 'primary', background: 'background', minimum: AA_TEXT },
  { foreground: 'primary', background: 'surface', minimum: AA_TEXT },
  { foreground: 'accent', background: 'background', minimum: AA_TEXT },
  { foreground: 'accent', background: 'surface', minimum: AA_TEXT },
  { foreground: 'onPrimary', background: 'primary', minimum: AA_TEXT },
])

/** A pair below its minimum, and the colour used instead. */
export interface ContrastFailure extends ContrastPair {
  foregroundColour: string
  backgroundColour: string
  ratio: number
  /** The adjusted foreground that reaches the minimum against all its backgrounds. */
  adjusted: string
}

/** Result of {@link checkPalette}. */
export interface PaletteCheck {
  /** The colours to render with: failing text colours replaced by adjusted ones. */
  colours: ThemeColours
  failures: ContrastFailure[]
}

/** Check every pair of {@link CONTRAST_PAIRS}; adjust each failing text colour. */
export function checkPalette(input: Readonly<ThemeColours>): PaletteCheck {
  const colours: ThemeColours = { ...input }
  const failures: ContrastFailure[] = []
  const order = [...new Set(CONTRAST_PAIRS.map((pair) => pair.foreground))]
  for (const role of order) {
    const pairs = CONTRAST_PAIRS.filter((pair) => pair.foreground === role)
    const minimum = Math.max(...pairs.map((pair) => pair.minimum))
    const original = colours[role]
    const adjusted = adjustForContrast(
      original,
      pairs.map((pair) => colours[pair.background]),
      minimum,
    )
    for (const pair of pairs) {
      const ratio = contrastRatio(original, colours[pair.background])
      if (ratio < pair.minimum) {
        failures.push({
          ...pair,
          foregroundColour: original,
          backgroundColour: colours[pair.background],
          ratio,
          adjusted,
        })
      }
    }
    colours[role] = adjusted
  }
  return { colours, failures }
}

/**
 * The warning text for a failure, naming both colours and the ratio.
 *
 * @returns e.g. "Unexpected contrast of `4.10:1` between `primary` `#3b82f6` and `background` `#fbfaf7`, expected at least `4.5:1`"
 */
export function contrastReason(failure: Readonly<ContrastFailure>): string {
  return (
    `Unexpected contrast of \`${formatRatio(failure.ratio)}\` between \`${failure.foreground}\` \`${failure.foregroundColour}\` ` +
    `and \`${failure.background}\` \`${failure.backgroundColour}\`, expected at least \`${failure.minimum}:1\``
  )
}

/** The hint for a failure: what the renderer does about it. */
export function contrastNote(failure: Readonly<ContrastFailure>): string {
  return `The deck and poster use \`${failure.adjusted}\` for \`${failure.foreground}\` instead, so the text stays readable. Pick a ${
    luminance(failure.adjusted) < luminance(failure.foregroundColour) ? 'darker' : 'lighter'
  } colour to keep your own.`
}
