import { cp, mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectHmr, makeProject, removeProject, startServer, storyText, type HmrClient } from './project.ts'

let root: string
let server: ViteDevServer
let url: string
let hmr: HmrClient

beforeAll(async () => {
  root = await makeProject({ 'demo.md': storyText('From queue to care') })
  await writeFile(path.join(root, '.env'), 'SECRET=1\n')
  ;({ server, url } = await startServer(root))
  hmr = await connectHmr(server, url)
})

afterAll(async () => {
  hmr.close()
  await server.close()
  await removeProject(root)
})

const get = (pathname: string): Promise<Response> => fetch(`${url}${pathname}`, { redirect: 'manual' })
const isReload = (page: string) => (payload: { event?: string; data?: { pages?: string[] } }) =>
  payload.event === 'storydeck:reload' && (payload.data?.pages ?? []).includes(page)

describe('storydeck dev server', () => {
  it('binds to 127.0.0.1 by default', () => {
    const address = server.httpServer?.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
  })

  it('serves the index, the deck, the poster and shared assets', async () => {
    const index = await get('/')
    expect(index.status).toBe(200)
    const indexHtml = await index.text()
    expect(indexHtml).toContain('From queue to care')
    expect(indexHtml).toContain('/@vite/client')

    expect((await get('/demo')).headers.get('location')).toBe('/demo/')
    const deck = await get('/demo/')
    expect(deck.status).toBe(200)
    const deckHtml = await deck.text()
    expect(deckHtml).toContain('From queue to care')
    expect(deckHtml).toContain('/@storydeck/client.js')

    const asset = /(?:src|href)="\.\.(?:\/|&#x2F;)(assets(?:\/|&#x2F;)[^"]+)"/.exec(deckHtml)?.[1]
    expect(asset).toBeDefined()
    expect((await get(`/${asset?.replace(/&#x2F;/g, '/')}`)).status).toBe(200)

    const poster = await get('/demo/poster.html')
    expect(poster.status).toBe(200)
    expect(await poster.text()).toContain('From queue to care')
  })

  it('serves the dev client through Vite, with HMR', async () => {
    const client = await get('/@storydeck/client.js')
    expect(client.status).toBe(200)
    expect(await client.text()).toContain('storydeck:reload')
  })

  it('serves nothing outside the project and no dotfiles', async () => {
    expect((await get('/.env')).status).not.toBe(200)
    expect((await get('/@fs/etc/passwd')).status).not.toBe(200)
    expect((await get('/demo/../../etc/passwd')).status).not.toBe(200)
  })

  it('rebuilds a story on save and tells open pages', async () => {
    const reload = hmr.next(isReload('/demo/'))
    await writeFile(path.join(root, 'stories', 'demo.md'), storyText('From queue to real care'))
    const payload = await reload
    expect(payload.data?.pages).toContain('/demo/poster.html')
    expect(await (await get('/demo/')).text()).toContain('From queue to real care')
    expect(await (await get('/')).text()).toContain('From queue to real care')
  })

  it('serves the last of several quick saves, which the watcher reports as one', async () => {
    const file = path.join(root, 'stories', 'demo.md')
    for (const title of ['Quick save one', 'Quick save two', 'Quick save three']) {
      await writeFile(file, storyText(title))
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const deadline = Date.now() + 5000
    let text = ''
    while (Date.now() < deadline && !text.includes('Quick save three')) {
      text = await (await get('/demo/')).text()
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(text).toContain('Quick save three')
    const reload = hmr.next(isReload('/demo/'))
    await writeFile(file, storyText('From queue to real care'))
    await reload
  })

  it('shows an error with its place, and clears it when fixed', async () => {
    // Note: match the error of this save; a read of the half-written file (empty) may report another one first.
    const error = hmr.next((payload) => payload.type === 'error' && /autor/.test(payload.err?.message ?? ''))
    const broken = storyText('From queue to care').replace('author: Sam Berg', 'autor: Sam Berg')
    await writeFile(path.join(root, 'stories', 'demo.md'), broken)
    const payload = await error
    expect(payload.err?.loc).toEqual({ file: path.join(root, 'stories', 'demo.md'), line: 4, column: 1 })
    expect(payload.err?.message).toMatch(/autor/)
    expect(payload.err?.frame).toContain('4 | autor: Sam Berg')

    const page = await get('/demo/')
    expect(page.status).toBe(500)
    expect(await page.text()).toContain('ErrorOverlay')

    const reload = hmr.next((candidate) => candidate.type === 'full-reload' && candidate.path === '/demo/index.html')
    await writeFile(path.join(root, 'stories', 'demo.md'), storyText('From queue to care'))
    await reload
    expect((await get('/demo/')).status).toBe(200)
  })

  it('rebuilds the stories that show an image when the image changes', async () => {
    await mkdir(path.join(root, 'stories', 'img'), { recursive: true })
    await writeFile(
      path.join(root, 'stories', 'img', 'chart.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><title>one</title></svg>',
    )
    const first = hmr.next(isReload('/demo/'))
    await writeFile(
      path.join(root, 'stories', 'demo.md'),
      storyText('From queue to care', '\n![A chart of claims](img/chart.svg)\n'),
    )
    await first
    expect(await (await get('/demo/img/chart.svg')).text()).toContain('one')

    // Note: the watcher may report the file while it is still being written (empty); the server looks again,
    // so poll the served image instead of trusting the first reload.
    await writeFile(
      path.join(root, 'stories', 'img', 'chart.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><title>two</title></svg>',
    )
    let served = ''
    for (let tries = 0; tries < 100 && !served.includes('two'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      served = await (await get('/demo/img/chart.svg')).text()
    }
    expect(served).toContain('two')
  })

  it('rebuilds a story when only its brand logo changes', async () => {
    // Note: poll the served logo instead of trusting the next reload event,
    // which an earlier test's delayed re-check may send.
    const served = async (text: string): Promise<boolean> => {
      for (let tries = 0; tries < 100; tries++) {
        if ((await (await get('/demo/brand/logo.svg')).text()).includes(text)) return true
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return false
    }
    await mkdir(path.join(root, 'brand'), { recursive: true })
    const svg = (text: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><title>${text}</title></svg>`
    await writeFile(path.join(root, 'brand', 'logo.svg'), svg('first logo'))
    await writeFile(
      path.join(root, 'stories', 'demo.md'),
      storyText('From queue to care').replace('lang: en\n', 'lang: en\nbrand:\n  logo: brand/logo.svg\n'),
    )
    expect(await served('first logo')).toBe(true)

    const second = hmr.next(isReload('/demo/'))
    await writeFile(path.join(root, 'brand', 'logo.svg'), svg('second logo'))
    await second
    expect(await served('second logo')).toBe(true)
    await writeFile(path.join(root, 'stories', 'demo.md'), storyText('From queue to care'))
  })

  it('rebuilds every story when a theme file changes', async () => {
    const ownTheme = path.join(root, 'themes', 'nordic')
    const copied = hmr.next(isReload('/demo/'))
    await cp(path.resolve('themes', 'nordic'), ownTheme, { recursive: true })
    await copied
    const edited = hmr.next(isReload('/demo/'))
    await writeFile(
      path.join(ownTheme, 'deck.css'),
      `${await readFile(path.join(ownTheme, 'deck.css'), 'utf8')}\n/* brand-new-rule */\n`,
    )
    await edited
    const themeCss = async (): Promise<string> => {
      const deck = await (await get('/demo/')).text()
      const css = /href="\.\.(?:\/|&#x2F;)(assets(?:\/|&#x2F;)nordic-deck[^"]+)"/
        .exec(deck)?.[1]
        ?.replace(/&#x2F;/g, '/')
      return (await get(`/${css}`)).text()
    }
    // Note: copying the theme fires one event per file; the edit's rebuild is the last one.
    await expect.poll(themeCss, { timeout: 5000 }).toContain('brand-new-rule')
  })

  it('adds new stories to the index and removes deleted ones', async () => {
    // Note: wait for the reload that names the new story's page; an earlier test's full rebuild may still send one for `/`.
    const added = hmr.next(isReload('/second/'))
    await writeFile(path.join(root, 'stories', 'second.md'), storyText('A second story'))
    await added
    expect(await (await get('/')).text()).toContain('A second story')
    expect((await get('/second/')).status).toBe(200)

    // Note: the add may still send a second reload naming `/second/` (a create and a change event), so after a reload,
    // poll the index until it no longer lists the story.
    const removed = hmr.next(isReload('/second/'))
    await unlink(path.join(root, 'stories', 'second.md'))
    await removed
    await expect.poll(async () => (await get('/')).text(), { timeout: 5000 }).not.toContain('A second story')
    expect((await get('/second/')).status).not.toBe(200)
  })
})
