/**
 * Issue 18: `storydeck build --images` writes one picture per slide, in slide
 * order, and the poster as a picture, at the width asked for; none is blank.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasBrowser } from '../util/browser.ts'
import { runCli } from '../util/cli.ts'
import { histogram } from '../util/png.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

describe('--images and --image-width', () => {
  it('refuses a width out of range, or a width without --images', async () => {
    const small = await runCli(['build', '--images', '--image-width', '10', '--out', os.tmpdir()], root)
    expect(small.code).toBe(2)
    expect(small.stderr).toContain("Option '--image-width' takes a width between 320 and 3840 pixels, not '10'")
    const alone = await runCli(['publish', '--image-width', '800'], root)
    expect(alone.code).toBe(2)
    expect(alone.stderr).toContain("Option '--image-width' goes with '--images'")
  })
})

describe.skipIf(!hasBrowser())('storydeck build --images', () => {
  let folder = ''
  let out = ''

  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'storydeck-images-'))
    folder = path.join(out, 'harbour-mutual-claims')
    const result = await runCli(
      ['build', 'stories/harbour-mutual-claims.md', '--out', out, '--images', '--image-width', '640'],
      root,
    )
    expect(result.stderr).not.toMatch(/not made/)
    expect(result.code).toBe(0)
  }, 120_000)

  it('writes one picture per slide, named in slide order, 640 × 360, none blank and no two alike', () => {
    const slides = readdirSync(folder)
      .filter((name) => name.startsWith('slide-'))
      .sort()
    expect(slides).toEqual(Array.from({ length: 15 }, (_, index) => `slide-${String(index + 1).padStart(2, '0')}.png`))
    const seen = new Set<string>()
    for (const name of slides) {
      const picture = histogram(path.join(folder, name))
      expect([picture.width, picture.height], name).toEqual([640, 360])
      expect(picture.colours, name).toBeGreaterThan(20)
      expect(picture.top, name).toBeLessThan(0.99)
      seen.add(readFileSync(path.join(folder, name)).toString('base64'))
    }
    expect(seen.size).toBe(15)
  })

  it('writes the poster as a picture in the proportions of its paper (A3 portrait)', () => {
    const poster = histogram(path.join(folder, 'poster.png'))
    expect(poster.width).toBe(640)
    expect(Math.abs(poster.height / poster.width - 420 / 297)).toBeLessThan(0.01)
    expect(poster.top).toBeLessThan(0.9)
  })

  it('leaves the link preview to the published site', () => {
    expect(readdirSync(folder)).not.toContain('preview.png')
  })

  it('takes the pictures again of an unchanged story whose pictures are gone', async () => {
    rmSync(path.join(folder, 'slide-01.png'))
    rmSync(path.join(folder, 'poster.png'))
    const result = await runCli(
      ['build', 'stories/harbour-mutual-claims.md', '--out', out, '--images', '--image-width', '640'],
      root,
    )
    expect(result.stderr).toContain('unchanged')
    expect(existsSync(path.join(folder, 'slide-01.png'))).toBe(true)
    expect(histogram(path.join(folder, 'poster.png')).width).toBe(640)
  }, 120_000)
})
