import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildProject } from '../../src/project/build.ts'
import { storydeck } from '../../src/vite/plugin.ts'
import { writeOutputs } from '../../src/project/write.ts'
import { makeProject, removeProject, storyText } from './project.ts'

let root: string

beforeAll(async () => {
  root = await makeProject({ 'demo.md': storyText('From queue to care'), 'second.md': storyText('A second story') })
})

afterAll(async () => {
  await removeProject(root)
})

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const absolute = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, absolute).split(path.sep).join('/'), await readFile(absolute))
  }
  return files
}

const viteBuild = (outDir: string, plugin = storydeck()): ReturnType<typeof build> =>
  build({ configFile: false, root, logLevel: 'silent', plugins: [plugin], build: { outDir } })

describe('vite build with the plugin', () => {
  it('writes the same files as `storydeck build`', async () => {
    await viteBuild('dist-vite')
    const project = await buildProject({ root, inputs: ['stories'] })
    await writeOutputs(path.join(root, 'dist-cli'), project.builds, project.shared)
    const fromVite = await tree(path.join(root, 'dist-vite'))
    const fromCli = await tree(path.join(root, 'dist-cli'))
    expect([...fromVite.keys()].sort()).toEqual([...fromCli.keys()].sort())
    expect(fromVite.has('demo/index.html') && fromVite.has('index.html')).toBe(true)
    for (const [name, bytes] of fromCli) expect(fromVite.get(name)?.equals(bytes), name).toBe(true)
  })

  it('fails with the story error and its place', async () => {
    const broken = await makeProject({ 'bad.md': storyText('Broken').replace('author:', 'autor:') })
    try {
      const failure: unknown = await build({
        configFile: false,
        root: broken,
        logLevel: 'silent',
        plugins: [storydeck()],
      }).catch((error: unknown) => error)
      // Note: Rolldown gathers plugin errors under `errors`.
      const errors = (failure as { errors?: unknown[] }).errors ?? [failure]
      expect(errors[0]).toMatchObject({
        id: path.join(broken, 'stories', 'bad.md'),
        loc: { line: 4, column: 1 },
        plugin: 'storydeck',
      })
      expect(String((failure as Error).message)).toContain('autor')
    } finally {
      await removeProject(broken)
    }
  })
})
