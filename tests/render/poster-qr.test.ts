/**
 * The poster's QR code: the inline SVG, drawn into pixels here, decodes back
 * to the link with a real QR decoder (jsQR).
 */
import jsQRModule from 'jsqr'
import { describe, expect, it } from 'vitest'
import { qrSvg, qrTerminal } from '../../src/render/qr.ts'

// Note: jsqr is CommonJS; its function is both `module.exports` and `.default`, typed as the latter.
const jsQR = jsQRModule.default

/** Rasterise our SVG (one path of `M x y h w v1 h-w z` runs) at `scale` pixels per module. */
function rasterise(svg: string, scale = 6): { data: Uint8ClampedArray; width: number; height: number } {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1])
  const width = size * scale
  const data = new Uint8ClampedArray(width * width * 4).fill(255)
  const path = /<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? ''
  for (const run of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(run[1]), Number(run[2]), Number(run[3])]
    for (let row = y * scale; row < (y + 1) * scale; row++) {
      for (let column = x * scale; column < (x + w) * scale; column++) {
        const offset = (row * width + column) * 4
        data[offset] = data[offset + 1] = data[offset + 2] = 0
      }
    }
  }
  return { data, width, height: width }
}

describe('qrSvg', () => {
  const links = [
    'https://intranet.example.com/vision/one-person',
    'https://intranet.example.com/strategi/svar-samme-dag?utm=plakat&x=æøå',
    `https://intranet.example.com/${'long-path/'.repeat(12)}`,
  ]
  for (const link of links) {
    it(`decodes back to ${link.slice(0, 50)}`, () => {
      const svg = qrSvg(link, { label: 'Scan to open' })
      const image = rasterise(svg)
      expect(jsQR(image.data, image.width, image.height)?.data).toBe(link)
    })
  }

  it('is a small, labelled image with a quiet zone', () => {
    const svg = qrSvg('https://intranet.example.com/vision', { label: 'Scan "to" <open>' })
    expect(svg).toMatch(/^<svg [^>]*role="img"/)
    expect(svg).toContain('aria-label="Scan &quot;to&quot; &lt;open&gt;"')
    expect(svg.length).toBeLessThan(6000)
    expect(/<path[^>]* d="M4 4h/.test(svg)).toBe(true)
  })
})

describe('qrTerminal (storydeck present)', () => {
  it('draws a code that decodes to the join address, two module rows per line', () => {
    const url = 'http://192.168.1.20:4321/K7QX4M/'
    const lines = qrTerminal(url)
      .split('\n')
      .map((line) => [...line.replace(/\u001b\[[\d;]*m/g, '')])
    const scale = 4
    const width = (lines[0]?.length ?? 0) * scale
    const height = lines.length * 2 * scale
    const pixels = new Uint8ClampedArray(width * height * 4).fill(255)
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const char = lines[Math.floor(y / (2 * scale))]?.[Math.floor(x / scale)]
        const top = Math.floor(y / scale) % 2 === 0
        const dark = char === '█' || (top ? char === '▀' : char === '▄')
        if (dark) pixels.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3)
      }
    expect(jsQR(pixels, width, height)?.data).toBe(url)
  })
})
