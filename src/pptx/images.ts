/**
 * Image bytes -> an image PowerPoint can hold (PNG, JPEG or GIF) with its
 * pixel size, for placing it in proportion. Pure.
 */
import { imageSize } from 'image-size'
import type { PlacedImage } from './layouts.ts'

const TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif' }

/**
 * Describe an image for the PowerPoint.
 *
 * @returns undefined for formats PowerPoint files cannot hold without a
 *   rendered copy (SVG, WebP, AVIF) and for bytes that are not an image.
 */
export function placeableImage(bytes: Uint8Array): PlacedImage | undefined {
  let size: {
    type?: string | undefined
    width?: number | undefined
    height?: number | undefined
    orientation?: number | undefined
  }
  try {
    size = imageSize(bytes)
  } catch {
    return undefined
  }
  const type = TYPES[size.type ?? '']
  // Note: EXIF orientations 5–8 turn the picture a quarter; its box turns with it.
  const turned = size.orientation !== undefined && size.orientation >= 5
  const width = turned ? size.height : size.width
  const height = turned ? size.width : size.height
  if (type === undefined || width === undefined || height === undefined || width === 0 || height === 0) return undefined
  return { data: `${type};base64,${Buffer.from(bytes).toString('base64')}`, width, height }
}
