import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { RULES } from '../../src/lint/lint.ts'
import { loadSpeller } from '../../src/project/spelling.ts'
import { coach } from './util.ts'

const input = readFileSync(new URL('../fixtures/coach-bad/input.md', import.meta.url), 'utf8')

test('the deliberately bad sample triggers every rule', async () => {
  const file = coach(input, { speller: await loadSpeller('en') })
  const found = new Set(file.messages.map((message) => message.ruleId))
  // Note: the translation rules need a language version and its source; tests/versions/drift.test.ts covers them.
  const single = RULES.map((rule) => rule.id).filter((id) => !id.startsWith('translation/'))
  expect(single.filter((id) => !found.has(id))).toEqual([])
  const sorted = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  const lines = sorted.map((message) => `${message.line}:${message.column}: ${message.reason}  [${message.ruleId}]`)
  // Note: the poster's fitting model is tuned with the poster; its exact size is not the coach's to pin.
  const stable = lines.map((line) =>
    line.endsWith('[poster/too-long]')
      ? line.replace(/[\d.]+ pt/, '… pt').replace(/\(\d+ words\)/g, '(… words)')
      : line,
  )
  await expect(`${stable.join('\n')}\n`).toMatchFileSnapshot('../fixtures/coach-bad/messages.txt')
})
