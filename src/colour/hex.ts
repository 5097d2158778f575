/**
 * Hex colours as storydeck accepts them: `#rgb` or `#rrggbb`, any case.
 * The one place that knows the pattern and how `#rgb` expands. Pure.
 */

/** `#rgb` or `#rrggbb`, any case. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** Whether `value` is a `#rgb` or `#rrggbb` colour. */
export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value)
}

/**
 * A hex colour in its one written form: lower case, `#rgb` expanded to
 * `#rrggbb` (`#1F4` -> `#11ff44`). Callers check {@link isHexColour} first;
 * anything else comes back only lower-cased.
 */
export function normaliseHex(value: string): string {
  const lower = value.toLowerCase()
  return lower.length === 4 ? `#${[...lower.slice(1)].map((c) => c + c).join('')}` : lower
}

/**
 * `#rgb` / `#rrggbb` -> `[r, g, b]` in 0–255.
 *
 * @throws TypeError for anything else (callers validate colours first).
 */
export function parseHex(value: string): [number, number, number] {
  if (!isHexColour(value)) throw new TypeError(`Expected a colour such as \`#1f4e79\`, got \`${value}\``)
  const digits = normaliseHex(value).slice(1)
  return [0, 2, 4].map((start) => Number.parseInt(digits.slice(start, start + 2), 16)) as [number, number, number]
}

/** `[r, g, b]` -> `#rrggbb` (lower case). */
export function toHex([r, g, b]: readonly [number, number, number]): string {
  return `#${[r, g, b]
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}
