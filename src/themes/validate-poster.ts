/**
 * The `poster` block of `theme.json` -> a PosterGeometry, with each bad key
 * or value as a positioned `theme/poster` message (from the catalogue). Keys the block leaves
 * out come from the theme it extends, then from the defaults. Pure.
 */
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { isMap, isScalar, type Node as YamlNode, type Pair } from 'yaml'
import { theme as catalogue } from '../messages/catalogue/theme.ts'
import type { Message } from '../messages/entry.ts'
import { say } from '../messages/say.ts'
import type { Values } from '../messages/text.ts'
import { suggest } from '../story/suggest.ts'
import { POSTER_GEOMETRY, POSTER_KEYS, POSTER_MAX, type PosterGeometry } from './poster-geometry.ts'

// Note: spaces may be 0 (a theme without a gap); sizes, line heights and widths may not.
const SPACE = /(?:Gap|Pad|Bottom|Marker|Indent|Sides)$|^indent$/

/**
 * Validate the value of `"poster"`.
 *
 * @param file the theme file, for messages.
 * @param at the place of a YAML node in the file.
 * @param node the block's value; undefined when the file has no `poster` key.
 * @param pair the `poster` key and value, for a place when the value is missing.
 * @param inherited the geometry of the theme named in `extends`, if any.
 * @returns the geometry, or undefined after reporting an error.
 */
export function posterGeometryOf(
  file: VFile,
  at: (node: YamlNode | null | undefined) => Point,
  node: YamlNode | null | undefined,
  pair: Pair | undefined,
  inherited: Readonly<PosterGeometry> | undefined,
): PosterGeometry | undefined {
  const result: PosterGeometry = { ...(inherited ?? POSTER_GEOMETRY) }
  if (pair === undefined) return result
  const fail = (message: Message, values: Values, place: YamlNode | null | undefined): void => {
    say(file, message, values, { place: at(place) })
  }
  if (!isMap(node)) {
    fail(catalogue.posterType, {}, node ?? (pair.key as YamlNode))
    return undefined
  }
  let ok = true
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    if (!(POSTER_KEYS as readonly string[]).includes(key)) {
      const guess = suggest(key, POSTER_KEYS)
      fail(
        guess === undefined ? catalogue.posterSize : catalogue.posterSizeGuess,
        { name: key, ...(guess === undefined ? {} : { guess }) },
        item.key as YamlNode,
      )
      ok = false
      continue
    }
    const name = key as keyof PosterGeometry
    const value = item.value as YamlNode | null
    const number = isScalar(value) && typeof value.value === 'number' ? value.value : undefined
    const zero = SPACE.test(name)
    if (
      number === undefined ||
      !Number.isFinite(number) ||
      number > POSTER_MAX ||
      number < 0 ||
      (!zero && number === 0)
    ) {
      const range = value?.range
      const written = isScalar(value)
        ? String(value.value)
        : range
          ? String(file.value).slice(range[0], range[1]).trim().slice(0, 40)
          : ''
      fail(
        zero ? catalogue.posterSpace : catalogue.posterValue,
        { value: written, name, max: POSTER_MAX, example: POSTER_GEOMETRY[name] },
        value ?? (item.key as YamlNode),
      )
      ok = false
      continue
    }
    result[name] = number
  }
  return ok ? result : undefined
}
