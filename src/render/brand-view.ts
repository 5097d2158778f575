/**
 * Branding as the renderers see it: the theme's colours with the brand's
 * applied and checked for contrast, the logo's URL, and a brand font's
 * `@font-face` rules. Pure.
 */
import type { Theme, ThemeColours } from '../themes/theme.ts'
import type { Brand, Story } from '../types.ts'
import { checkPalette, type PaletteCheck } from '../colour/palette.ts'

/** One `@font-face`: a woff2 file under the output folder. */
export interface FontFace {
  /** URL relative to the story's output folder. */
  url: string
  weight: number
  unicodeRange: string
}

/** What the renderers use of a brand. */
export interface RenderBrand {
  /** Final colours: theme, brand on top, text colours adjusted to WCAG AA. */
  colours: ThemeColours
  /** Logo URL relative to the story's output folder; empty when there is none. */
  logo: string
  font?: { family: string; faces: FontFace[] }
}

const FAMILY = /^[\p{L}\p{N} ._-]+$/u
const RANGE = /^[U+0-9A-Fa-f?,\s-]+$/

/** The theme's colours with the brand's primary and accent on top, checked and adjusted. */
export function brandPalette(theme: Readonly<Theme>, brand: Readonly<Brand> | undefined): PaletteCheck {
  return checkPalette({
    ...theme.manifest.colours,
    ...(brand?.primary === undefined ? {} : { primary: brand.primary }),
    ...(brand?.accent === undefined ? {} : { accent: brand.accent }),
  })
}

/**
 * The brand to render with: the build's (`context.brand`) when it made one,
 * else the story's own colours and its logo when the images map has it.
 */
export function renderBrand(
  story: Story,
  context: { theme: Theme; images: ReadonlyMap<string, string>; brand?: RenderBrand | undefined },
): RenderBrand {
  if (context.brand !== undefined) return context.brand
  const logo = story.meta.brand?.logo
  return {
    colours: brandPalette(context.theme, story.meta.brand).colours,
    logo: logo === undefined ? '' : (context.images.get(logo) ?? ''),
  }
}

/**
 * `@font-face` rules for a brand font; empty when there is none. Values are
 * checked so nothing but a family name, our URLs and unicode ranges reach the CSS.
 */
export function fontFaceCss(brand: Readonly<RenderBrand>): string {
  const font = brand.font
  if (font === undefined || !FAMILY.test(font.family)) return ''
  return font.faces
    .filter((face) => RANGE.test(face.unicodeRange) && /^[\w./-]+$/.test(face.url))
    .map(
      (face) =>
        `@font-face{font-family:'${font.family}';font-style:normal;font-display:swap;font-weight:${Math.round(face.weight)};` +
        `src:url(${face.url}) format('woff2');unicode-range:${face.unicodeRange}}`,
    )
    .join('\n')
}

/** The font list to use for body and headings: the brand font first, then the theme's fallbacks. */
export function brandFonts(theme: Readonly<Theme>, brand: Readonly<RenderBrand>): { body: string; heading: string } {
  const { body, heading } = theme.manifest.fonts
  if (brand.font === undefined || !FAMILY.test(brand.font.family)) return { body, heading }
  const family = `'${brand.font.family}'`
  return { body: `${family}, ${body}`, heading: `${family}, ${heading}` }
}
