import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { runCli } from '../util/cli.ts'
import { coach } from './util.ts'

const folder = new URL('../../stories/', import.meta.url)
const names = readdirSync(folder).filter((name) => name.endsWith('.md'))

describe('sample stories', () => {
  test('exist', () => {
    expect(names.length).toBeGreaterThan(0)
  })

  test.each(names)('%s has no errors and at most three coach warnings', (name) => {
    const file = coach(readFileSync(new URL(name, folder), 'utf8'))
    expect(file.messages.filter((message) => message.fatal === true).map(String)).toEqual([])
    expect(file.messages.filter((message) => message.fatal === false).length).toBeLessThanOrEqual(3)
  })
})

// Issue #15: the shipped samples are the product's demo; `storydeck check` and `storydeck lint` (the whole
// coach, the poster's fitting model and the project's theme files included) say nothing about any of them.
describe('sample stories through the CLI', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))

  test.each(['check', 'lint'])(
    '`storydeck %s` reports no error, warning or hint for any sample',
    async (command) => {
      const { code, stderr } = await runCli([command], root)
      const lines = stderr.split('\n').filter((line) => line.trim() !== '')
      expect(lines.filter((line) => !line.endsWith(': no issues found'))).toEqual([])
      expect(lines).toHaveLength(names.length)
      expect(code).toBe(0)
    },
    60_000,
  )
})
