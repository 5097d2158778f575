/**
 * Pixel statistics of a PNG, to tell a picture from a blank one.
 */
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'

/** Size, number of colours and the share of the most common colour (1 for a blank picture). */
export function histogram(file: string): { width: number; height: number; colours: number; top: number } {
  const png = PNG.sync.read(readFileSync(file))
  const counts = new Map<number, number>()
  for (let index = 0; index < png.data.length; index += 4) {
    const key = png.data.readUInt32BE(index)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return {
    width: png.width,
    height: png.height,
    colours: counts.size,
    top: Math.max(...counts.values()) / (png.width * png.height),
  }
}
