/**
 * The dev server's in-memory site when stories come and go while it builds.
 */
import { mkdir, unlink, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as read from '../../src/project/read.ts'
import { createSite } from '../../src/project/site.ts'
import { makeProject, removeProject, storyText } from './project.ts'

vi.mock('../../src/project/read.ts', async (original) => {
  const actual = await original<typeof import('../../src/project/read.ts')>()
  return { ...actual, readStory: vi.fn(actual.readStory) }
})

let root = ''
afterEach(async () => {
  vi.mocked(read.readStory).mockClear()
  await removeProject(root)
})

describe('dev server site', () => {
  it('treats a story deleted between listing and reading as removed, and says so', async () => {
    root = await makeProject({ 'demo.md': storyText('Demo'), 'second.md': storyText('A second story') })
    const site = createSite({ root, stories: 'stories', theme: undefined })
    expect((await site.buildAll()).rebuilt.map((build) => build.story?.slug)).toEqual(['demo', 'second'])

    // The file is listed, then deleted before it is read.
    const actual = vi.mocked(read.readStory).getMockImplementation()!
    vi.mocked(read.readStory).mockImplementationOnce(async (absolute, cwd) => {
      if (absolute.endsWith('demo.md')) {
        await unlink(path.join(root, 'stories', 'second.md'))
      }
      return actual(absolute, cwd)
    })
    const update = await site.buildAll()
    expect(update.rebuilt.map((build) => build.story?.slug)).toEqual(['demo'])
    expect(update.removed).toEqual(['second'])
    expect(site.output('second/index.html')).toBeUndefined()
    expect(String(site.output('index.html')?.contents)).not.toContain('A second story')
  })

  it('treats a change event for a story that is gone as its removal', async () => {
    root = await makeProject({ 'demo.md': storyText('Demo'), 'second.md': storyText('A second story') })
    const site = createSite({ root, stories: 'stories', theme: undefined })
    await site.buildAll()
    const second = path.join(root, 'stories', 'second.md')
    await writeFile(second, storyText('A second story, edited'))
    await unlink(second)
    const update = await site.fileChanged(second, 'update')
    expect(update?.removed).toEqual(['second'])
    expect(site.builds().map((build) => build.story?.slug)).toEqual(['demo'])
  })

  it('looks again at an image that changed after a story read it', async () => {
    root = await makeProject({ 'demo.md': storyText('Demo', '\n![A chart](img/chart.svg)\n') })
    const chart = path.join(root, 'stories', 'img', 'chart.svg')
    await mkdir(path.dirname(chart))
    // The story reads the image while it is still being written (empty)…
    await writeFile(chart, '')
    const site = createSite({ root, stories: 'stories', theme: undefined })
    await site.buildAll()
    expect(await site.stale(chart)).toBe(false)
    // …and the rest of the write lands after the read: the image is stale, the story builds again.
    await writeFile(chart, '<svg xmlns="http://www.w3.org/2000/svg"><title>two</title></svg>')
    await utimes(chart, new Date(), new Date(Date.now() + 5_000))
    expect(await site.stale(chart)).toBe(true)
    await site.fileChanged(chart, 'update')
    expect(String(site.output('demo/img/chart.svg')?.contents)).toContain('two')
    expect(await site.stale(chart)).toBe(false)
    expect(await site.stale(path.join(root, 'stories', 'img', 'other.svg'))).toBe(false)
  })

  it('looks again at a theme file that changed after a full build started for it', async () => {
    root = await makeProject({ 'demo.md': storyText('Demo') })
    const css = path.join(root, 'themes', 'ours', 'deck.css')
    await mkdir(path.dirname(css), { recursive: true })
    await writeFile(
      path.join(path.dirname(css), 'theme.json'),
      '{ "name": "Ours", "description": "Ours.", "extends": "nordic" }\n',
    )
    await writeFile(css, '')
    const site = createSite({ root, stories: 'stories', theme: undefined })
    await site.buildAll()
    expect(await site.stale(css)).toBe(false)
    await site.fileChanged(css, 'update')
    expect(await site.stale(css)).toBe(false)
    await writeFile(css, '/* ours */ .reveal { color: #111; }\n')
    await utimes(css, new Date(), new Date(Date.now() + 5_000))
    expect(await site.stale(css)).toBe(true)
    await site.fileChanged(css, 'update')
    expect(await site.stale(css)).toBe(false)
    const deckCss = site.files().find((file) => /^assets\/ours-deck\.[0-9a-f]+\.css$/.test(file))
    expect(Buffer.from(site.output(deckCss ?? '')?.contents ?? '').toString()).toContain('/* ours */')
  })
})
