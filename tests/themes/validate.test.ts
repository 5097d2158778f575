/**
 * theme.json validation: positioned `theme/*` messages for bad files, and
 * inheritance of missing keys from the theme named in `extends`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { validateManifest } from '../../src/themes/validate.ts'
import { POSTER_GEOMETRY } from '../../src/themes/poster-geometry.ts'
import type { ThemeManifest } from '../../src/themes/theme.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

function check(value: string, parent?: ThemeManifest): { manifest: ThemeManifest | undefined; messages: string[] } {
  const file = new VFile({ path: 'themes/x/theme.json', value })
  const manifest = validateManifest(file, parent)
  return {
    manifest,
    messages: file.messages.map(
      (message) =>
        `${message.line}:${message.column}: ${message.reason} [${message.ruleId}${message.fatal ? '' : ', warning'}]`,
    ),
  }
}

const COLOURS =
  '"colours": { "background": "#ffffff", "text": "#111111", "primary": "#1f4e79", "accent": "#9a3412", "muted": "#555555", "surface": "#f2f2f2", "onPrimary": "#ffffff" }'
const FONTS = '"fonts": { "body": "Arial, sans-serif", "heading": "Arial, sans-serif" }'

describe('validateManifest', () => {
  it('accepts every built-in theme without a message', async () => {
    const nordic = check(await readFile(path.join(root, 'themes/nordic/theme.json'), 'utf8'))
    expect(nordic.messages).toEqual([])
    for (const name of ['hall', 'paper']) {
      const result = check(await readFile(path.join(root, 'themes', name, 'theme.json'), 'utf8'), nordic.manifest)
      expect(result.messages, name).toEqual([])
      expect(result.manifest?.extends).toBe('nordic')
    }
  })

  it('reports a JSON syntax error where it is', () => {
    const { manifest, messages } = check('{\n  "name": "X",\n  "description": "Y"\n  "colours": {}\n}\n')
    expect(manifest).toBeUndefined()
    expect(messages).toEqual(['4:3: Unexpected text in the theme file, expected valid JSON [theme/json]'])
  })

  it('points at each bad value, key by key', () => {
    const value = [
      '{',
      '  "name": "X",',
      '  "description": 3,',
      '  "colours": { "background": "#fff", "text": "red", "primary": "#1f4e79", "accent": "#9a3412", "muted": "#555", "surface": "#eee", "onPrimary": "#fff", "link": "#00f" },',
      '  "fonts": { "body": "Arial; background: url(https://evil.example/x)" },',
      '  "logo": { "placement": "middle" },',
      '  "colour": "#fff"',
      '}',
    ].join('\n')
    const { manifest, messages } = check(value)
    expect(manifest).toBeUndefined()
    expect(messages).toEqual([
      '7:3: Unexpected key `colour` in the theme file, expected `colours` [theme/unknown-key, warning]',
      '3:18: Unexpected value for `description`, expected a text in quotes [theme/type]',
      '4:46: Unexpected colour `red` for `text`, expected a hex colour such as `#1f4e79` [theme/colour]',
      '4:153: Unexpected colour name `link`, expected `background`, `text`, `primary`, `accent`, `muted`, `surface`, `onPrimary` [theme/colour]',
      "5:22: Unexpected font list for `body`, expected font names separated by commas, such as `'Segoe UI', Arial, sans-serif` [theme/font]",
      '6:26: Unexpected logo placement, expected `{ "placement": "…" }` with one of `top-left`, `top-right`, `bottom-left`, `bottom-right` [theme/logo]',
    ])
  })

  it('asks for the keys a theme without `extends` needs', () => {
    const { messages } = check('{ "name": "X" }')
    expect(messages).toEqual([
      '1:1: Unexpected theme file without `colours`, expected the colours or `"extends"` naming a theme to take them from [theme/missing-key]',
      '1:1: Unexpected theme file without `fonts`, expected `"fonts": { "body": "…", "heading": "…" }` or `"extends"` [theme/missing-key]',
      '1:1: Unexpected theme file without `description`, expected a `"description"` key [theme/missing-key]',
    ])
  })

  it('takes what a theme leaves out from the theme it extends, colour by colour', () => {
    const parent = check(
      `{ "name": "P", "description": "Parent", ${COLOURS}, ${FONTS}, "logo": { "placement": "bottom-left" } }`,
    ).manifest
    const { manifest, messages } = check(
      '{ "name": "C", "description": "Child", "extends": "p", "colours": { "accent": "#7d2a1c" } }',
      parent,
    )
    expect(messages).toEqual([])
    expect(manifest?.colours).toEqual({ ...parent?.colours, accent: '#7d2a1c' })
    expect(manifest?.fonts).toEqual(parent?.fonts)
    expect(manifest?.logo.placement).toBe('bottom-left')
  })

  it('refuses an `extends` that is not a plain folder name', () => {
    const { messages } = check(`{ "name": "C", "description": "D", "extends": "../../etc", ${COLOURS}, ${FONTS} }`)
    expect(messages).toEqual([
      '1:47: Unexpected theme to extend `../../etc`, expected a theme folder name such as `nordic` [theme/extends]',
    ])
  })

  it('warns about its own colours that miss WCAG AA, at the colour', () => {
    const value = `{\n  "name": "Pale",\n  "description": "Too pale",\n  ${COLOURS.replace('"muted": "#555555"', '"muted": "#aaaaaa"')},\n  ${FONTS}\n}`
    const { manifest, messages } = check(value)
    expect(manifest).toBeDefined()
    expect(messages).toEqual([
      '4:103: Unexpected contrast of `2.32:1` between `muted` `#aaaaaa` and `background` `#ffffff`, expected at least `4.5:1` [a11y/contrast, warning]',
      '4:103: Unexpected contrast of `2.07:1` between `muted` `#aaaaaa` and `surface` `#f2f2f2`, expected at least `4.5:1` [a11y/contrast, warning]',
    ])
  })

  it('takes the poster geometry from `poster`, then the theme it extends, then the defaults', () => {
    const parent = check(
      `{ "name": "P", "description": "Parent", ${COLOURS}, ${FONTS}, "poster": { "tilePad": 1.2, "bandGap": 2 } }`,
    )
    expect(parent.messages).toEqual([])
    expect(parent.manifest?.poster).toEqual({ ...POSTER_GEOMETRY, tilePad: 1.2, bandGap: 2 })
    const child = check(
      '{ "name": "C", "description": "Child", "extends": "p", "poster": { "bandGap": 1, "itemGap": 0 } }',
      parent.manifest,
    )
    expect(child.messages).toEqual([])
    expect(child.manifest?.poster).toEqual({ ...POSTER_GEOMETRY, tilePad: 1.2, bandGap: 1, itemGap: 0 })
    expect(check(`{ "name": "D", "description": "D", ${COLOURS}, ${FONTS} }`).manifest?.poster).toEqual(POSTER_GEOMETRY)
  })

  it('points at each bad poster size', () => {
    const value = [
      '{',
      '  "name": "X",',
      '  "description": "Y",',
      `  ${COLOURS},`,
      `  ${FONTS},`,
      '  "poster": {',
      '    "tilPad": 1,',
      '    "bandGap": "1.5em",',
      '    "title": 0,',
      '    "itemGap": -1,',
      '    "image": 1000,',
      '    "cardPad": 1.3',
      '  }',
      '}',
    ].join('\n')
    const { manifest, messages } = check(value)
    expect(manifest).toBeUndefined()
    expect(messages).toEqual([
      '7:5: Unexpected poster size `tilPad`, expected `tilePad` [theme/poster]',
      '8:16: Unexpected `1.5em` for poster size `bandGap`, expected a number from 0 up to 100 (em of the body text), such as `1.5` [theme/poster]',
      '9:14: Unexpected `0` for poster size `title`, expected a number above 0 up to 100 (em of the body text), such as `4.2` [theme/poster]',
      '10:16: Unexpected `-1` for poster size `itemGap`, expected a number from 0 up to 100 (em of the body text), such as `0.8` [theme/poster]',
      '11:14: Unexpected `1000` for poster size `image`, expected a number above 0 up to 100 (em of the body text), such as `12` [theme/poster]',
    ])
  })

  it('asks for an object of sizes in `poster`', () => {
    const { manifest, messages } = check(
      `{\n  "name": "X", "description": "Y", ${COLOURS}, ${FONTS},\n  "poster": 12\n}`,
    )
    expect(manifest).toBeUndefined()
    expect(messages).toEqual([
      '3:13: Unexpected value for `poster`, expected an object of sizes such as `{ "bandGap": 1.5 }` [theme/poster]',
    ])
  })
})
