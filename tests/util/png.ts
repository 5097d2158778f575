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

/** How many pixels of a box of the picture are dark (luminance under 100 of 255): text, a button's label. */
export function darkPixels(file: string, box: { x: number; y: number; width: number; height: number }): number {
  const png = PNG.sync.read(readFileSync(file))
  let dark = 0
  for (let y = box.y; y < Math.min(box.y + box.height, png.height); y++)
    for (let x = box.x; x < Math.min(box.x + box.width, png.width); x++) {
      const at = (y * png.width + x) * 4
      const [r = 0, g = 0, b = 0] = [png.data[at], png.data[at + 1], png.data[at + 2]]
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 100) dark++
    }
  return dark
}
