/**
 * Issue #15: `schemas/story.schema.json` says yes and no where storydeck's
 * frontmatter validation (`src/story/schema.ts`) does, so an editor's YAML
 * language server checks the frontmatter as storydeck will.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Yaml } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { isAlias, parseDocument, visit } from 'yaml'
import '../../src/story/data.ts'
import { PRESET } from '../../src/lint/preset.ts'
import { BRAND_KEYS } from '../../src/story/brand-check.ts'
import { decodeStory } from '../../src/story/decode.ts'
import { parseFrontmatter } from '../../src/story/frontmatter.ts'
import { parseStory } from '../../src/story/parse.ts'
import {
  FRONTMATTER_KEYS,
  FRONTMATTER_POSTER_KEYS,
  FRONTMATTER_PUBLISH_KEYS,
  ORIENTATIONS,
  PAPER_SIZES,
  RULE_SETTINGS,
} from '../../src/story/schema.ts'
import { LANGS } from '../../src/types.ts'
import { propertyNames, readSchema, schemaVerdict } from './ajv.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** storydeck's verdict on a frontmatter's YAML text: accepted when no error is reported. */
function storydeckAccepts(yaml: string): { ok: boolean; messages: string[] } {
  const file = new VFile({ path: 'story.md', value: `---\n${yaml}\n---\n` })
  const node: Yaml = {
    type: 'yaml',
    value: yaml,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  }
  parseFrontmatter(file, node)
  const errors = file.messages.filter((message) => message.fatal === true)
  return { ok: errors.length === 0, messages: errors.map(String) }
}

/** The data an editor's language server checks: the YAML as plain values (undefined when the YAML is broken). */
function yamlData(yaml: string): { data: unknown } | undefined {
  const doc = parseDocument(yaml.replace(/\r(?!\n)/g, '\n'), { uniqueKeys: true, schema: 'core', strict: true })
  let alias = false
  visit(doc, (_, node) => {
    if (isAlias(node)) alias = true
  })
  // Note: broken YAML is the editor's YAML error, and aliases storydeck refuses itself; no schema sees either.
  if (doc.errors.length > 0 || alias) return undefined
  return { data: doc.toJS() }
}

function expectSameVerdict(yaml: string): boolean {
  const data = yamlData(yaml)
  if (data === undefined) throw new Error(`not YAML the schema can see: ${yaml}`)
  const storydeck = storydeckAccepts(yaml)
  const schema = schemaVerdict('story', data.data)
  expect({ yaml, schema: schema.ok }, `storydeck: ${storydeck.messages.join('; ')} schema: ${schema.errors}`).toEqual({
    yaml,
    schema: storydeck.ok,
  })
  return storydeck.ok
}

const valid = [
  'title: One person, all the way',
  'title: 2028',
  "title: '  Spaced  '",
  [
    'title: One person, all the way',
    'subtitle: Claims 2029',
    'organisation: Harbour Mutual',
    'author: Claire Okafor',
    'role: Chief Executive',
    'date: 2026-03-12',
    'lang: en',
    'theme: nordic',
    'poster:',
    '  size: A3',
    '  orientation: portrait',
    '  link: https://intranet.example.com/vision/one-person',
    'glossary:',
    '  IT: our technology team',
    '  SLA: 24',
    'lint:',
    '  jargon/acronym: off',
    '  readability/long-sentence: info',
    '  focus/roles: Hint',
    '  a: warning',
    '  b: true',
    '  c: false',
    '  d: ERROR',
    'brand:',
    '  logo: brand/logo.svg',
    '  primary: "#1F4"',
    '  accent: "#b45309"',
    '  font: source-sans-3',
    'source-fingerprint: 0123456789ab',
    'draft: true',
    'publish:',
    '  notes: false',
    'words: [Nordlys, Storydeck, 2028]',
  ].join('\n'),
  'title: T\nlang: NN',
  'title: T\nlang: De',
  'title: T\nposter:\n  size: a4\n  orientation: LANDSCAPE',
  'title: T\nposter:\n  size: Letter',
  'title: T\nposter: {}',
  'title: T\nposter:\n  link: HTTP://example.com',
  'title: T\ndate: 2028-02-29',
  'title: T\nglossary: {}',
  'title: T\nlint: {}',
  'title: T\nbrand: {}',
  'title: T\nbrand:\n  logo: anything.gif',
  'title: T\nwords: []',
  'title: T\npublish: {}',
  'title: T\ndraft: false',
  'title: T\nsource-fingerprint: 123456789012',
  '# yaml-language-server: $schema=../schemas/story.schema.json\ntitle: T',
]

const invalid = [
  // the shape
  '[a, b]',
  'just a line',
  'subtitle: No title',
  'tittle: Typo',
  'title: T\nunknown: x',
  'title: T\n3: x',
  // text keys
  'title:',
  "title: ''",
  "title: '   '",
  'title: true',
  'title: [a, b]',
  'title: {a: b}',
  'title: T\nsubtitle:',
  'title: T\norganisation: [Harbour]',
  'title: T\nauthor: {name: x}',
  'title: T\nrole: false',
  'title: T\ntheme:',
  // date
  'title: T\ndate: 12.03.2026',
  'title: T\ndate: 2026-02-30',
  'title: T\ndate: 2027-02-29',
  'title: T\ndate: 2026-13-01',
  'title: T\ndate: 2026-11-22T10:00:00Z',
  'title: T\ndate: 2026',
  // lang
  'title: T\nlang: no',
  'title: T\nlang: english',
  'title: T\nlang: 1',
  'title: T\nlang: [en]',
  // poster
  'title: T\nposter: A4',
  'title: T\nposter:',
  'title: T\nposter:\n  size: A5',
  'title: T\nposter:\n  size: 4',
  'title: T\nposter:\n  orientation: sideways',
  'title: T\nposter:\n  link: intranet.example.com',
  'title: T\nposter:\n  link: ftp://example.com/x',
  'title: T\nposter:\n  link: https://',
  'title: T\nposter:\n  colour: red',
  // glossary
  'title: T\nglossary: [IT]',
  'title: T\nglossary:\n  IT:',
  'title: T\nglossary:\n  IT: [a]',
  'title: T\nglossary:\n  constructor: x',
  'title: T\nglossary:\n  prototype: x',
  // lint
  'title: T\nlint: off',
  'title: T\nlint:\n  jargon/acronym: loud',
  'title: T\nlint:\n  poster/too-long: 0',
  'title: T\nlint:\n  jargon/acronym: 1',
  'title: T\nlint:\n  jargon/acronym:',
  'title: T\nlint:\n  constructor: off',
  // brand
  'title: T\nbrand: blue',
  'title: T\nbrand:\n  colour: "#fff"',
  'title: T\nbrand:\n  primary: blue',
  'title: T\nbrand:\n  primary: "#12345"',
  'title: T\nbrand:\n  primary:',
  'title: T\nbrand:\n  accent: "#ggg"',
  'title: T\nbrand:\n  font: Source Sans',
  'title: T\nbrand:\n  font: "@fontsource/inter"',
  'title: T\nbrand:\n  logo:',
  // source-fingerprint
  'title: T\nsource-fingerprint: abc',
  'title: T\nsource-fingerprint: 0123456789AB',
  'title: T\nsource-fingerprint: 12',
  // draft
  'title: T\ndraft: yes',
  'title: T\ndraft: 1',
  'title: T\ndraft:',
  // publish
  'title: T\npublish: true',
  'title: T\npublish:\n  notes: maybe',
  'title: T\npublish:\n  deck: true',
  // words
  'title: T\nwords: Nordlys',
  'title: T\nwords: [Nordlys, ""]',
  'title: T\nwords: [[a]]',
  'title: T\nwords: [{a: b}]',
]

describe('schemas/story.schema.json', () => {
  const shown = (cases: string[]) => cases.map((yaml) => [yaml.replaceAll('\n', ' ⏎ '), yaml])

  test.each(shown(valid))('accepts what storydeck accepts: %s', (_, yaml) => {
    expect(expectSameVerdict(yaml)).toBe(true)
  })

  test.each(shown(invalid))('refuses what storydeck refuses: %s', (_, yaml) => {
    expect(expectSameVerdict(yaml)).toBe(false)
  })

  test('has at least 15 refused cases and covers every key with one', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(15)
    for (const key of FRONTMATTER_KEYS) expect(invalid.some((yaml) => yaml.includes(`${key}:`))).toBe(true)
  })

  const samples = readdirSync(path.join(root, 'stories')).filter((name) => name.endsWith('.md'))
  const fixtures = readdirSync(path.join(root, 'tests/fixtures'), { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.md'),
  )
  const files = [
    ...samples.map((name) => path.join('stories', name)),
    ...fixtures.map((name) => path.join('tests/fixtures', name)),
  ]

  test.each(files)('gives storydeck’s verdict on the frontmatter of %s', (name) => {
    const file = decodeStory(readFileSync(path.join(root, name)), name)
    parseStory(file)
    const node = file.data.tree?.children[0]
    if (node?.type !== 'yaml') return
    const data = yamlData(node.value)
    if (data === undefined) return
    const storydeck = !file.messages.some(
      (message) => message.fatal === true && message.ruleId?.startsWith('frontmatter/') === true,
    )
    expect(schemaVerdict('story', data.data).ok).toBe(storydeck)
    if (name.startsWith('stories')) expect(storydeck).toBe(true)
  })

  test('checks some fixtures storydeck refuses, not only ones it accepts', () => {
    let refused = 0
    for (const name of fixtures) {
      const file = decodeStory(readFileSync(path.join(root, 'tests/fixtures', name)), name)
      parseStory(file)
      const node = file.data.tree?.children[0]
      if (node?.type !== 'yaml' || yamlData(node.value) === undefined) continue
      if (file.messages.some((message) => message.fatal === true && message.ruleId?.startsWith('frontmatter/')))
        refused++
    }
    expect(refused).toBeGreaterThan(3)
  })

  test('names every key the validator knows, and no other', () => {
    const schema = readSchema('story')
    expect(propertyNames(schema)).toEqual([...FRONTMATTER_KEYS].sort())
    expect(propertyNames(schema, 'poster')).toEqual([...FRONTMATTER_POSTER_KEYS].sort())
    expect(propertyNames(schema, 'publish')).toEqual([...FRONTMATTER_PUBLISH_KEYS].sort())
    expect(propertyNames(schema, 'brand')).toEqual([...BRAND_KEYS].sort())
    // The coach's rules are offered under `lint:` (any other name is accepted, as storydeck does).
    expect(propertyNames(schema, 'lint')).toEqual(PRESET.map((rule) => rule.id).sort())
  })

  test('offers the values the validator knows', () => {
    const props = readSchema('story').properties as Record<string, Record<string, unknown>>
    const choices = (node: Record<string, unknown> | undefined) =>
      ((node?.anyOf as Array<{ enum?: string[] }> | undefined) ?? []).flatMap((each) => each.enum ?? [])
    const poster = props.poster?.properties as Record<string, Record<string, unknown>>
    expect(choices(props.lang)).toEqual([...LANGS])
    expect(choices(poster.size)).toEqual([...PAPER_SIZES])
    expect(choices(poster.orientation)).toEqual([...ORIENTATIONS])
    expect(choices(props.lint?.additionalProperties as Record<string, unknown>)).toEqual([...RULE_SETTINGS])
  })

  test('describes every key for the author', () => {
    const walk = (node: Record<string, unknown>, where: string): void => {
      for (const [key, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
        expect(typeof child.description, `${where}${key}`).toBe('string')
        expect((child.description as string).length, `${where}${key}`).toBeGreaterThan(20)
        walk(child, `${where}${key}.`)
      }
    }
    walk(readSchema('story'), '')
  })
})
