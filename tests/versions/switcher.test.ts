/**
 * The language switcher in the system Chromium, over http (under a sub-path)
 * and from disk: `L` opens the menu (or, with two languages, the other deck)
 * and the sibling opens on the slide with the same section and position,
 * also when one version has an extra slide; every hreflang link resolves.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { load } from 'cheerio'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { buildProject } from '../../src/project/build.ts'
import { writeOutputs } from '../../src/project/write.ts'
import { hasBrowser, openBrowser, serveStatic } from '../util/browser.ts'
import { createSandbox, type Sandbox } from '../hardening/project.ts'

/** A story whose *The picture* has `pictures` slides. */
function story(lang: string, word: string, pictures: number): string {
  const slides = Array.from({ length: pictures }, (_, index) => `## ${word} ${index + 1}\nPicture ${index + 1}.\n`)
  return `---\ntitle: ${word}\nlang: ${lang}\n---\n\n# From\nOne queue.\n\n# To\nThe right care, 2029.\n\n# Because\nPeople need people.\n\n# The picture\n${slides.join('\n')}\n# Questions\n- What first?\n`
}

const PREFIX = '/intranet/town-hall/'

describe.skipIf(!hasBrowser())('language switcher', () => {
  let sandbox: Sandbox
  let out = ''
  let browser: LaunchedBrowser
  let server: { url: string; close(): Promise<void> }

  beforeAll(async () => {
    sandbox = await createSandbox()
    await sandbox.write('stories/claims.md', story('en', 'Claims', 2))
    await sandbox.write('stories/claims.da.md', story('da', 'Skader', 3))
    await sandbox.write('stories/claims.de.md', story('de', 'Schaden', 2))
    await sandbox.write('stories/pair.md', story('sv', 'Par', 1))
    await sandbox.write('stories/pair.nb.md', story('nb', 'Par', 1))
    const result = await buildProject({ root: sandbox.root })
    const errors = result.builds.flatMap((build) => build.file.messages.filter((m) => m.fatal === true).map(String))
    expect(errors).toEqual([])
    out = await mkdtemp(path.join(os.tmpdir(), 'storydeck-versions-'))
    await writeOutputs(out, result.builds, result.shared)
    browser = await openBrowser()
    server = await serveStatic(out, PREFIX)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (out) await rm(out, { recursive: true, force: true })
    await sandbox?.remove()
  })

  const place = (page: Page): Promise<string | null> =>
    page.evaluate(() =>
      (window as unknown as { Reveal: { getCurrentSlide(): Element } }).Reveal.getCurrentSlide().getAttribute(
        'data-place',
      ),
    )

  async function open(page: Page, url: string): Promise<void> {
    await page.goto(url)
    await page.waitForFunction(
      () => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true,
      null,
      {
        timeout: 60_000,
      },
    )
  }

  /** Go to the slide with `wanted` place. */
  async function goTo(page: Page, wanted: string): Promise<void> {
    await page.evaluate((target) => {
      const reveal = (window as unknown as { Reveal: { slide(h: number): void; getHorizontalSlides(): Element[] } })
        .Reveal
      const index = reveal.getHorizontalSlides().findIndex((slide) => slide.getAttribute('data-place') === target)
      reveal.slide(index)
    }, wanted)
  }

  async function switchWith(page: Page, keys: string[], folder: RegExp): Promise<void> {
    for (const key of keys) await page.keyboard.press(key)
    await page.waitForURL(folder, { timeout: 60_000 })
    await page.waitForFunction(
      () => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true,
      null,
      {
        timeout: 60_000,
      },
    )
    await page.waitForFunction(() => /^#\/\d/.test(location.hash), null, { timeout: 60_000 })
  }

  for (const via of ['http', 'file'] as const) {
    it(`opens the sibling on the matching slide (${via})`, async () => {
      const base = via === 'http' ? server.url : `${pathToFileURL(out).href}/`
      const page = await browser.browser.newPage({ viewport: { width: 1280, height: 720 } })
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(String(error)))
      await open(page, `${base}claims/index.html`)
      await goTo(page, 'picture.1')
      // Note: three languages: L opens the menu, 2 picks Dansk.
      await page.keyboard.press('l')
      await expect.poll(() => page.isVisible('nav.languages')).toBe(true)
      expect(await page.textContent('nav.languages')).toContain('Dansk')
      await switchWith(page, ['2'], /\/claims\/da\/index\.html/)
      expect(await place(page)).toBe('picture.1')
      expect(await page.textContent('.present h2')).toBe('Skader 2')
      // The Danish deck has one more picture slide: from its third, English opens on its last picture slide.
      await goTo(page, 'picture.2')
      await page.keyboard.press('l')
      await switchWith(page, ['1'], /\/claims\/index\.html/)
      expect(await place(page)).toBe('picture.1')
      // And the slides after it still match by section, not by number.
      await goTo(page, 'questions.0')
      await page.keyboard.press('l')
      await switchWith(page, ['3'], /\/claims\/de\/index\.html/)
      expect(await place(page)).toBe('questions.0')
      // Two languages: one key switches.
      await open(page, `${base}pair/index.html`)
      await goTo(page, 'to.0')
      await switchWith(page, ['l'], /\/pair\/nb\/index\.html/)
      expect(await place(page)).toBe('to.0')
      expect(errors).toEqual([])
      await page.close()
    }, 180_000)
  }

  it('every hreflang link resolves to a page in the named language', async () => {
    const pages = ['claims', 'claims/da', 'claims/de', 'pair', 'pair/nb'].flatMap((folder) =>
      ['index.html', 'poster.html', 'handout.html'].map((name) => `${folder}/${name}`),
    )
    for (const page of pages) {
      const $ = load(await readFile(path.join(out, page), 'utf8'))
      const links = $('link[rel=alternate]').toArray()
      expect(links.length, page).toBe(page.startsWith('claims') ? 3 : 2)
      for (const link of links) {
        const target = path.join(path.dirname(path.join(out, page)), $(link).attr('href') ?? '')
        expect(existsSync(target), `${page} -> ${$(link).attr('href')}`).toBe(true)
        const lang = load(await readFile(target, 'utf8'))('html').attr('lang')
        expect(lang).toBe($(link).attr('hreflang'))
      }
    }
    const index = load(await readFile(path.join(out, 'index.html'), 'utf8'))
    expect(index('li.story').length).toBe(2)
    expect(index('li.story p.languages').first().text().trim()).toBe('English Dansk Deutsch')
    const poster = load(await readFile(path.join(out, 'claims/da/poster.html'), 'utf8'))
    expect(poster('.colophon__langs').text().replace(/\s+/g, ' ').trim()).toBe('Findes også på English Deutsch')
  })
})
