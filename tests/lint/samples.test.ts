import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
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
