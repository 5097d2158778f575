/**
 * Issue #15: `schemas/theme.schema.json` says yes and no where storydeck's
 * check of `theme.json` (`src/themes/validate.ts`, `validate-poster.ts`) does.
 * An unknown key is only a warning for storydeck (the theme still loads), but
 * a mistake all the same: it counts as refused here, as it does in the schema.
 * Contrast warnings (`a11y/contrast`) are about pairs of colours, which a
 * schema cannot check; they do not count.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { POSTER_GEOMETRY, POSTER_KEYS, POSTER_MAX } from '../../src/themes/poster-geometry.ts'
import { COLOUR_NAMES, LOGO_PLACEMENTS, type ThemeManifest } from '../../src/themes/theme.ts'
import { THEME_FONT_KEYS, THEME_KEYS, validateManifest } from '../../src/themes/validate.ts'
import { propertyNames, readSchema, schemaVerdict } from './ajv.ts'

const builtIn = (name: string): string =>
  readFileSync(new URL(`../../themes/${name}/theme.json`, import.meta.url), 'utf8')

function storydeck(json: string, parent?: ThemeManifest): { ok: boolean; messages: string[] } {
  const file = new VFile({ path: 'themes/x/theme.json', value: json })
  const manifest = validateManifest(file, parent)
  const counted = file.messages.filter((message) => message.ruleId !== 'a11y/contrast')
  return { ok: manifest !== undefined && counted.length === 0, messages: counted.map(String) }
}

const nordic = validateManifest(new VFile({ path: 'themes/nordic/theme.json', value: builtIn('nordic') }))

function verdict(json: string): boolean {
  const data = JSON.parse(json) as Record<string, unknown>
  // Note: a theme that extends another is checked as the loader does: on top of that theme (here Nordic).
  const ours = storydeck(json, 'extends' in data ? nordic : undefined)
  const schema = schemaVerdict('theme', data)
  expect({ json, schema: schema.ok }, `storydeck: ${ours.messages.join('; ')} schema: ${schema.errors}`).toEqual({
    json,
    schema: ours.ok,
  })
  return ours.ok
}

const COLOURS =
  '"colours": { "background": "#ffffff", "text": "#111111", "primary": "#1f4e79", "accent": "#9a3412", "muted": "#555555", "surface": "#f2f2f2", "onPrimary": "#ffffff" }'
const FONTS = '"fonts": { "body": "Arial, sans-serif", "heading": "\'Segoe UI\', Arial" }'
const theme = (...parts: string[]) => `{ "name": "X", "description": "A theme.", ${parts.join(', ')} }`
const child = (...parts: string[]) =>
  `{ "name": "X", "description": "A theme.", "extends": "nordic"${parts.map((p) => `, ${p}`).join('')} }`

const valid = [
  builtIn('nordic'),
  theme(COLOURS, FONTS),
  theme(COLOURS, '"fonts": { "body": "Georgia, serif" }'),
  theme(COLOURS, '"fonts": { "body": "Noto Sans, Åsane Grotesk" }'),
  theme(COLOURS, FONTS, '"logo": { "placement": "bottom-left" }'),
  theme(COLOURS, FONTS, '"poster": {}'),
  theme(COLOURS, FONTS, '"poster": { "bandGap": 0, "tilePad": 1.2, "title": 100, "indent": 0 }'),
  theme('"$schema": "../../schemas/theme.schema.json"', COLOURS, FONTS),
  child(),
  child('"colours": { "primary": "#ABC" }'),
  child('"fonts": { "heading": "Georgia, serif" }'),
  child('"poster": { "minTile": 14 }'),
]

const invalid = [
  '[]',
  `{ "description": "No name.", ${COLOURS}, ${FONTS} }`,
  `{ "name": "No description", ${COLOURS}, ${FONTS} }`,
  theme(COLOURS),
  theme(FONTS),
  theme(COLOURS, FONTS, '"colour": {}'),
  theme(COLOURS, FONTS, '"$schema": 1'),
  theme(COLOURS, FONTS, '"$schema": ""'),
  `{ "name": "", "description": "x", ${COLOURS}, ${FONTS} }`,
  `{ "name": 1, "description": "x", ${COLOURS}, ${FONTS} }`,
  `{ "name": "X", "description": " ", ${COLOURS}, ${FONTS} }`,
  child('"extends": "Nordic Theme"'),
  '{ "name": "X", "description": "A theme.", "extends": "../nordic" }',
  '{ "name": "X", "description": "A theme.", "extends": 1 }',
  theme('"colours": { "background": "#ffffff" }', FONTS),
  theme(COLOURS.replace('"#ffffff" }', '"#ffffff", "link": "#000000" }'), FONTS),
  theme(COLOURS.replace('"#111111"', '"black"'), FONTS),
  theme(COLOURS.replace('"#111111"', '"#11111"'), FONTS),
  theme(COLOURS.replace('"#111111"', '1'), FONTS),
  theme('"colours": "#fff"', FONTS),
  child('"colours": { "primary": "red" }'),
  theme(COLOURS, '"fonts": "Arial"'),
  theme(COLOURS, '"fonts": { "heading": "Arial" }'),
  theme(COLOURS, '"fonts": { "body": "Arial; color: red" }'),
  theme(COLOURS, '"fonts": { "body": "url(x.woff)" }'),
  theme(COLOURS, '"fonts": { "body": "Arial", "code": "monospace" }'),
  theme(COLOURS, '"fonts": { "body": 1 }'),
  theme(COLOURS, FONTS, '"logo": "top-left"'),
  theme(COLOURS, FONTS, '"logo": {}'),
  theme(COLOURS, FONTS, '"logo": { "placement": "middle" }'),
  theme(COLOURS, FONTS, '"poster": 1'),
  theme(COLOURS, FONTS, '"poster": { "bandgap": 1 }'),
  theme(COLOURS, FONTS, '"poster": { "bandGap": -1 }'),
  theme(COLOURS, FONTS, '"poster": { "bandGap": 101 }'),
  theme(COLOURS, FONTS, '"poster": { "title": 0 }'),
  theme(COLOURS, FONTS, '"poster": { "title": "4" }'),
  child('"poster": { "lineHeight": null }'),
]

describe('schemas/theme.schema.json', () => {
  test('the built-in themes extend Nordic, which loads', () => {
    expect(nordic).toBeDefined()
  })

  test.each(['nordic', 'hall', 'paper'])('accepts the built-in theme %s, which points to it', (name) => {
    const json = builtIn(name)
    expect(JSON.parse(json).$schema).toBe('../../schemas/theme.schema.json')
    expect(verdict(json)).toBe(true)
  })

  test.each(valid)('accepts what storydeck accepts: %s', (json) => {
    expect(verdict(json)).toBe(true)
  })

  test.each(invalid)('refuses what storydeck refuses: %s', (json) => {
    expect(verdict(json)).toBe(false)
  })

  test('accepts the example in docs/themes.md, as storydeck does', () => {
    const doc = readFileSync(new URL('../../docs/themes.md', import.meta.url), 'utf8')
    const example = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((match) => match[1] ?? '')
      .find((json) => json.includes('theme.schema.json'))
    expect(example).toBeDefined()
    expect(verdict(example as string)).toBe(true)
  })

  test('has at least 15 refused cases and covers every key with one', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(15)
    for (const key of THEME_KEYS) expect(invalid.some((json) => json.includes(`"${key}"`))).toBe(true)
  })

  test('names every key the validator knows, and `$schema`', () => {
    const schema = readSchema('theme')
    expect(propertyNames(schema)).toEqual(['$schema', ...THEME_KEYS].sort())
    expect(propertyNames(schema, 'colours')).toEqual([...COLOUR_NAMES].sort())
    expect(propertyNames(schema, 'fonts')).toEqual([...THEME_FONT_KEYS].sort())
    expect(propertyNames(schema, 'poster')).toEqual([...POSTER_KEYS].sort())
    const props = schema.properties as Record<string, { properties: Record<string, Record<string, unknown>> }>
    expect(props.logo?.properties.placement?.enum).toEqual([...LOGO_PLACEMENTS])
    for (const key of POSTER_KEYS) {
      expect(props.poster?.properties[key]?.default, key).toBe(POSTER_GEOMETRY[key])
      expect(props.poster?.properties[key]?.maximum, key).toBe(POSTER_MAX)
    }
  })
})
