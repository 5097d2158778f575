/**
 * The poster's geometry is written once, in the theme: a `poster` value
 * reaches both the custom property the theme's poster.css reads and the
 * fitting model, and every poster.css uses the properties, not its own
 * numbers.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { posterFit } from '../../src/poster/fit.ts'
import { renderPoster } from '../../src/render/poster.ts'
import { parseStory } from '../../src/story/parse.ts'
import { loadTheme, packageRoot } from '../../src/themes/load.ts'
import { POSTER_GEOMETRY, POSTER_KEYS, posterProperty, type PosterGeometry } from '../../src/themes/poster-geometry.ts'
import type { Theme } from '../../src/themes/theme.ts'
import type { Story } from '../../src/types.ts'
import '../../src/story/data.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const nordic = (await loadTheme(packageRoot(), 'nordic')) as Theme

/** Nordic with some of its poster geometry changed, as a theme author would in theme.json. */
function withGeometry(change: Partial<PosterGeometry>): Theme {
  const poster = Object.freeze({ ...nordic.manifest.poster, ...change })
  return { ...nordic, manifest: { ...nordic.manifest, poster } }
}

async function sample(size: 'A4' | 'A3'): Promise<Story> {
  const file = path.join(root, 'stories', 'harbour-mutual-claims.md')
  const story = parseStory(new VFile({ path: file, value: await readFile(file, 'utf8') }))
  if (story === undefined) throw new Error('sample does not parse')
  return { ...story, meta: { ...story.meta, poster: { ...story.meta.poster, size } } }
}

const render = (story: Story, theme: Theme) =>
  renderPoster(story, { theme, images: new Map(), assets: {}, html: false })
const property = (html: string, name: string) => new RegExp(`${name}:([^;"]+)`).exec(html)?.[1]

describe('poster geometry', () => {
  it('names each key as a custom property', () => {
    expect(posterProperty('bandGap')).toBe('--sd-poster-band-gap')
    expect(posterProperty('tileSides')).toBe('--sd-poster-tile-sides')
    expect(nordic.manifest.poster).toEqual(POSTER_GEOMETRY)
  })

  it('changes both the custom property and the fitting model when a theme changes a value', async () => {
    const story = await sample('A4')
    const roomy = withGeometry({ tilePad: 2.4, bandGap: 3 })
    const before = render(story, nordic)
    const after = render(story, roomy)
    expect(property(before, '--sd-poster-tile-pad')).toBe('0.9')
    expect(property(after, '--sd-poster-tile-pad')).toBe('2.4')
    expect(property(after, '--sd-poster-band-gap')).toBe('3')
    // Note: more space around the same text leaves a smaller body size on the same sheet.
    const fitBefore = posterFit(story, nordic.manifest.poster)
    const fitAfter = posterFit(story, roomy.manifest.poster)
    expect(fitAfter.bodyPt).toBeLessThan(fitBefore.bodyPt)
    expect(property(before, '--body')).toBe(`${fitBefore.bodyPt}pt`)
    expect(property(after, '--body')).toBe(`${fitAfter.bodyPt}pt`)
  })

  it('measures with the theme’s numbers, not fixed ones', async () => {
    const story = await sample('A3')
    const fitWith = (change: Partial<PosterGeometry>) => posterFit(story, withGeometry(change).manifest.poster)
    // A larger title makes the header taller, so the same story fits only at a smaller body size.
    const base = fitWith({})
    expect(fitWith({ title: 8 }).bodyPt).toBeLessThan(base.bodyPt)
    // Narrower columns allowed: the about band may take more columns; wider tiles: fewer.
    expect(fitWith({ minColumn: 4 }).columns.about).toBeGreaterThanOrEqual(base.columns.about)
    expect(fitWith({ minTile: 60 }).columns.roles).toBe(1)
  })

  it('lets every built-in poster.css read only known properties, and Nordic’s read all it shows', async () => {
    const known = new Set(POSTER_KEYS.map(posterProperty))
    const modelOnly = new Set(['minTile', 'minColumn'])
    for (const name of await readdir(path.join(root, 'themes'))) {
      const css = await readFile(path.join(root, 'themes', name, 'poster.css'), 'utf8')
      for (const [used] of css.matchAll(/--sd-poster-[a-z-]+/g)) expect(known, `${name}: ${used}`).toContain(used)
      if (name !== 'nordic') continue
      for (const key of POSTER_KEYS) {
        if (!modelOnly.has(key)) expect(css, key).toContain(`var(${posterProperty(key)})`)
      }
    }
  })
})
