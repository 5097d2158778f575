/**
 * The sample posters in the system Chromium: each prints on exactly one
 * sheet of every size and orientation (and so does a story with ten times
 * the text), with nothing cut at the sheet's edge; on screen they read on a
 * phone without sideways scrolling, log no errors, fetch nothing from
 * another host, keep text contrast at WCAG AA, and carry a QR code that
 * decodes to the story's link.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import jsQRModule from 'jsqr'
import { toString } from 'mdast-util-to-string'
import type { BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { run } from '../../src/cli/main.ts'
import { renderPoster } from '../../src/render/poster.ts'
import { parseStory, storySlug } from '../../src/story/parse.ts'
import { loadTheme, packageRoot } from '../../src/themes/load.ts'
import type { Theme } from '../../src/themes/theme.ts'
import type { Orientation, PaperSize, Story } from '../../src/types.ts'
import '../../src/story/data.ts'
import { appendFaintText, hasBrowser, openBrowser, serveStatic } from '../util/browser.ts'

// Note: jsqr is CommonJS; its function is both `module.exports` and `.default`, typed as the latter.
const jsQR = jsQRModule.default

const root = fileURLToPath(new URL('../../', import.meta.url))
const storiesDir = path.join(root, 'stories')
const names = (await readdir(storiesDir)).filter((name) => name.endsWith('.md')).sort()
const SIZES: readonly PaperSize[] = ['A4', 'A3', 'A2', 'letter', 'tabloid']
const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape']

/** Every paragraph and list item of a story written out `times` times (headings, notes and frontmatter kept). */
function multiply(markdown: string, times: number): string {
  const end = markdown.indexOf('\n---', 4) + 4
  const blocks = markdown.slice(end).split(/\n\s*\n/)
  const body = blocks.map((block) => {
    const text = block.trim()
    if (!text || text.startsWith('#') || text === '---' || /^\p{L}+:/u.test(text)) return block
    const repeat = (line: string) => Array.from({ length: times }, () => line.replace(/\s*\n\s*/g, ' ')).join(' ')
    if (text.startsWith('- '))
      return text
        .split(/\n- /)
        .map((item) => `- ${repeat(item.replace(/^- /, ''))}`)
        .join('\n')
    return repeat(text)
  })
  return markdown.slice(0, end) + body.join('\n\n')
}

function pdfPages(file: string): number {
  try {
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  } catch {
    // Note: without poppler, count page objects (Chromium writes them uncompressed).
    return (
      execFileSync('cat', [file])
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? []
    ).length
  }
}

/** Record console errors and page errors; abort and record any request that leaves `base`. */
function watch(context: BrowserContext, base: string, problems: string[], outside: string[]): void {
  context.on('page', (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  })
  void context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue()
    outside.push(url)
    return route.abort()
  })
}

/** Text elements whose contrast against their painted background is below WCAG AA. */
async function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const channel = (value: number) => {
      const c = value / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    const parse = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
      0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const rgba = parse(getComputedStyle(node).backgroundColor)
        if (rgba.length === 3 || (rgba[3] ?? 0) > 0.9) return rgba
      }
      return [255, 255, 255]
    }
    const failures: string[] = []
    for (const element of document.querySelectorAll('body *')) {
      const own = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim())
      if (!own) continue
      const style = getComputedStyle(element)
      const [l1, l2] = [luminance(parse(style.color)), luminance(background(element))].sort((a, b) => b - a)
      const ratio = ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05)
      const large =
        parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700)
      if (ratio < (large ? 3 : 4.5)) failures.push(`${element.tagName}.${element.className}: ${ratio.toFixed(2)}`)
    }
    return failures
  })
}

describe.skipIf(!hasBrowser())('sample posters in Chromium', () => {
  let out = ''
  let sheets = ''
  let buildLog = ''
  let buildCode = -1
  let browser: LaunchedBrowser
  let server: { url: string; close(): Promise<void> }
  let theme: Theme
  const stories = new Map<string, Story>()

  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'storydeck-poster-'))
    sheets = path.join(out, 'sheets')
    const io = { write: (chunk: string) => (buildLog += chunk) }
    buildCode = await run(['build', '--out', out], { cwd: root, stdout: io, stderr: io })
    theme = (await loadTheme(packageRoot(), 'nordic')) as Theme
    for (const name of names) {
      const value = await readFile(path.join(storiesDir, name), 'utf8')
      const story = parseStory(new VFile({ path: path.join(storiesDir, name), value }))
      if (story === undefined) throw new Error(`sample ${name} does not parse`)
      stories.set(story.slug, story)
      const long = parseStory(
        new VFile({ path: path.join(storiesDir, `ten-times-${name}`), value: multiply(value, 10) }),
      )
      if (long === undefined) throw new Error(`ten times ${name} does not parse`)
      stories.set(long.slug, long)
    }
    browser = await openBrowser()
    server = await serveStatic(out, '/intranet/')
  }, 120_000)

  afterAll(async () => {
    await server?.close()
    await browser?.close()
    if (out) await rm(out, { recursive: true, force: true })
  })

  it('builds every sample poster under 40 KB', async () => {
    expect(buildCode, buildLog).toBe(0)
    for (const name of names) {
      const html = await readFile(path.join(out, storySlug(name.replace(/\.md$/, '')), 'poster.html'))
      expect(html.byteLength, name).toBeLessThan(40 * 1024)
    }
  })

  it('makes the ten-times stories ten times longer', () => {
    const words = (story: Story | undefined) =>
      (story?.sections ?? [])
        .flatMap((section) => [
          ...(section.headline ? [section.headline.node] : []),
          ...section.slides.flatMap((slide) => slide.body),
        ])
        .map((node) => toString(node))
        .join(' ')
        .split(/\s+/).length
    const slug = storySlug(names[0]?.replace(/\.md$/, '') ?? '')
    expect(words(stories.get(`ten-times-${slug}`))).toBeGreaterThan(9 * words(stories.get(slug)))
  })

  for (const name of names) {
    for (const variant of ['sample', 'ten times'] as const) {
      it(`${name.replace(/\.md$/, '')} (${variant}): one sheet of every size and orientation, nothing cut`, async () => {
        const slug = storySlug(`${variant === 'sample' ? '' : 'ten-times-'}${name.replace(/\.md$/, '')}`)
        const story = stories.get(slug) as Story
        const page = await browser.browser.newPage()
        try {
          for (const size of SIZES) {
            for (const orientation of ORIENTATIONS) {
              const sheet = { ...story, meta: { ...story.meta, poster: { ...story.meta.poster, size, orientation } } }
              const dir = path.join(sheets, `${slug.replace('/', '.')}-${size}-${orientation}`)
              await mkdir(dir, { recursive: true })
              const file = path.join(dir, 'poster.html')
              await writeFile(file, renderPoster(sheet, { theme, images: new Map(), assets: {}, html: false }))
              await page.goto(pathToFileURL(file).href)
              await page.emulateMedia({ media: 'print' })
              const cut = await page.evaluate(() => {
                const poster = document.querySelector('.poster') as HTMLElement
                return poster.scrollHeight - poster.clientHeight
              })
              expect(cut, `${size} ${orientation}: content taller than the sheet`).toBeLessThanOrEqual(1)
              await page.pdf({ path: path.join(dir, 'poster.pdf'), preferCSSPageSize: true, printBackground: true })
              expect(pdfPages(path.join(dir, 'poster.pdf')), `${size} ${orientation}`).toBe(1)
            }
          }
        } finally {
          await page.close()
        }
      }, 90_000)
    }
  }

  for (const name of names) {
    for (const mode of ['http', 'file'] as const) {
      it(`${name.replace(/\.md$/, '')} over ${mode}: phone width, no errors, nothing from outside, AA contrast, QR decodes`, async () => {
        const slug = storySlug(name.replace(/\.md$/, ''))
        const base = mode === 'http' ? server.url : `${pathToFileURL(out).href}/`
        const context = await browser.browser.newContext({
          viewport: { width: 360, height: 800 },
          deviceScaleFactor: 2,
        })
        const problems: string[] = []
        const outside: string[] = []
        watch(context, base, problems, outside)
        try {
          const page = await context.newPage()
          await page.goto(`${base}${slug}/poster.html`)
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
          expect(await page.locator('script').count()).toBe(0)
          expect(await lowContrast(page)).toEqual([])

          const link = stories.get(slug)?.meta.poster.link
          if (link !== undefined) {
            const png = PNG.sync.read(await page.locator('.colophon__qr svg').screenshot())
            expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(link)
          }

          await page.setViewportSize({ width: 1280, height: 900 })
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
          const columns = await page.evaluate(
            () => getComputedStyle(document.querySelector('.spine') as Element).gridTemplateColumns.split(' ').length,
          )
          expect(columns).toBe(5)
          expect(problems).toEqual([])
          expect(outside).toEqual([])

          // The contrast check itself notices faint text.
          await appendFaintText(page, 'color:#bbbbbb')
          expect(await lowContrast(page)).toHaveLength(1)
        } finally {
          await context.close()
        }
      }, 60_000)
    }
  }
})

describe.skipIf(!hasBrowser())('a poster with a picture, from disk', () => {
  it('shows the story’s own image under the page’s policy and still prints one A4 sheet', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'storydeck-poster-image-'))
    const browser = await openBrowser()
    try {
      const png = new PNG({ width: 64, height: 96 })
      png.data.fill(120)
      await mkdir(path.join(project, 'stories', 'harbour'), { recursive: true })
      await writeFile(path.join(project, 'stories', 'harbour', 'dawn.png'), PNG.sync.write(png))
      const story = `---\ntitle: A picture\nposter:\n  size: A4\n---\n\n# From\nOld.\n\n# To\nNew.\n\n# Because\nWhy.\n\n# The picture\n![The harbour at dawn](harbour/dawn.png)\n\nA tall picture above.\n`
      await writeFile(path.join(project, 'stories', 'picture.md'), story)
      let log = ''
      const io = { write: (chunk: string) => (log += chunk) }
      expect(await run(['build', '--out', 'dist'], { cwd: project, stdout: io, stderr: io }), log).toBe(0)

      const context = await browser.browser.newContext()
      const problems: string[] = []
      const outside: string[] = []
      const base = `${pathToFileURL(path.join(project, 'dist')).href}/`
      watch(context, base, problems, outside)
      const page = await context.newPage()
      await page.goto(`${base}picture/poster.html`)
      const image = page.locator('.block--picture img')
      await expect.poll(() => image.evaluate((node) => (node as HTMLImageElement).naturalWidth)).toBe(64)
      expect(await image.getAttribute('alt')).toBe('The harbour at dawn')
      await page.emulateMedia({ media: 'print' })
      const pdf = path.join(project, 'poster.pdf')
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
      expect(pdfPages(pdf)).toBe(1)
      expect(problems).toEqual([])
      expect(outside).toEqual([])
      await context.close()
    } finally {
      await browser.close()
      await rm(project, { recursive: true, force: true })
    }
  }, 60_000)
})
