/**
 * theme.json validation: positioned `theme/*` messages for bad files, and
 * inheritance of missing keys from the theme named in `extends`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { localise } from '../../src/messages/say.ts'
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
        `${message.line}:${message.column}: ${message.reason} | ${message.note} [${message.ruleId}${message.fatal ? '' : ', warning'}]`,
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
    expect(messages).toEqual([
      '4:3: From here on, the theme file is not valid JSON. | Check the punctuation just before this place: a missing comma or quotation mark, or a comma after the last item, is the usual cause. [theme/json]',
    ])
  })

  it('reports a comma after the last item where it is (V8 names no place for it)', () => {
    const { messages } = check('{\n  "name": "X",\n  "description": "Y",\n}\n')
    expect(messages.map((line) => line.split(' | ')[0])).toEqual([
      '4:1: From here on, the theme file is not valid JSON.',
    ])
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
      '7:3: The theme file has a key `colour` that storydeck does not know, so it is ignored. | Did you mean `colours`? A theme file takes these keys: `name`, `description`, `extends`, `colours`, `fonts`, `logo`, and `poster`. [theme/unknown-key, warning]',
      '3:18: The value of `description` must be a text in quotation marks. | Write it like this: `"description": "…"`. [theme/type]',
      '4:46: `red` for `text` is not a colour storydeck can use. | Write the colour as a hex code such as `#1f4e79` (your brand guide or a colour picker gives it). [theme/colour]',
      '4:153: A theme has no colour called `link`. | Use one of the colours a theme has: `background`, `text`, `primary`, `accent`, `muted`, `surface`, and `onPrimary`. [theme/colour]',
      "5:22: The fonts for `body` cannot be used as written. | Write font names separated by commas, such as `'Segoe UI', Arial, sans-serif`. [theme/font]",
      '6:26: The logo’s placement cannot be used as written. | Write `"logo": { "placement": "…" }` with one of these placements: `top-left`, `top-right`, `bottom-left`, and `bottom-right`. [theme/logo]',
    ])
  })

  it('asks for the keys a theme without `extends` needs', () => {
    const { messages } = check('{ "name": "X" }')
    expect(messages).toEqual([
      '1:1: The theme file has no `colours`. | Add the colours (`"colours": { "text": "#1d2733", … }`), or name a theme to take them from in `"extends"`. [theme/missing-key]',
      '1:1: The theme file has no `fonts`. | Add `"fonts": { "body": "…", "heading": "…" }`, or name a theme to take them from in `"extends"`. [theme/missing-key]',
      '1:1: The theme file has no `description`. | Add `"description": "…"` to the file. [theme/missing-key]',
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
      '1:47: `extends` names `../../etc`, which is not the name of a theme folder. | Write the name of a theme folder, in lower-case letters, digits and dashes, such as `nordic`. [theme/extends]',
    ])
  })

  it('warns about its own colours that miss WCAG AA, at the colour', () => {
    const value = `{\n  "name": "Pale",\n  "description": "Too pale",\n  ${COLOURS.replace('"muted": "#555555"', '"muted": "#aaaaaa"')},\n  ${FONTS}\n}`
    const { manifest, messages } = check(value)
    expect(manifest).toBeDefined()
    expect(messages).toEqual([
      '4:103: Text in `muted` (#aaaaaa) on `background` (#ffffff) is hard to read (contrast 2.32 : 1; it needs 4.5 : 1). | Choose a darker text colour, such as #6d6d6d; until you do, the deck and poster use that one, so the text stays readable. [a11y/contrast, warning]',
      '4:103: Text in `muted` (#aaaaaa) on `surface` (#f2f2f2) is hard to read (contrast 2.07 : 1; it needs 4.5 : 1). | Choose a darker text colour, such as #6d6d6d; until you do, the deck and poster use that one, so the text stays readable. [a11y/contrast, warning]',
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
      '7:5: A poster has no size called `tilPad`. | Did you mean `tilePad`? docs/themes.md lists every poster size. [theme/poster]',
      '8:16: `1.5em` cannot be used for the poster size `bandGap`. | Give a number from 0 up to 100 (in em of the body text), such as `1.5`. [theme/poster]',
      '9:14: `0` cannot be used for the poster size `title`. | Give a number above 0 and up to 100 (in em of the body text), such as `4.2`. [theme/poster]',
      '10:16: `-1` cannot be used for the poster size `itemGap`. | Give a number from 0 up to 100 (in em of the body text), such as `0.8`. [theme/poster]',
      '11:14: `1000` cannot be used for the poster size `image`. | Give a number above 0 and up to 100 (in em of the body text), such as `12`. [theme/poster]',
    ])
  })

  it('asks for an object of sizes in `poster`', () => {
    const { manifest, messages } = check(
      `{\n  "name": "X", "description": "Y", ${COLOURS}, ${FONTS},\n  "poster": 12\n}`,
    )
    expect(manifest).toBeUndefined()
    expect(messages).toEqual([
      '3:13: `poster` must list sizes between braces. | Write it like this: `"poster": { "bandGap": 1.5 }`. [theme/poster]',
    ])
  })
})

describe('theme messages in the project’s language', () => {
  it('names an unknown key, suggests the closest and lists the keys, in English and Nynorsk', () => {
    const file = new VFile({
      path: 'themes/x/theme.json',
      value: `{ "name": "X", "description": "Y", ${COLOURS}, ${FONTS}, "extnds": "nordic", "palette": 1 }`,
    })
    validateManifest(file)
    const [guessed, unknown] = file.messages
    expect([guessed?.reason, guessed?.note, guessed?.fatal]).toEqual([
      'The theme file has a key `extnds` that storydeck does not know, so it is ignored.',
      'Did you mean `extends`? A theme file takes these keys: `name`, `description`, `extends`, `colours`, `fonts`, `logo`, and `poster`.',
      false,
    ])
    expect(unknown?.note).toBe(
      'Remove it, or use one of the keys a theme file takes: `name`, `description`, `extends`, `colours`, `fonts`, `logo`, and `poster`.',
    )
    localise(file, 'nn')
    expect([guessed?.reason, guessed?.note, guessed?.url]).toEqual([
      'Temafila har ein nøkkel `extnds` som storydeck ikkje kjenner, så han blir ignorert.',
      'Meinte du `extends`? Ei temafil kan ha desse nøklane: `name`, `description`, `extends`, `colours`, `fonts`, `logo` og `poster`.',
      'docs/messages/nn.md#theme-unknown-key',
    ])
  })

  it('says a contrast problem in the reader’s terms, with numbers written the German way', () => {
    const value = `{ "name": "Pale", "description": "Too pale", ${COLOURS.replace('"muted": "#555555"', '"muted": "#aaaaaa"')}, ${FONTS} }`
    const file = new VFile({ path: 'themes/x/theme.json', value })
    validateManifest(file)
    localise(file, 'de')
    expect([file.messages[0]?.reason, file.messages[0]?.note, file.messages[0]?.ruleId]).toEqual([
      'Text in `muted` (#aaaaaa) auf `background` (#ffffff) ist schwer lesbar (Kontrast 2,32 : 1; nötig sind 4,5 : 1).',
      'Wählen Sie eine dunklere Textfarbe, etwa #6d6d6d. Bis dahin verwenden Präsentation und Plakat diese Farbe, damit der Text lesbar bleibt.',
      'a11y/contrast',
    ])
  })
})
