/**
 * A theme's colours (with brand colours applied) checked for WCAG AA
 * contrast, pair by pair, and adjusted so every text colour reaches it.
 * Pure.
 */
import { theme } from '../messages/catalogue/theme.ts'
import type { Message } from '../messages/entry.ts'
import type { Values } from '../messages/text.ts'
import type { ThemeColours } from '../themes/theme.ts'
import { LANGS, type Lang } from '../types.ts'
import { AA_TEXT, adjustForContrast, contrastRatio, luminance } from './contrast.ts'

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
 * The catalogue message for a failure (`a11y/contrast`) and its values:
 * both colours, the ratio and the minimum (numbers written the reader's
 * way, "4,5" in German), and the adjusted colour the deck uses instead.
 *
 * @param name how the text colour is shown, default its theme name (`primary`); a brand colour is `brand.primary`.
 */
export function contrastMessage(
  failure: Readonly<ContrastFailure>,
  name = `\`${failure.foreground}\``,
): { message: Message; values: Values } {
  const darker = luminance(failure.adjusted) < luminance(failure.foregroundColour)
  return {
    message: darker ? theme.contrastDarker : theme.contrastLighter,
    values: {
      colour: name,
      foreground: failure.foregroundColour,
      background: `\`${failure.background}\``,
      backgroundColour: failure.backgroundColour,
      // Note: rounded down, so a shown 4.50 really passes.
      ratio: numberWords(Math.floor(failure.ratio * 100) / 100, 2),
      minimum: numberWords(failure.minimum, 0),
      adjusted: failure.adjusted,
    },
  }
}

function numberWords(value: number, digits: number): Readonly<Record<Lang, string>> {
  const words = {} as Record<Lang, string>
  for (const lang of LANGS) {
    words[lang] = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(value)
  }
  return words
}
