/**
 * Every built-in theme × every sample story in the system Chromium: decks
 * and posters build (with a brand logo), the poster prints on exactly one
 * sheet of every size and orientation, and axe-core finds no serious or
 * critical problem on any slide or on the poster. Screenshots of each
 * theme's title slide and poster are written to `STORYDECK_SCREENSHOTS`
 * (a temporary folder when unset) for people to look at.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { load } from 'cheerio'
import type { Page } from 'playwright-core'
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

const root = fileURLToPath(new URL('../../', import.meta.url))
const storiesDir = path.join(root, 'stories')
const names = (await readdir(storiesDir)).filter((name) => name.endsWith('.md')).sort()
const THEMES = ['nordic', 'hall', 'paper'] as const
const SIZES: readonly PaperSize[] = ['A4', 'A3', 'A2', 'letter', 'tabloid']
const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape']
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64"><rect x="2" y="2" width="60" height="60" rx="12" fill="#c2410c"/>' +
  '<path d="M16 44 32 18l16 26z" fill="#fff"/><text x="76" y="42" font-family="sans-serif" font-size="26" font-weight="700" fill="#c2410c">Acme</text>' +
  '<script>document.title = "pwned"</script></svg>'

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>
}

/** Serious and critical axe violations on the page (or inside `selector`), as `rule: target` strings. */
async function axeProblems(page: Page, selector?: string): Promise<string[]> {
  // Note: the deck's CSP forbids inline scripts, so axe is evaluated, not injected as a <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const result = await page.evaluate(
    async (context) =>
      await (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe.run(
        context ?? document,
        { resultTypes: ['violations'] },
      ),
    selector ?? null,
  )
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`))
}

function pdfPages(file: string): number {
  try {
    return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  } catch {
    return (
      execFileSync('cat', [file])
        .toString('latin1')
        .match(/\/Type\s*\/Page\b/g) ?? []
    ).length
  }
}

describe.skipIf(!hasBrowser())('built-in themes × sample stories in Chromium', () => {
  let work = ''
  let shots = ''
  let browser: LaunchedBrowser
  const servers = new Map<string, { url: string; close(): Promise<void> }>()
  const builds = new Map<string, { code: number; log: string; out: string }>()
  const themes = new Map<string, Theme>()
  const stories: Story[] = []

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'storydeck-themes-'))
    shots = process.env.STORYDECK_SCREENSHOTS ?? path.join(work, 'screenshots')
    await mkdir(shots, { recursive: true })
    for (const theme of THEMES) {
      const project = path.join(work, theme)
      await cp(storiesDir, path.join(project, 'stories'), { recursive: true })
      await mkdir(path.join(project, 'brand'), { recursive: true })
      await writeFile(path.join(project, 'brand', 'logo.svg'), LOGO)
      await writeFile(
        path.join(project, 'storydeck.config.json'),
        JSON.stringify({ theme, brand: { logo: 'brand/logo.svg' } }),
      )
      let log = ''
      const io = { write: (chunk: string) => (log += chunk) }
      const out = path.join(project, 'dist')
      const code = await run(['build', '--out', out], { cwd: project, stdout: io, stderr: io })
      builds.set(theme, { code, log, out })
      themes.set(theme, (await loadTheme(packageRoot(), theme)) as Theme)
    }
    for (const name of names) {
      const story = parseStory(
        new VFile({ path: path.join(storiesDir, name), value: await readFile(path.join(storiesDir, name), 'utf8') }),
      )
      if (story === undefined) throw new Error(`sample ${name} does not parse`)
      stories.push(story)
    }
    browser = await openBrowser()
    for (const theme of THEMES) servers.set(theme, await serveStatic(builds.get(theme)?.out ?? '', '/'))
  }, 180_000)

  afterAll(async () => {
    for (const server of servers.values()) await server.close()
    await browser?.close()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('a brand with low-contrast colours gets the warning and a deck and poster axe accepts', async () => {
    const project = path.join(work, 'pale-brand')
    await cp(storiesDir, path.join(project, 'stories'), { recursive: true })
    await writeFile(
      path.join(project, 'storydeck.config.json'),
      JSON.stringify({ brand: { primary: '#ffd54f', accent: '#ffe082' } }),
    )
    let log = ''
    const io = { write: (chunk: string) => (log += chunk) }
    const out = path.join(project, 'dist')
    expect(
      await run(['build', '--out', out, 'stories/harbour-mutual-claims.md'], { cwd: project, stdout: io, stderr: io }),
    ).toBe(0)
    expect(log).toContain(
      'storydeck.config.json:1:11: warning: Text in `brand.primary` (#ffd54f) on `background` (#fbfaf7) is hard to read (contrast 1.35 : 1; it needs 4.5 : 1).',
    )
    expect(log).toContain('Text in `brand.accent` (#ffe082) on `background` (#fbfaf7)')
    const server = await serveStatic(out, '/')
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 720 } })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}harbour-mutual-claims/index.html`)
      await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() === true)
      await page.evaluate(() =>
        (window as unknown as RevealWindow).Reveal.configure({ transition: 'none', backgroundTransition: 'none' }),
      )
      const total = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides())
      for (let index = 0; index < total; index++) {
        await page.evaluate((target) => (window as unknown as RevealWindow).Reveal.slide(target), index)
        await page.waitForTimeout(50)
        expect(await axeProblems(page, '.reveal .slides > section.present'), `slide ${index + 1}`).toEqual([])
      }
      await page.screenshot({ path: path.join(shots, 'pale-brand-closing.png') })
      await page.goto(`${server.url}harbour-mutual-claims/poster.html`)
      expect(await axeProblems(page)).toEqual([])
    } finally {
      await context.close()
      await server.close()
    }
  }, 120_000)

  for (const theme of THEMES) {
    describe(theme, () => {
      it('builds every sample deck and poster with the logo, without warnings about the theme', async () => {
        const build = builds.get(theme)
        expect(build?.code, build?.log).toBe(0)
        expect(build?.log).not.toContain('a11y/contrast')
        for (const story of stories) {
          const deck = await readFile(path.join(build?.out ?? '', story.slug, 'index.html'), 'utf8')
          const poster = await readFile(path.join(build?.out ?? '', story.slug, 'poster.html'), 'utf8')
          expect(deck).toContain(`${theme}-deck.`)
          const logos = (html: string, selector: string) => {
            const $ = load(html)
            return $(selector)
              .toArray()
              .map((node) => `${$(node).attr('src')}|${$(node).attr('alt')}`)
          }
          expect(logos(deck, 'img.logo'), story.slug).toEqual(['brand/logo.svg|', 'brand/logo.svg|'])
          expect(logos(poster, 'img.masthead__logo'), story.slug).toEqual(['brand/logo.svg|'])
          // Note: the SVG is only ever an <img>; its markup never appears in a page.
          expect(deck + poster).not.toContain('pwned')
        }
      })

      for (const name of names) {
        const slug = storySlug(name.replace(/\.md$/, ''))
        it(`${slug}: axe finds nothing serious on any slide or on the poster`, async () => {
          const context = await browser.browser.newContext({ viewport: { width: 1280, height: 720 } })
          try {
            const page = await context.newPage()
            const problems: string[] = []
            page.on('pageerror', (error) => problems.push(error.message))
            await page.goto(`${servers.get(theme)?.url}${slug}/index.html`)
            await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() === true)
            await page.evaluate(() =>
              (window as unknown as RevealWindow).Reveal.configure({
                transition: 'none',
                backgroundTransition: 'none',
              }),
            )
            const total = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides())
            for (let index = 0; index < total; index++) {
              await page.evaluate((target) => (window as unknown as RevealWindow).Reveal.slide(target), index)
              await page.waitForFunction(
                (target) => (window as unknown as RevealWindow).Reveal.getIndices().h === target,
                index,
              )
              // Note: wait for reveal's slide transition, so axe sees final colours.
              await page.waitForTimeout(50)
              const found = await axeProblems(page, '.reveal .slides > section.present')
              expect(found, `slide ${index + 1}`).toEqual([])
            }
            expect(await page.title()).not.toBe('pwned')
            await page.goto(`${servers.get(theme)?.url}${slug}/poster.html`)
            expect(await axeProblems(page)).toEqual([])
            await page.setViewportSize({ width: 390, height: 844 })
            expect(await axeProblems(page)).toEqual([])
            expect(problems).toEqual([])
            // The check itself notices faint text.
            await appendFaintText(page, 'color:#999;background:#aaa')
            expect((await axeProblems(page)).filter((problem) => problem.startsWith('color-contrast'))).toHaveLength(1)
          } finally {
            await context.close()
          }
        }, 120_000)

        it(`${slug}: the poster prints on one sheet of every size and orientation`, async () => {
          const story = stories.find((candidate) => candidate.slug === slug) as Story
          const page = await browser.browser.newPage()
          const dir = path.join(work, 'sheets', theme, slug)
          await mkdir(dir, { recursive: true })
          await writeFile(path.join(dir, 'logo.svg'), LOGO)
          try {
            for (const size of SIZES) {
              for (const orientation of ORIENTATIONS) {
                const sheet = { ...story, meta: { ...story.meta, poster: { ...story.meta.poster, size, orientation } } }
                const file = path.join(dir, `${size}-${orientation}.html`)
                const context = {
                  theme: themes.get(theme) as Theme,
                  images: new Map([['brand/logo.svg', 'logo.svg']]),
                  assets: {},
                  html: false,
                }
                await writeFile(
                  file,
                  renderPoster({ ...sheet, meta: { ...sheet.meta, brand: { logo: 'brand/logo.svg' } } }, context),
                )
                await page.goto(pathToFileURL(file).href)
                await page.emulateMedia({ media: 'print' })
                const cut = await page.evaluate(() => {
                  const poster = document.querySelector('.poster') as HTMLElement
                  return poster.scrollHeight - poster.clientHeight
                })
                expect(cut, `${size} ${orientation}: content taller than the sheet`).toBeLessThanOrEqual(1)
                const pdf = file.replace(/\.html$/, '.pdf')
                await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
                expect(pdfPages(pdf), `${size} ${orientation}`).toBe(1)
              }
            }
          } finally {
            await page.close()
          }
        }, 120_000)
      }

      it('screenshots the title slide and the poster', async () => {
        const slug = 'harbour-mutual-claims'
        const context = await browser.browser.newContext({ viewport: { width: 1280, height: 720 } })
        try {
          const page = await context.newPage()
          await page.goto(`${servers.get(theme)?.url}${slug}/index.html`)
          await page.waitForFunction(() => (window as unknown as RevealWindow).Reveal?.isReady() === true)
          await page.evaluate(() =>
            (window as unknown as RevealWindow).Reveal.configure({ transition: 'none', backgroundTransition: 'none' }),
          )
          await page.waitForTimeout(300)
          await page.screenshot({ path: path.join(shots, `${theme}-title.png`) })
          const statement = await page.evaluate(() =>
            [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.classList.contains('is-to')),
          )
          await page.evaluate((target) => (window as unknown as RevealWindow).Reveal.slide(target), statement)
          await page.waitForTimeout(400)
          await page.screenshot({ path: path.join(shots, `${theme}-statement.png`) })
          const last = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides() - 1)
          await page.evaluate((target) => (window as unknown as RevealWindow).Reveal.slide(target), last)
          await page.waitForTimeout(400)
          await page.screenshot({ path: path.join(shots, `${theme}-closing.png`) })
          await page.goto(`${servers.get(theme)?.url}${slug}/poster.html`)
          await page.emulateMedia({ media: 'print' })
          const size = await page.evaluate(() => {
            const box = (document.querySelector('.poster') as HTMLElement).getBoundingClientRect()
            return { width: Math.ceil(box.width), height: Math.ceil(box.height) }
          })
          await page.setViewportSize(size)
          await page.locator('.poster').screenshot({ path: path.join(shots, `${theme}-poster.png`) })
        } finally {
          await context.close()
        }
      }, 60_000)
    })
  }
})

interface RevealWindow {
  Reveal: {
    isReady(): boolean
    getTotalSlides(): number
    slide(index: number): void
    getIndices(): { h: number }
    configure(options: object): void
  }
}
