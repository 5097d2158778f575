/**
 * Take-away formats end to end (issue 10): `storydeck build --single-file
 * --pptx --pdf` on a Danish story with an image, a brand logo and notes.
 * The single files open alone from an empty folder over file:// with every
 * request blocked; the handout PDF has one page per slide with the notes;
 * the PowerPoint holds the texts and notes, and LibreOffice opens it.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import JSZip from 'jszip'
import type { BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { deckSlideCount } from '../../src/render/deck-plan.ts'
import { parseStory } from '../../src/story/parse.ts'
import '../../src/story/data.ts'
import { hasBrowser, openBrowser } from '../util/browser.ts'
import { makeProject, runCli } from '../util/cli.ts'

const SLUG = 'havnen'
const STORY = `---
title: Én indgang til hjælp
organisation: Havnens Forsikring
author: Mette Holm
role: Direktør
date: 2026-03-12
lang: da
brand:
  logo: stories/havnen/logo.png
---

Sådan vil vi have, at en skade føles for kunden i 2028.

Noter: Velkommen til alle, også dem der ser med hjemmefra.

# Fra

Hver skade venter i den samme kø.

Noter: Fortæl historien om kælderen i Aarhus.

# Til

Enkle skader klarer sig selv på en dag.

# Fordi

Et menneske i nød har brug for et menneske.

# Billedet

## Holdet ved kysten

![Holdet samlet på kajen](havnen/team.png)

Vi møder kunden, hvor skaden er sket.

Noter: Peg på billedet og nævn holdets navne.

# Hvad det betyder for dig

## Skadebehandlere

Færre blanketter, mere tid med kunderne.

Noter: Spørg, hvem der har prøvet det nye system.

## IT

Vi automatiserer de enkle forløb.

# Vejen dertil

## 2027 — Glasskader afgøres automatisk

Den første gruppe skader klarer sig selv.

## 2028 — Én kontaktperson

Hver svær skade har én navngiven kontakt.

# Spørgsmål

- Hvilke skader i dit team er glasskader?
- Hvad ville du holde op med først?
`

/** A small PNG with a coloured band (a real image, not a placeholder). */
function png(width: number, height: number, colour: [number, number, number]): Uint8Array {
  const image = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 4
      const band = y < height / 2
      image.data[offset] = band ? colour[0] : 240
      image.data[offset + 1] = band ? colour[1] : 240
      image.data[offset + 2] = band ? colour[2] : 240
      image.data[offset + 3] = 255
    }
  }
  return PNG.sync.write(image)
}

function tool(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function pdfPages(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

const hasLibreOffice = tool('libreoffice')
if (!hasLibreOffice && process.env.CI === 'true')
  throw new Error('CI=true but no libreoffice found (install Debian’s libreoffice-impress)')

let root = ''
let out = ''
let log = ''
let code = -1
let slides = 0

beforeAll(async () => {
  root = await makeProject({
    [`stories/${SLUG}.md`]: STORY,
    [`stories/${SLUG}/team.png`]: png(160, 90, [31, 78, 121]),
    [`stories/${SLUG}/logo.png`]: png(120, 40, [200, 85, 61]),
  })
  out = path.join(root, 'dist')
  const story = parseStory(new VFile({ path: `stories/${SLUG}.md`, value: STORY }))
  if (story === undefined) throw new Error('fixture story does not parse')
  slides = deckSlideCount(story)
  const result = await runCli(['build', '--single-file', '--pptx', ...(hasBrowser() ? ['--pdf'] : [])], root)
  code = result.code
  log = result.stderr
}, 120_000)

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

describe('build --single-file --pptx --pdf', () => {
  it('builds and writes every take-away file', async () => {
    expect(code, log).toBe(0)
    for (const file of [`${SLUG}.html`, `${SLUG}.poster.html`, `${SLUG}/deck.pptx`, `${SLUG}/handout.html`]) {
      expect((await readFile(path.join(out, file))).length, file).toBeGreaterThan(0)
    }
  })
})

describe('the PowerPoint', () => {
  let zip: JSZip
  const part = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? ''
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await readFile(path.join(out, SLUG, 'deck.pptx')))
  })

  it('has one slide per deck slide, with real text for titles, headlines and bullets', async () => {
    const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(names).toHaveLength(slides)
    const text = (await Promise.all(names.map(part))).join('\n')
    for (const words of [
      'Én indgang til hjælp',
      'Hver skade venter i den samme kø.',
      'Skadebehandlere',
      'Glasskader afgøres automatisk',
      'Hvad ville du holde op med først?',
    ]) {
      expect(text).toContain(`<a:t>${words}`)
    }
    expect(text).toContain('lang="da-DK"')
    expect(text).not.toContain('lang="en-US"')
  })

  it('keeps the speaker notes in the notes pane, in Danish', async () => {
    const notes = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
          .map(part),
      )
    ).join('\n')
    for (const words of [
      'Velkommen til alle',
      'Fortæl historien om kælderen i Aarhus.',
      'Peg på billedet',
      'Skadebehandlere:',
    ])
      expect(notes).toContain(words)
    expect(notes).toContain('lang="da-DK"')
  })

  it('places the image and the logo, and draws the timeline and role cards as shapes', async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'))
    expect(media.length).toBeGreaterThanOrEqual(2)
    const master = await part('ppt/slideLayouts/slideLayout2.xml')
    expect(master).toContain('<p:pic>')
    const all = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
          .map(part),
      )
    ).join('\n')
    expect(all).toContain('prst="ellipse"')
    expect(all).toContain('prst="roundRect"')
    expect(all).toContain('prst="line"')
  })

  it('is reproducible: dates are the story’s date', async () => {
    const core = await part('docProps/core.xml')
    expect(core.match(/2026-03-12T00:00:00Z/g)).toHaveLength(2)
    const again = await runCli(['build', '--pptx', '--out', 'dist2'], root)
    expect(again.code, again.stderr).toBe(0)
    const [first, second] = await Promise.all([
      readFile(path.join(out, SLUG, 'deck.pptx')),
      readFile(path.join(root, 'dist2', SLUG, 'deck.pptx')),
    ])
    expect(Buffer.compare(first, second)).toBe(0)
  })

  it.skipIf(!hasLibreOffice)(
    'opens in LibreOffice Impress: one page per slide, titles as text',
    async () => {
      const converted = await mkdtemp(path.join(os.tmpdir(), 'storydeck-lo-'))
      try {
        const profile = pathToFileURL(path.join(converted, 'profile')).href
        execFileSync(
          'libreoffice',
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            converted,
            path.join(out, SLUG, 'deck.pptx'),
          ],
          {
            stdio: 'pipe',
            timeout: 120_000,
          },
        )
        const pdf = path.join(converted, 'deck.pdf')
        expect(pdfPages(pdf)).toBe(slides)
        const text = pdfText(pdf)
        for (const words of [
          'Én indgang til hjælp',
          'Hver skade venter i den samme kø.',
          'Holdet ved kysten',
          'Skadebehandlere',
          'Spørgsmål'.toUpperCase(),
        ]) {
          expect(text).toContain(words)
        }
      } finally {
        await rm(converted, { recursive: true, force: true })
      }
    },
    150_000,
  )
})

describe.skipIf(!hasBrowser())('single files and the handout in Chromium', () => {
  let browser: LaunchedBrowser
  let alone = ''
  beforeAll(async () => {
    browser = await openBrowser()
    // Every other file absent: the single files are copied alone into an empty folder.
    alone = await mkdtemp(path.join(os.tmpdir(), 'storydeck-alone-'))
    await copyFile(path.join(out, `${SLUG}.html`), path.join(alone, `${SLUG}.html`))
    await copyFile(path.join(out, `${SLUG}.poster.html`), path.join(alone, `${SLUG}.poster.html`))
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    if (alone) await rm(alone, { recursive: true, force: true })
  })

  it('the handout PDF has the pages its page planned (fewer than slides) and holds the notes', () => {
    const pdf = path.join(out, SLUG, 'handout.pdf')
    const planned = readFileSync(path.join(out, SLUG, 'handout.html'), 'utf8').split('<article class="page"').length - 1
    expect(planned).toBeLessThan(slides)
    expect(pdfPages(pdf)).toBe(planned)
    const text = pdfText(pdf)
    for (const words of [
      'Velkommen til alle',
      'Fortæl historien om kælderen i Aarhus.',
      'Peg på billedet og nævn holdets navne.',
      'Spørg, hvem der har prøvet',
    ]) {
      expect(text).toContain(words)
    }
  })

  it.each([360, 768])(
    'the handout on a %i px screen: no sideways scrolling, slides whole and their words and notes big enough to read',
    async (width) => {
      const page = await browser.browser.newPage({ viewport: { width, height: 800 } })
      try {
        await page.goto(pathToFileURL(path.join(out, SLUG, 'handout.html')).href)
        const seen = await page.evaluate(() => {
          const size = (selector: string): number[] =>
            [...document.querySelectorAll(selector)].map((node) => Number.parseFloat(getComputedStyle(node).fontSize))
          return {
            scroll: document.documentElement.scrollWidth,
            view: document.documentElement.clientWidth,
            slides: [...document.querySelectorAll('.slide')].map((node) => {
              const box = node.getBoundingClientRect()
              return { left: box.left, right: box.right, content: node.scrollHeight, shown: node.clientHeight }
            }),
            heads: [...document.querySelectorAll('.page-head span')].filter((node) => node.getClientRects().length > 0)
              .length,
            headlines: size('.headline'),
            notes: size('.notes p'),
          }
        })
        expect(seen.scroll).toBeLessThanOrEqual(seen.view)
        expect(seen.slides.length).toBe(slides)
        for (const slide of seen.slides) {
          expect(slide.left).toBeGreaterThanOrEqual(0)
          expect(slide.right).toBeLessThanOrEqual(seen.view)
          // Nothing of a slide is cut off.
          expect(slide.content).toBeLessThanOrEqual(slide.shown + 1)
        }
        // One run of slides: the story's title once, no sheet page numbers.
        expect(seen.heads).toBe(1)
        expect(Math.min(...seen.headlines)).toBeGreaterThanOrEqual(20)
        expect(seen.notes.length).toBeGreaterThan(0)
        expect(Math.min(...seen.notes)).toBeGreaterThanOrEqual(16)
      } finally {
        await page.close()
      }
    },
  )

  it('the single-file deck: every slide, images loaded, speaker view working, nothing requested', async () => {
    const url = pathToFileURL(path.join(alone, `${SLUG}.html`)).href
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 720 } })
    const { requests, problems } = isolate(context, url)
    try {
      const page = await context.newPage()
      await page.goto(url)
      await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() === true)
      expect(await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides())).toBe(slides)
      await expectImagesLoaded(page, 2)
      await expectSpeakerNotes(page, context)
      await page.waitForTimeout(200)
      expect(requests).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 60_000)

  it('the single-file poster: images loaded, nothing requested', async () => {
    const url = pathToFileURL(path.join(alone, `${SLUG}.poster.html`)).href
    const context = await browser.browser.newContext({ viewport: { width: 1200, height: 1600 } })
    const { requests, problems } = isolate(context, url)
    try {
      const page = await context.newPage()
      await page.goto(url)
      await expectImagesLoaded(page, 1)
      expect(await page.locator('body').textContent()).toContain('Én indgang til hjælp')
      expect(requests).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  }, 60_000)
})

interface RevealWindow {
  Reveal: { isReady(): boolean; getTotalSlides(): number; slide(index: number): void }
}

/**
 * Block every request but the page itself (the speaker view loads the same
 * file in its frames), record any other attempt, and record errors.
 */
function isolate(context: BrowserContext, url: string): { requests: string[]; problems: string[] } {
  const requests: string[] = []
  const problems: string[] = []
  const own = (target: string): boolean =>
    target.split(/[?#]/)[0] === url || target.startsWith('data:') || target === 'about:blank'
  context.on('request', (request) => {
    if (!own(request.url())) requests.push(request.url())
  })
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  })
  void context.route('**', (route) => (own(route.request().url()) ? route.continue() : route.abort()))
  return { requests, problems }
}

/** Every `<img>` has pixels (at least `count` of them). */
async function expectImagesLoaded(page: Page, count: number): Promise<void> {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete))
  const widths = await page.evaluate(() => [...document.images].map((image) => image.naturalWidth))
  expect(widths.length).toBeGreaterThanOrEqual(count)
  for (const width of widths) expect(width).toBeGreaterThan(0)
}

/** Go to the first slide with notes, press `s`, and read the notes in the speaker view. */
async function expectSpeakerNotes(page: Page, context: BrowserContext): Promise<void> {
  const index = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides > section')].findIndex(
      (section) => section.querySelector('aside.notes') !== null,
    ),
  )
  expect(index).toBeGreaterThanOrEqual(0)
  await page.evaluate((target) => (window as unknown as RevealWindow).Reveal.slide(target), index)
  const expected =
    (await page.locator('.reveal .slides > section').nth(index).locator('aside.notes').textContent())
      ?.trim()
      .split(/\s+/)
      .slice(0, 4)
      .join(' ') ?? ''
  await page.locator('.reveal').click({ position: { x: 5, y: 5 } })
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
  await popup.waitForFunction(
    (words) =>
      (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .includes(words),
    expected,
    { timeout: 15_000 },
  )
  // The speaker view's frames load the same single file (nothing else) and show its slides.
  await expect
    .poll(
      () => popup.frames().filter((frame) => frame.url().startsWith(`${page.url().split(/[?#]/)[0]}?receiver`)).length,
      { timeout: 15_000 },
    )
    .toBe(2)
  for (const frame of popup.frames().filter((candidate) => candidate.url().includes('?receiver'))) {
    await frame.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() === true, undefined, {
      timeout: 15_000,
    })
    expect(await frame.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides())).toBe(
      await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides()),
    )
  }
  await popup.close()
}
