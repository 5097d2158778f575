/**
 * `story.json`: the story model without its syntax trees, written as
 * `JSON.stringify` with a replacer dropping `node` and `heading` wrote it
 * (the copy it is made from now is faster; the text must not change).
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { storyJson } from '../../src/build.ts'
import { parseStory } from '../../src/story/parse.ts'

const dirs = ['../../stories/', '../fixtures/good/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)))

const replacer = (key: string, value: unknown): unknown => (key === 'node' || key === 'heading' ? undefined : value)

describe('storyJson', () => {
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
      it(`writes ${path.basename(dir)}/${name} as the replacer did`, () => {
        const filePath = path.join(dir, name)
        const story = parseStory(new VFile({ path: filePath, value: readFileSync(filePath, 'utf8') }))
        expect(story).toBeDefined()
        if (story === undefined) return
        const text = storyJson(story)
        expect(text).toBe(`${JSON.stringify(story, replacer, 2)}\n`)
        expect(text).not.toMatch(/"(node|heading)":/)
      })
    }
  }

  it('keeps what JSON keeps: dates as text, no undefined keys, null in arrays, nested drops', () => {
    const value = {
      slug: 's',
      date: new Date(Date.UTC(2026, 11, 6)),
      gone: undefined,
      list: [undefined, 1, { heading: 'x', node: {}, kept: true }],
      deep: { a: { node: 1, b: [{ heading: 2 }] } },
    }
    const text = storyJson(value as never)
    expect(text).toBe(`${JSON.stringify(value, replacer, 2)}\n`)
  })
})
