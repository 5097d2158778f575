/**
 * Theme colours and fonts (plus brand overrides, contrast-adjusted) -> CSS
 * custom properties for a `style` attribute. Values are validated so nothing
 * but a colour or a font list can reach the CSS.
 */
import type { Theme } from '../themes/theme.ts'
import { isHexColour } from '../colour/hex.ts'
import { brandFonts, type RenderBrand } from './brand-view.ts'

// Note: a font list may hold names, quotes, commas and spaces; nothing that ends a declaration.
const FONT = /^[\p{L}\p{N}\s'",.-]+$/u

/**
 * Custom properties `--sd-<colour>` (kebab-case: `onPrimary` -> `--sd-on-primary`)
 * and `--sd-font-body` / `--sd-font-heading`.
 *
 * @param theme the theme (fonts).
 * @param brand the colours to use (already checked for contrast) and the brand font.
 * @returns e.g. `--sd-background:#fbfaf7;--sd-text:#1d2733;…`
 */
export function themeStyle(theme: Readonly<Theme>, brand: Readonly<RenderBrand>): string {
  const declarations = Object.entries(brand.colours)
    .filter(([, value]) => isHexColour(value))
    .map(([name, value]) => `--sd-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${value}`)
  for (const [name, value] of Object.entries(brandFonts(theme, brand))) {
    if (FONT.test(value)) declarations.push(`--sd-font-${name}:${value}`)
  }
  return declarations.join(';')
}
