/**
 * The printed poster's geometry as theme data: the `poster` block of
 * `theme.json`. One number per size or space, in em of the poster's body
 * size. The renderer hands every value to the theme's `poster.css` as a
 * custom property (`bandGap` -> `--sd-poster-band-gap`), and the fitting
 * model (`src/poster/`) measures with the same values, so a theme changes a
 * margin or a tile size once and the fitting model follows.
 */

/** Sizes and spaces of the printed poster, in em of its body size (unitless numbers). */
export interface PosterGeometry {
  /** Line height of body text. */
  lineHeight: number
  /** Space between paragraphs and list blocks. */
  paragraphGap: number
  /** Space between list items. */
  listItemGap: number
  /** Indent of lists and quotes. */
  indent: number
  /** Tallest picture in a story block. */
  image: number
  /** Space between the bands (header, spine, sections, footer). */
  bandGap: number
  /** Space between text columns (about, questions, glossary, the split sheet). */
  columnGap: number
  /** Width of the wide column to the narrow one when a landscape sheet splits below the spine. */
  splitWide: number
  /** Organisation above the title: size. */
  eyebrow: number
  /** Line height of the organisation and the spine's labels. */
  labelLine: number
  /** Space below the organisation. */
  eyebrowGap: number
  /** Title: size and line height. */
  title: number
  titleLine: number
  /** Subtitle: size, line height and space above. */
  subtitle: number
  subtitleLine: number
  subtitleGap: number
  /** Lead paragraph: size, line height, space above and longest line (in em of its own size). */
  lead: number
  leadLine: number
  leadGap: number
  leadMeasure: number
  /** Space below the header, its rule included. */
  headerBottom: number
  /** Space between the spine's cards (the arrows). */
  spineGap: number
  /** Padding inside a spine card. */
  cardPad: number
  /** Spine label (From, To, Because): size and space below. */
  label: number
  labelGap: number
  /** Line height of a spine headline (its size comes from the fitting model). */
  headlineLine: number
  /** Elaboration under a spine headline: size and space above. */
  elaboration: number
  elaborationGap: number
  /** Section title: size, line height and space below (its rule included). */
  heading: number
  headingLine: number
  headingGap: number
  /** Title of an item (a role, a step, a chapter): size, line height and space below. */
  itemTitle: number
  itemTitleLine: number
  itemTitleGap: number
  /** Space between items, blocks and questions. */
  itemGap: number
  /** Space between role tiles, and between steps side by side. */
  tileGap: number
  /** Padding inside a role tile and the glossary. */
  tilePad: number
  /** Horizontal padding and border of a role tile together. */
  tileSides: number
  /** Narrowest role tile (or step) before the grid takes fewer columns. */
  minTile: number
  /** Narrowest text column before fewer columns are used. */
  minColumn: number
  /** Space between rows of steps. */
  stepGap: number
  /** A step's time: size and line height. */
  stepTime: number
  stepTimeLine: number
  /** Space the line and dot under a step's time take (steps across). */
  stepMarker: number
  /** Space below a step's time (steps down). */
  stepTimeGap: number
  /** Left indent of a timeline that runs down, its line included. */
  stepIndent: number
  /** A question: size, and the indent its number takes. */
  question: number
  questionIndent: number
  /** Glossary: text size, space between entries, title line height and space below the title. */
  glossary: number
  glossaryGap: number
  glossaryTitleLine: number
  glossaryTitleGap: number
  /** Footer: space above it, and the size of its second lines. */
  footerPad: number
  footerSmall: number
}

/** Nordic's poster geometry: the default for every theme that does not set its own. */
export const POSTER_GEOMETRY: Readonly<PosterGeometry> = Object.freeze({
  lineHeight: 1.4,
  paragraphGap: 0.5,
  listItemGap: 0.2,
  indent: 1.4,
  image: 12,
  bandGap: 1.5,
  columnGap: 1.6,
  splitWide: 1.85,
  eyebrow: 0.85,
  labelLine: 1.3,
  eyebrowGap: 0.4,
  title: 4.2,
  titleLine: 1.08,
  subtitle: 1.35,
  subtitleLine: 1.3,
  subtitleGap: 0.3,
  lead: 1.2,
  leadLine: 1.42,
  leadGap: 0.8,
  leadMeasure: 40,
  headerBottom: 1.1,
  spineGap: 2.2,
  cardPad: 1.1,
  label: 0.85,
  labelGap: 0.5,
  headlineLine: 1.16,
  elaboration: 0.95,
  elaborationGap: 0.7,
  heading: 1.35,
  headingLine: 1.2,
  headingGap: 0.8,
  itemTitle: 1.08,
  itemTitleLine: 1.25,
  itemTitleGap: 0.3,
  itemGap: 0.8,
  tileGap: 1,
  tilePad: 0.9,
  tileSides: 2.15,
  minTile: 12,
  minColumn: 16,
  stepGap: 1.25,
  stepTime: 1.25,
  stepTimeLine: 1.2,
  stepMarker: 1.25,
  stepTimeGap: 0.25,
  stepIndent: 1.42,
  question: 1.05,
  questionIndent: 2.2,
  glossary: 0.95,
  glossaryGap: 0.35,
  glossaryTitleLine: 1.3,
  glossaryTitleGap: 0.4,
  footerPad: 0.8,
  footerSmall: 0.92,
})

/** Keys of the `poster` block, in the order the defaults list them. */
export const POSTER_KEYS: readonly (keyof PosterGeometry)[] = Object.freeze(
  Object.keys(POSTER_GEOMETRY) as (keyof PosterGeometry)[],
)

/** Largest value a `poster` key may take: more would not leave room for text on any sheet. */
export const POSTER_MAX = 100

/** The custom property a geometry key becomes in the poster: `bandGap` -> `--sd-poster-band-gap`. */
export function posterProperty(key: keyof PosterGeometry): string {
  return `--sd-poster-${key.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
}
