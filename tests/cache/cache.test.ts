/**
 * The incremental build cache (issue 9): unchanged stories are not built
 * again, and every kind of input change shows up in the output.
 */
import { cp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { cacheFileOf } from '../../src/project/cache.ts'
import { buildProject } from '../../src/project/build.ts'
import { writeOutputs } from '../../src/project/write.ts'
import { makeProject, runCli } from '../util/cli.ts'

const builtInThemes = fileURLToPath(new URL('../../themes', import.meta.url))

/** A 1×1 PNG, and another one of the same size with one byte changed. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const PNG2 = Buffer.from(PNG.map((byte, index) => (index === PNG.length - 20 ? byte ^ 1 : byte)))

function story(title: string, extra = ''): string {
  return `---\ntitle: ${title}\nlang: en\n${extra}---\n\nOne queue becomes the right care.\n\n# From\nEvery claim waits in the same queue.\n\n# To\nSimple claims settle themselves within a day.\n\n# Because\nA person in trouble needs a person.\n`
}

const ALPHA = `${story('Alpha', 'theme: custom\n')}\n# The picture\n![The new desk](img/desk.png)\n`
const BETA = `${story('Beta')}\n# Chapter\nWe leverage synergy to empower our value proposition going forward.\n`

let roots: string[] = []
afterEach(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true })
  roots = []
})

async function project(): Promise<string> {
  const root = await makeProject({ 'stories/alpha.md': ALPHA, 'stories/beta.md': BETA, 'stories/img/desk.png': PNG })
  await cp(path.join(builtInThemes, 'nordic'), path.join(root, 'themes', 'custom'), { recursive: true })
  roots.push(root)
  return root
}

/** Build with the CLI; returns each story's state (`built`, `unchanged`) and the report. */
async function build(
  root: string,
  ...flags: string[]
): Promise<{ states: Record<string, string>; stderr: string; code: number }> {
  const result = await runCli(['build', ...flags], root)
  const states = Object.fromEntries(
    [...result.stderr.matchAll(/^[✓✗] (\S+): ([a-z ]+)/gmu)].map((match) => [match[1], match[2]?.trim()]),
  )
  return { states, stderr: result.stderr, code: result.code }
}

const read = (root: string, file: string): Promise<string> => readFile(path.join(root, 'dist', file), 'utf8')
/** The index page with `/` unescaped (mustache writes `&#x2F;`). */
const readIndex = async (root: string): Promise<string> => (await read(root, 'index.html')).replaceAll('&#x2F;', '/')

describe('incremental build cache', () => {
  it('skips unchanged stories, keeps their outputs and reports their messages again', async () => {
    const root = await project()
    const first = await build(root)
    expect(first.code).toBe(0)
    expect(first.states).toEqual({ alpha: 'built', beta: 'built' })
    const deck = await read(root, 'beta/index.html')
    const deckTime = (await stat(path.join(root, 'dist', 'beta', 'index.html'))).mtimeMs

    const second = await build(root)
    expect(second.states).toEqual({ alpha: 'unchanged', beta: 'unchanged' })
    expect(second.stderr).toContain('2 of 2 stories built into dist/ (2 unchanged')
    // Same findings, same places, same words: only the state lines differ.
    const findings = (text: string): string[] => text.split('\n').filter((line) => line.includes('.md:'))
    expect(findings(first.stderr).length).toBeGreaterThan(0)
    expect(findings(second.stderr)).toEqual(findings(first.stderr))
    expect(await read(root, 'beta/index.html')).toBe(deck)
    expect((await stat(path.join(root, 'dist', 'beta', 'index.html'))).mtimeMs).toBe(deckTime)
    // The index still lists every story.
    const index = await readIndex(root)
    expect(index).toContain('alpha/index.html')
    expect(index).toContain('beta/poster.html')
  })

  it('builds a story again when its text changes', async () => {
    const root = await project()
    await build(root)
    await writeFile(
      path.join(root, 'stories', 'beta.md'),
      BETA.replace('Every claim waits', 'Every single claim waits'),
    )
    const again = await build(root)
    expect(again.states).toEqual({ alpha: 'unchanged', beta: 'built' })
    expect(await read(root, 'beta/index.html')).toContain('Every single claim waits')
  })

  it('builds a story again when an image it shows changes, even at the same size and modification time', async () => {
    const root = await project()
    await build(root)
    const image = path.join(root, 'stories', 'img', 'desk.png')
    const { atime, mtime } = await stat(image)
    await writeFile(image, PNG2)
    await utimes(image, atime, mtime)
    const again = await build(root)
    expect(again.states).toEqual({ alpha: 'built', beta: 'unchanged' })
    expect(await readFile(path.join(root, 'dist', 'alpha', 'img', 'desk.png'))).toEqual(PNG2)
  })

  it('builds the stories that use a theme again when a theme file changes, and only those', async () => {
    const root = await project()
    await build(root)
    const template = path.join(root, 'themes', 'custom', 'poster.mustache')
    await writeFile(template, (await readFile(template, 'utf8')).replace('</body>', '<!-- theme-changed --></body>'))
    const again = await build(root)
    expect(again.states).toEqual({ alpha: 'built', beta: 'unchanged' })
    expect(await read(root, 'alpha/poster.html')).toContain('theme-changed')
  })

  it('builds every story again when the project config changes', async () => {
    const root = await project()
    await build(root)
    const before = await read(root, 'beta/index.html')
    await writeFile(path.join(root, 'storydeck.config.json'), JSON.stringify({ brand: { primary: '#7a1f5c' } }))
    const again = await build(root)
    expect(again.states).toEqual({ alpha: 'built', beta: 'built' })
    const after = await read(root, 'beta/index.html')
    expect(after).not.toBe(before)
    expect(after).toContain('#7a1f5c')
  })

  it('builds every story again with --force, for another storydeck version, or into another folder', async () => {
    const root = await project()
    await build(root)
    expect((await build(root, '--force')).states).toEqual({ alpha: 'built', beta: 'built' })
    expect((await build(root, '--out', 'other')).states).toEqual({ alpha: 'built', beta: 'built' })

    const outDir = path.join(root, 'dist')
    const built = async (version: string): Promise<string[]> => {
      const result = await buildProject({ root, cache: { outDir, version } })
      await writeOutputs(outDir, result.builds, result.shared)
      await result.cache?.save(result.builds)
      return result.builds.filter((one) => one.cached === undefined).map((one) => String(one.file.stem))
    }
    expect(await built('1.0.0')).toEqual(['alpha', 'beta'])
    expect(await built('1.0.0')).toEqual([])
    expect(await built('1.0.1')).toEqual(['alpha', 'beta'])
  })

  it('builds a story again when its output was deleted or edited', async () => {
    const root = await project()
    await build(root)
    await rm(path.join(root, 'dist', 'alpha', 'poster.html'))
    await writeFile(path.join(root, 'dist', 'beta', 'index.html'), 'edited by hand')
    const again = await build(root)
    expect(again.states).toEqual({ alpha: 'built', beta: 'built' })
    expect(await read(root, 'alpha/poster.html')).toContain('<html')
    expect(await read(root, 'beta/index.html')).toContain('<html')
  })

  it('never caches a story that failed, and survives a damaged cache file', async () => {
    const root = await project()
    await writeFile(path.join(root, 'stories', 'beta.md'), BETA.replace('lang: en', 'lang: xx'))
    expect((await build(root)).code).toBe(1)
    const again = await build(root)
    expect(again.code).toBe(1)
    expect(again.states).toEqual({ alpha: 'unchanged', beta: 'not built' })

    await writeFile(cacheFileOf(root, path.join(root, 'dist')), '{ not json')
    expect((await build(root)).states).toEqual({ alpha: 'built', beta: 'not built' })
  })

  it('keeps listing the other built stories after a build of one file (issue 18)', async () => {
    const root = await project()
    await build(root)
    for (const flags of [[], ['--force']]) {
      const partial = await build(root, ...flags, 'stories/beta.md')
      expect(partial.code).toBe(0)
      expect(Object.keys(partial.states)).toEqual(['beta'])
      const index = await readIndex(root)
      expect(index).toContain('alpha/index.html')
      expect(index).toContain('beta/index.html')
      expect(index.indexOf('alpha/index.html')).toBeLessThan(index.indexOf('beta/index.html'))
    }
    // A story whose outputs were removed by hand is no longer listed.
    await rm(path.join(root, 'dist', 'alpha'), { recursive: true })
    await build(root, 'stories/beta.md')
    expect(await readIndex(root)).not.toContain('alpha/index.html')
  })

  it('keeps the output folder of a deleted story but no longer lists it', async () => {
    const root = await project()
    await build(root)
    await rm(path.join(root, 'stories', 'beta.md'))
    const again = await build(root)
    expect(again.states).toEqual({ alpha: 'unchanged' })
    expect(await read(root, 'beta/index.html')).toContain('<html')
    const index = await readIndex(root)
    expect(index).toContain('alpha/index.html')
    expect(index).not.toContain('beta/index.html')
    const cache = JSON.parse(await readFile(cacheFileOf(root, path.join(root, 'dist')), 'utf8')) as {
      stories: Record<string, unknown>
    }
    expect(Object.keys(cache.stories)).toEqual(['stories/alpha.md'])
  })
})

describe('a story that fails after a good build', () => {
  it('keeps its last good output listed in the index until it builds again', async () => {
    const root = await project()
    await build(root)
    const good = await read(root, 'beta/index.html')
    const source = path.join(root, 'stories', 'beta.md')
    const text = await readFile(source, 'utf8')
    await writeFile(source, text.replace(/^title: .*$/m, 'tittle: Broken'))

    const broken = await build(root)
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/✗ stories\/beta\.md: not built; its last good version stays/)
    expect(await read(root, 'beta/index.html')).toBe(good)
    expect(await readIndex(root)).toContain('beta/index.html')

    // Still broken on the next run: still listed.
    await build(root)
    expect(await readIndex(root)).toContain('beta/index.html')

    // Back to the good text: the kept output is reused as it is.
    await writeFile(source, text)
    const fixed = await build(root)
    expect(fixed.code).toBe(0)
    expect(fixed.states.beta).toBe('unchanged')
    expect(await readIndex(root)).toContain('beta/index.html')
  })
})
