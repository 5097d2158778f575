/**
 * Theme colours and fonts (plus brand overrides) -> CSS custom properties
 * for a `style` attribute. Values are validated so nothing but a colour or a
 * font list can reach the CSS.
 */
import type { ThemeManifest } from '../themes/theme.ts'
import type { Brand } from '../types.ts'

const COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i
// Note: a font list may hold names, quotes, commas and spaces; nothing that ends a declaration.
const FONT = /^[\w\s'",.-]+$/u

/**
 * Custom properties `--sd-<colour>` and `--sd-font-body` / `--sd-font-heading`.
 *
 * @returns e.g. `--sd-background:#fbfaf7;--sd-text:#1d2733;…`
 */
export function themeStyle(manifest: Readonly<ThemeManifest>, brand?: Readonly<Brand>): string {
  const colours: Record<string, string> = { ...manifest.colours }
  if (brand?.primary !== undefined) colours.primary = brand.primary
  if (brand?.accent !== undefined) colours.accent = brand.accent
  const declarations = Object.entries(colours)
    .filter(([, value]) => COLOUR.test(value))
    .map(([name, value]) => `--sd-${name}:${value}`)
  for (const [name, value] of Object.entries(manifest.fonts)) {
    if (FONT.test(value)) declarations.push(`--sd-font-${name}:${value}`)
  }
  return declarations.join(';')
}
