/**
 * Issue #15: `schemas/config.schema.json` says yes and no where storydeck's
 * check of `storydeck.config.json` (`src/project/config.ts`) does.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { PRESET } from '../../src/lint/preset.ts'
import { CONFIG_KEYS, parseConfig } from '../../src/project/config.ts'
import { BRAND_KEYS } from '../../src/story/brand-check.ts'
import { RULE_SETTINGS } from '../../src/story/schema.ts'
import { patterns, propertyNames, readSchema, schemaVerdict } from './ajv.ts'

function storydeck(json: string): { ok: boolean; messages: string[] } {
  const file = new VFile({ path: 'storydeck.config.json', value: json })
  parseConfig(file)
  return { ok: file.messages.length === 0, messages: file.messages.map(String) }
}

function verdict(json: string): boolean {
  const ours = storydeck(json)
  const schema = schemaVerdict('config', JSON.parse(json))
  expect({ json, schema: schema.ok }, `storydeck: ${ours.messages.join('; ')} schema: ${schema.errors}`).toEqual({
    json,
    schema: ours.ok,
  })
  return ours.ok
}

const valid = [
  '{}',
  '{ "$schema": "./node_modules/storydeck/schemas/config.schema.json" }',
  '{ "theme": "nordic" }',
  '{ "theme": "" }',
  '{ "html": true, "publish": { "notes": false }, "site": { "url": "https://intranet.example.com/vision" } }',
  '{ "brand": { "logo": "brand/Logo.PNG", "primary": "#1F4", "accent": "#b45309", "font": "source-sans-3" } }',
  '{ "brand": {} }',
  '{ "lint": { "jargon/acronym": "off", "a": "info", "b": "warn", "c": "error", "d": "hint" } }',
  '{ "lint": { "poster/too-long": "error", "focus/roles": "off" } }',
  '{ "publish": {} }',
  '{ "site": {} }',
  '{ "site": { "url": "http://example.com" } }',
  '{ "abbreviations": ["NPS", "HMS"], "words": ["Nordlys", "Storydeck"] }',
  '{ "abbreviations": [], "words": [] }',
  '{ "messages": "nn" }',
  `{ "words": ["${'a'.repeat(100)}"] }`,
]

const invalid = [
  '[]',
  '"nordic"',
  'null',
  '{ "$schema": 1 }',
  '{ "$schema": "" }',
  '{ "thme": "nordic" }',
  '{ "colours": {} }',
  '{ "theme": 1 }',
  '{ "theme": null }',
  '{ "html": "yes" }',
  '{ "brand": "blue" }',
  '{ "brand": { "colour": "#fff" } }',
  '{ "brand": { "primary": "blue" } }',
  '{ "brand": { "primary": " #fff" } }',
  '{ "brand": { "accent": "#12345" } }',
  '{ "brand": { "logo": "brand/logo.gif" } }',
  '{ "brand": { "font": "Source Sans" } }',
  '{ "brand": { "primary": 1 } }',
  '{ "lint": { "jargon/acronym": "loud" } }',
  '{ "lint": { "poster/too-long": true } }',
  '{ "lint": { "jargon/acronym": "OFF" } }',
  '{ "lint": { "jargon/acronym": false } }',
  '{ "lint": ["off"] }',
  '{ "publish": true }',
  '{ "publish": { "notes": "yes" } }',
  '{ "publish": { "deck": true } }',
  '{ "site": "https://example.com/" }',
  '{ "site": { "url": "intranet.example.com" } }',
  '{ "site": { "url": "https://example.com/?a=1" } }',
  '{ "site": { "url": "https://example.com/#top" } }',
  '{ "site": { "url": "ftp://example.com/" } }',
  '{ "site": { "url": null } }',
  '{ "site": { "href": "https://example.com/" } }',
  '{ "abbreviations": "NPS" }',
  '{ "messages": "NN" }',
  '{ "messages": "no" }',
  '{ "messages": ["sv"] }',
  '{ "abbreviations": ["NPS", ""] }',
  '{ "abbreviations": [" "] }',
  '{ "words": [1] }',
  `{ "words": ["${'a'.repeat(101)}"] }`,
]

describe('schemas/config.schema.json', () => {
  test.each(valid)('accepts what storydeck accepts: %s', (json) => {
    expect(verdict(json)).toBe(true)
  })

  test.each(invalid)('refuses what storydeck refuses: %s', (json) => {
    expect(verdict(json)).toBe(false)
  })

  test('accepts the example in docs/story-format.md, as storydeck does', () => {
    const doc = readFileSync(new URL('../../docs/story-format.md', import.meta.url), 'utf8')
    const example = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((match) => match[1] ?? '')
      .find((json) => json.includes('config.schema.json'))
    expect(example).toBeDefined()
    expect(verdict(example as string)).toBe(true)
  })

  test('has at least 15 refused cases and covers every key with one', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(15)
    for (const key of CONFIG_KEYS) expect(invalid.some((json) => json.includes(`"${key}"`))).toBe(true)
  })

  test('names every key the validator knows, and `$schema`', () => {
    const schema = readSchema('config')
    expect(propertyNames(schema)).toEqual(['$schema', ...CONFIG_KEYS].sort())
    expect(propertyNames(schema, 'brand')).toEqual([...BRAND_KEYS].sort())
    expect(propertyNames(schema, 'publish')).toEqual(['notes'])
    expect(propertyNames(schema, 'site')).toEqual(['url'])
    const lint = (schema.properties as Record<string, { additionalProperties: { enum: string[] } }>).lint
    expect(lint?.additionalProperties.enum).toEqual([...RULE_SETTINGS])
    expect(propertyNames(schema, 'lint')).toEqual(PRESET.map((rule) => rule.id).sort())
  })

  test.each(['story', 'config', 'theme'] as const)(
    'the %s schema explains every pattern in words, so no editor shows an author a pattern',
    (name) => {
      const found = patterns(readSchema(name))
      expect(found.length).toBeGreaterThan(0)
      for (const { where, schema } of found) {
        expect(typeof schema.patternErrorMessage, where).toBe('string')
        expect(schema.patternErrorMessage as string, where).toMatch(/^[A-Z].{15,}\.$/)
      }
    },
  )
})
