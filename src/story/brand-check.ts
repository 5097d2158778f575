/**
 * The values `brand` may hold, checked the same way wherever it is written:
 * in a story's frontmatter (`story/schema.ts`) and in the project's
 * `storydeck.config.json` (`config.ts`). Pure; each caller reports the
 * problem with its own catalogue message and place.
 */
import { isHexColour, normaliseHex } from '../colour/hex.ts'
import type { Brand } from '../types.ts'

/** The keys `brand` takes. */
export const BRAND_KEYS = ['logo', 'primary', 'accent', 'font'] as const

/** A package name after `@fontsource/`: lower-case letters, digits and dashes. */
export const FONT_PACKAGE = /^[a-z0-9][a-z0-9-]{0,80}$/

/** What is wrong with a brand value: not a hex colour, not a font package name, not an SVG or PNG file. */
export type BrandProblem = 'colour' | 'font' | 'logo'

/**
 * Why a brand value cannot be used; undefined when it can. Each caller
 * reports it with its own catalogue message (`frontmatter/brand`,
 * `config/brand`), filled with `{ key, value }`.
 *
 * @param key one of {@link BRAND_KEYS}.
 * @param value the text written for it.
 */
export function brandValueProblem(key: keyof Brand, value: string): BrandProblem | undefined {
  switch (key) {
    case 'primary':
    case 'accent':
      return isHexColour(value) ? undefined : 'colour'
    case 'font':
      return FONT_PACKAGE.test(value) ? undefined : 'font'
    case 'logo':
      return /\.(?:svg|png)$/i.test(value) ? undefined : 'logo'
  }
}

/** A usable brand value as kept: colours as lower-case `#rrggbb`, other values as written. */
export function brandValue(key: keyof Brand, value: string): string {
  return key === 'primary' || key === 'accent' ? normaliseHex(value) : value
}
