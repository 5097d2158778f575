/**
 * The built sample decks in the system Chromium, over http (under a
 * sub-path) and from disk (file://): every slide is there, navigation
 * reaches the end, nothing errors, nothing is fetched from outside the
 * output folder, the speaker view shows the notes, and `--pdf` prints one
 * page per slide.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { load } from 'cheerio'
import type { BrowserContext, Page } from 'playwright-core'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INSTALL_HINT, type LaunchedBrowser } from '../../src/export/browser.ts'
import { run } from '../../src/cli/main.ts'
import { deckSlideCount } from '../../src/render/deck-plan.ts'
import { parseStory, storySlug } from '../../src/story/parse.ts'
import '../../src/story/data.ts'
import { hasBrowser, openBrowser, serveStatic } from '../util/browser.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const storiesDir = path.join(root, 'stories')
const names = (await readdir(storiesDir)).filter((name) => name.endsWith('.md')).sort()
const PREFIX = '/intranet/town-hall/'

/** Slug -> slide count from the story model. */
async function expectedCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const name of names) {
    const file = new VFile({
      path: path.join(storiesDir, name),
      value: await readFile(path.join(storiesDir, name), 'utf8'),
    })
    const story = parseStory(file)
    if (story === undefined) throw new Error(`sample ${name} does not parse`)
    counts.set(story.slug, deckSlideCount(story))
  }
  return counts
}

function pdfPages(file: string): number {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  } catch {
    // Note: without poppler, count page objects (Chromium writes them uncompressed).
    return (
      execFileSync('cat', [file])
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? []
    ).length
  }
}

describe.skipIf(!hasBrowser())('sample decks in Chromium', () => {
  let out = ''
  let buildCode = -1
  let buildLog = ''
  let counts = new Map<string, number>()
  let browser: LaunchedBrowser
  let server: { url: string; close(): Promise<void> }

  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'storydeck-e2e-'))
    counts = await expectedCounts()
    buildCode = await run(['build', '--out', out, '--pdf'], {
      cwd: root,
      stdout: { write: (chunk: string) => (buildLog += chunk) },
      stderr: { write: (chunk: string) => (buildLog += chunk) },
    })
    browser = await openBrowser()
    server = await serveStatic(out, PREFIX)
  }, 180_000)

  afterAll(async () => {
    await server?.close()
    await browser?.close()
    if (out) await rm(out, { recursive: true, force: true })
  })

  it('builds every sample with its PDFs', () => {
    expect(buildLog).toContain(`PDF ${names.length}`)
    expect(buildCode, buildLog).toBe(0)
  })

  it('prints one PDF page per slide', () => {
    for (const [slug, count] of counts) expect(pdfPages(path.join(out, slug, 'deck.pdf')), slug).toBe(count)
  })

  it('lists every story on the index page with relative links', async () => {
    const $ = load(await readFile(path.join(out, 'index.html'), 'utf8'))
    const hrefs = $('a.deck')
      .toArray()
      .map((node) => $(node).attr('href'))
    // Note: one card per story (its language versions are listed on the source's card), newest first since issue 18.
    const sources = [...counts.keys()].filter((slug) => !slug.includes('/'))
    expect([...hrefs].sort()).toEqual(sources.map((slug) => `${slug}/index.html`).sort())
    expect(
      $('h2 a')
        .toArray()
        .map((node) => $(node).text()),
    ).toHaveLength(sources.length)
    const versions = $('p.languages a')
      .toArray()
      .map((node) => $(node).attr('href'))
      .filter((href) => href?.split('/').length === 3)
    expect(versions.sort()).toEqual(
      [...counts.keys()]
        .filter((slug) => slug.includes('/'))
        .map((slug) => `${slug}/index.html`)
        .sort(),
    )
  })

  const modes = ['http', 'file'] as const
  for (const name of names) {
    for (const mode of modes) {
      it(`${name.replace(/\.md$/, '')} over ${mode}: all slides, navigation, speaker notes, nothing from outside`, async () => {
        const slug = storySlug(name.replace(/\.md$/, ''))
        const base = mode === 'http' ? server.url : `${pathToFileURL(out).href}/`
        const context = await browser.browser.newContext({ viewport: { width: 1280, height: 720 } })
        const problems: string[] = []
        const outside: string[] = []
        watch(context, base, problems, outside)
        try {
          const page = await context.newPage()
          await page.goto(`${base}${slug}/index.html`)
          await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() === true)
          const total = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides())
          expect(total).toBe(counts.get(slug))

          await page.locator('.reveal').click({ position: { x: 5, y: 5 } })
          for (let step = 1; step < total; step++) await page.keyboard.press('ArrowRight')
          await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal.isLastSlide())
          await page.waitForURL((url) => url.hash === `#/${total - 1}`, { timeout: 5_000 })

          await expectSpeakerNotes(page, context)
          await page.waitForTimeout(200)
          expect(problems).toEqual([])
          expect(outside).toEqual([])
        } finally {
          await context.close()
        }
      }, 60_000)
    }
  }
})

describe('build --pdf without a browser', () => {
  it('writes the HTML, says how to install Chromium, and exits 1', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'storydeck-nopdf-'))
    const saved = process.env.CHROME_PATH
    process.env.CHROME_PATH = path.join(out, 'no-such-chromium')
    let log = ''
    try {
      const io = {
        cwd: root,
        stdout: { write: (chunk: string) => (log += chunk) },
        stderr: { write: (chunk: string) => (log += chunk) },
      }
      const code = await run(['build', 'stories/harbour-mutual-claims.md', '--out', out, '--pdf'], io)
      expect(code).toBe(1)
      expect(log).toContain(INSTALL_HINT)
      expect(log).toContain('The HTML decks and posters were written.')
      expect(await readFile(path.join(out, 'harbour-mutual-claims', 'index.html'), 'utf8')).toContain('<section')
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH
      else process.env.CHROME_PATH = saved
      await rm(out, { recursive: true, force: true })
    }
  })
})

interface RevealWindow {
  Reveal: { isReady(): boolean; getTotalSlides(): number; isLastSlide(): boolean; slide(index: number): void }
}

/** Record console errors, page errors and any request outside `base` (and block those). */
function watch(context: BrowserContext, base: string, problems: string[], outside: string[]): void {
  const record = (page: Page): void => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  }
  context.on('page', record)
  void context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(base) || url.startsWith('data:') || url === 'about:blank') return route.continue()
    outside.push(url)
    return route.abort()
  })
}

/** Go to the first slide with notes, press `s`, and read the notes in the speaker view. */
async function expectSpeakerNotes(page: Page, context: BrowserContext): Promise<void> {
  const index = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].findIndex(
      (section) => section.querySelector('aside.notes') !== null,
    ),
  )
  expect(index, 'a sample without speaker notes').toBeGreaterThanOrEqual(0)
  await page.evaluate((target) => (window as unknown as RevealWindow).Reveal.slide(target), index)
  const expected =
    (await page.locator('.reveal .slides > section').nth(index).locator('aside.notes').textContent())
      ?.trim()
      .split(/\s+/)
      .slice(0, 4)
      .join(' ') ?? ''
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
  await popup.waitForFunction(
    (words) =>
      (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .includes(words),
    expected,
    { timeout: 15_000 },
  )
  await popup.close()
}
