import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { allMessages } from '../../src/messages/catalogue.ts'

const root = path.resolve(import.meta.dirname, '../..')

/** The TypeScript sources outside the catalogue, by path. */
function sources(): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts')) out.set(path.relative(root, full), readFileSync(full, 'utf8'))
    }
  }
  walk(path.join(root, 'src'))
  for (const file of out.keys()) if (file.startsWith(`src${path.sep}messages${path.sep}`)) out.delete(file)
  return out
}

describe('every message comes from the catalogue', () => {
  const code = sources()
  const messages = allMessages()

  test('no rule id is written outside src/messages/', () => {
    const ids = [...new Set(messages.map((message) => message.id))]
    const found: string[] = []
    for (const [file, text] of code) {
      for (const id of ids) if (text.includes(`'${id}'`) || text.includes(`"${id}"`)) found.push(`${file}: ${id}`)
      for (const match of text.matchAll(/ruleId:\s*['"`]/g)) found.push(`${file}: ruleId literal at ${match.index}`)
    }
    expect(found).toEqual([])
  })

  test('every message of the catalogue is reported somewhere in the code', () => {
    const all = [...code.values()].join('\n')
    const unused = messages.filter((message) => {
      const name = message.key.slice(message.key.indexOf('.') + 1)
      return !new RegExp(`\\.${name}\\b`).test(all)
    })
    expect(unused.map((message) => message.key)).toEqual([])
  })
})
