/**
 * Issue 8: nothing lost, and reproducible builds. A story that breaks keeps
 * its previous `dist/<slug>/`; the other stories still build; the exit code
 * says one failed; the sources are never modified; the same inputs give
 * byte-identical `dist/` (also from another folder).
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../util/cli.ts'
import { createSandbox, goodStory, hashTree, PNG, type Sandbox } from './project.ts'

const STORIES: Record<string, string | Uint8Array> = {
  'stories/alpha.md': goodStory(
    'Alpha, from queue to care',
    '\n# The picture\n\n![the team](img/team.png)\n\n# Questions\n- What would you stop doing first?\n',
  ),
  'stories/beta.md': goodStory(
    'Beta, one contact',
    '\n# What it means for you\n\n## Claims handlers\nFewer forms.\n\n## IT\nAutomate.\n',
  ),
  'stories/img/team.png': PNG,
}

async function project(): Promise<Sandbox> {
  const box = await createSandbox()
  for (const [file, contents] of Object.entries(STORIES)) await box.write(file, contents)
  return box
}

describe('nothing lost, reproducible (issue 8)', () => {
  let first: Sandbox
  let second: Sandbox
  beforeAll(async () => {
    first = await project()
    second = await project()
  })
  afterAll(async () => {
    await first.remove()
    await second.remove()
  })

  it('builds the same inputs to byte-identical dist/, twice in place and from another folder', {
    timeout: 120_000,
  }, async () => {
    expect((await runCli(['build'], first.root)).code).toBe(0)
    const once = await hashTree(path.join(first.root, 'dist'))
    expect(Object.keys(once)).toEqual(
      expect.arrayContaining(['alpha/index.html', 'alpha/poster.html', 'beta/index.html']),
    )
    expect((await runCli(['build'], first.root)).code).toBe(0)
    expect(await hashTree(path.join(first.root, 'dist'))).toEqual(once)
    expect((await runCli(['build'], second.root)).code).toBe(0)
    expect(await hashTree(path.join(second.root, 'dist'))).toEqual(once)
  })

  it('builds the sample stories to byte-identical output twice', { timeout: 180_000 }, async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const outA = path.join(first.base, 'samples-a')
    const outB = path.join(first.base, 'samples-b')
    expect((await runCli(['build', '--out', outA], root)).code).toBe(0)
    expect((await runCli(['build', '--out', outB], root)).code).toBe(0)
    const a = await hashTree(outA)
    expect(Object.keys(a).filter((file) => file.endsWith('/index.html')).length).toBeGreaterThanOrEqual(6)
    expect(await hashTree(outB)).toEqual(a)
  })

  it('keeps a broken story’s previous output, builds the others, exits 1, never touches the sources', {
    timeout: 120_000,
  }, async () => {
    const dist = path.join(first.root, 'dist')
    if (Object.keys(await hashTree(dist).catch(() => ({}))).length === 0)
      expect((await runCli(['build'], first.root)).code).toBe(0)
    const before = await hashTree(dist)
    const alphaBefore = Object.fromEntries(Object.entries(before).filter(([file]) => file.startsWith('alpha/')))

    const broken = String(STORIES['stories/alpha.md']).replace('lang: en', 'lang: en\ndate: 2026-02-30')
    const alphaPath = await first.write('stories/alpha.md', broken)
    const betaPath = await first.write('stories/beta.md', goodStory('Beta, one contact, changed'))
    const sources = { alpha: await readFile(alphaPath), beta: await readFile(betaPath) }

    const cli = await runCli(['build'], first.root)
    expect(cli.code).toBe(1)
    expect(cli.stderr).toMatch(/alpha\.md:\d+:\d+: error: The date `2026-02-30` does not exist in the calendar\./)

    const after = await hashTree(dist)
    const alphaAfter = Object.fromEntries(Object.entries(after).filter(([file]) => file.startsWith('alpha/')))
    expect(alphaAfter).toEqual(alphaBefore)
    expect(after['beta/index.html']).toBeDefined()
    expect(after['beta/index.html']).not.toBe(before['beta/index.html'])
    expect(await readFile(alphaPath)).toEqual(sources.alpha)
    expect(await readFile(betaPath)).toEqual(sources.beta)
    const leftovers = (await readdir(dist)).filter((name) => name.startsWith('.tmp-') || name.startsWith('.old-'))
    expect(leftovers).toEqual([])
  })
})
