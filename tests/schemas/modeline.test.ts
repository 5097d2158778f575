/**
 * Issue #15: the line that points an editor to the story schema
 * (`# yaml-language-server: $schema=…`, a YAML comment as the frontmatter's
 * first line) changes nothing storydeck does: messages keep their places,
 * `translations sync` keeps the line first, and every built file is the
 * same, but for the source positions `story.json` records.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { withFingerprint } from '../../src/cli/commands/translations.ts'
import { STORY_SCHEMA_MODELINE, isSchemaModeline } from '../../src/new/template.ts'
import { frontmatterKeyPlace } from '../../src/story/key-place.ts'
import { makeProject, runCli } from '../util/cli.ts'
import { SPINE, parse } from '../util/story.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const LINE = '# yaml-language-server: $schema=../schemas/story.schema.json'
const samples = readdirSync(path.join(root, 'stories'))
  .filter((name) => name.endsWith('.md'))
  .sort()

async function filesIn(folder: string, under = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(path.join(folder, under), { withFileTypes: true })) {
    const name = path.join(under, entry.name)
    if (entry.isDirectory()) found.push(...(await filesIn(folder, name)))
    else found.push(name)
  }
  return found.sort()
}

describe('the schema line in a story', () => {
  test('points, in a project, to a schema the package ships', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; files: string[] }
    expect(pkg.files).toContain('schemas')
    const target = /\$schema=\.\.\/node_modules\/([^/]+)\/(.+)$/.exec(STORY_SCHEMA_MODELINE)
    expect(target?.[1]).toBe(pkg.name)
    expect(JSON.parse(readFileSync(path.join(root, target?.[2] ?? ''), 'utf8')).title).toBe(
      'storydeck story frontmatter',
    )
  })

  test.each(samples)('%s starts its frontmatter with it, pointing into this package', (name) => {
    const lines = readFileSync(path.join(root, 'stories', name), 'utf8').split('\n')
    expect(lines.slice(0, 2)).toEqual(['---', LINE])
    expect(isSchemaModeline(lines[1] ?? '')).toBe(true)
  })

  test('keeps messages and key places on their lines', () => {
    const { file, story } = parse(`---\n${LINE}\ntitle: A\ntheme: nordic\nlang: xx\n---\n\n${SPINE}`)
    // The error is reported and the story is not built; the value with the error is left out.
    expect(file.data.frontmatterErrors).toBe(true)
    expect(story?.meta.lang).toBe('en')
    expect(file.messages.filter((m) => m.fatal === true).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '5:1 frontmatter/lang',
    ])
    expect(frontmatterKeyPlace(file, ['theme'])).toEqual({ line: 4, column: 1 })
  })

  test('stays first when `translations sync` writes the fingerprint', () => {
    const text = `---\n${LINE}\ntitle: A\nlang: de\n---\n\n${SPINE}`
    const synced = withFingerprint(text, '0123456789ab') as string
    expect(synced.split('\n').slice(0, 5)).toEqual([
      '---',
      LINE,
      'title: A',
      'lang: de',
      'source-fingerprint: 0123456789ab',
    ])
    const { file } = parse(synced)
    expect(file.messages.filter((m) => m.fatal === true).map(String)).toEqual([])
  })

  test('changes no built file of the samples (story.json only in its source positions)', async () => {
    // Note: one story with two language versions, and one on its own, keep the test light on a shared machine.
    const some = samples.filter((name) => name.startsWith('harbour-mutual-claims') || name.startsWith('fjordsamband'))
    const stories = Object.fromEntries(
      some.map((name) => [`stories/${name}`, readFileSync(path.join(root, 'stories', name), 'utf8')]),
    )
    const without = Object.fromEntries(
      Object.entries(stories).map(([name, text]) => [name, text.replace(`---\n${LINE}\n`, '---\n')]),
    )
    expect(Object.values(without).some((text) => text.includes('yaml-language-server'))).toBe(false)
    const projects = [await makeProject(stories), await makeProject(without)]
    const built = []
    for (const project of projects) {
      const result = await runCli(['build'], project)
      expect(result.code, result.stderr).toBe(0)
      built.push(path.join(project, 'dist'))
    }
    const [a, b] = built as [string, string]
    const names = await filesIn(a)
    expect(await filesIn(b)).toEqual(names)
    expect(names.filter((name) => name.endsWith('poster.html')).length).toBe(some.length)
    const withoutPositions = (json: string) =>
      JSON.stringify(JSON.parse(json), (key, value) => (key === 'position' ? undefined : value))
    for (const name of names) {
      const [left, right] = await Promise.all([readFile(path.join(a, name)), readFile(path.join(b, name))])
      if (name.endsWith('story.json'))
        expect(withoutPositions(String(left)), name).toBe(withoutPositions(String(right)))
      else expect(left.equals(right), name).toBe(true)
    }
  }, 120_000)
})
