import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { run } from '../../src/cli/main.ts'
import { createSandbox, goodStory, type Sandbox } from '../hardening/project.ts'

function io(cwd: string) {
  let err = ''
  return {
    io: { stdout: { write: () => true }, stderr: { write: (chunk: string) => (err += chunk) }, cwd },
    err: () => err,
  }
}

describe('storydeck new --from and translations sync', () => {
  let sandbox: Sandbox | undefined
  afterEach(async () => sandbox?.remove())

  test('start a version, then record it in step with its source', async () => {
    sandbox = await createSandbox()
    await sandbox.write('stories/claims.md', goodStory('Fra kø til omsorg').replace('lang: en', 'lang: da'))
    const first = io(sandbox.root)
    expect(await run(['new', '--from', 'claims', '--lang', 'de'], first.io)).toBe(0)
    // Note: the lines are for the translator, in the version's language.
    expect(first.err()).toContain('stories/claims.de.md angelegt: der Aufbau von stories/claims.md')
    const version = path.join(sandbox.root, 'stories/claims.de.md')
    const text = await readFile(version, 'utf8')
    expect(text).toContain('title: "[übersetzen] Fra kø til omsorg"')
    expect(text).toContain('# Von\n[übersetzen] Every claim waits')
    // Never overwrites; the source's own language and a missing source are refused.
    expect(await run(['new', '--from', 'claims', '--lang', 'de'], io(sandbox.root).io)).toBe(1)
    expect(await run(['new', '--from', 'claims', '--lang', 'da'], io(sandbox.root).io)).toBe(2)
    expect(await run(['new', '--from', 'nothing', '--lang', 'sv'], io(sandbox.root).io)).toBe(1)
    expect(await run(['new', '--from', 'claims'], io(sandbox.root).io)).toBe(2)
    // Sync rewrites the fingerprint line in place after the source changed.
    await sandbox.write(
      'stories/claims.md',
      goodStory('Fra kø til omsorg', '\n# Questions\n- Why?\n').replace('lang: en', 'lang: da'),
    )
    const sync = io(sandbox.root)
    expect(await run(['translations', 'sync'], sync.io)).toBe(0)
    expect(sync.err()).toContain('stories/claims.de.md: auf dem Stand von stories/claims.md')
    const after = await readFile(version, 'utf8')
    const line = (value: string) => /^source-fingerprint: (\w+)$/m.exec(value)?.[1]
    expect(line(after)).toMatch(/^[0-9a-f]{12}$/)
    expect(line(after)).not.toBe(line(text))
    expect(after.match(/source-fingerprint/g)?.length).toBe(1)
  })
})
