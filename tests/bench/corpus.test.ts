/**
 * The benchmark's corpus (`bench/corpus.mjs`): every story it writes is a
 * story storydeck builds, so the figures measure builds, not failures (a
 * failed story is never cached and is built again on every rebuild).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: the bench is plain JavaScript without types.
import { writeCorpus } from '../../bench/corpus.mjs'
import { runCli } from '../util/cli.ts'

const samples = fileURLToPath(new URL('../../stories', import.meta.url))
const folders: string[] = []

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true })
})

describe('the benchmark corpus', () => {
  it.each(['mixed', 'typical'])(
    '%s: every story passes `storydeck check` without an error',
    async (kind) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'storydeck-corpus-'))
      folders.push(dir)
      await writeCorpus(dir, 40, kind, samples)
      expect(await readdir(path.join(dir, 'stories'))).toHaveLength(40)
      const checked = await runCli(['check', '--silent'], dir)
      expect(checked.stderr).not.toMatch(/ error: /)
      expect(checked.code).toBe(0)
    },
    60_000,
  )
})
