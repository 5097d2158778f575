/**
 * The values `brand` may hold, checked the same way wherever it is written:
 * in a story's frontmatter (`story/schema.ts`) and in the project's
 * `storydeck.config.json` (`config.ts`). Pure; each caller reports the
 * problem under its own rule id and place.
 */
import { isHexColour, normaliseHex } from '../colour/hex.ts'
import type { Brand } from '../types.ts'

/** The keys `brand` takes. */
export const BRAND_KEYS = ['logo', 'primary', 'accent', 'font'] as const

/** A package name after `@fontsource/`: lower-case letters, digits and dashes. */
export const FONT_PACKAGE = /^[a-z0-9][a-z0-9-]{0,80}$/

/**
 * Why a brand value cannot be used, as a message reason; undefined when it can.
 *
 * @param key one of {@link BRAND_KEYS}.
 * @param value the text written for it.
 */
export function brandValueProblem(key: keyof Brand, value: string): string | undefined {
  switch (key) {
    case 'primary':
    case 'accent':
      return isHexColour(value)
        ? undefined
        : `Unexpected colour \`${value}\` for \`brand.${key}\`, expected a hex colour such as \`#1f4e79\``
    case 'font':
      return FONT_PACKAGE.test(value)
        ? undefined
        : `Unexpected font \`${value}\`, expected the name of an \`@fontsource\` package such as \`inter\``
    case 'logo':
      return /\.(?:svg|png)$/i.test(value)
        ? undefined
        : `Unexpected logo \`${value}\`, expected an SVG or PNG file inside the project, such as \`brand/logo.svg\``
  }
}

/** A usable brand value as kept: colours as lower-case `#rrggbb`, other values as written. */
export function brandValue(key: keyof Brand, value: string): string {
  return key === 'primary' || key === 'accent' ? normaliseHex(value) : value
}
