/**
 * The dev server's side-by-side page in Chromium: the source's and a
 * version's decks next to each other, following each other slide by slide
 * (by section and position), and updated live when a file is saved.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Frame, Page } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { hasBrowser, openBrowser } from '../util/browser.ts'
import { makeProject, removeProject, startServer } from '../vite/project.ts'

function story(lang: string, word: string, pictures: number): string {
  const slides = Array.from({ length: pictures }, (_, index) => `## ${word} ${index + 1}\nPicture ${index + 1}.\n`)
  return `---\ntitle: ${word}\nlang: ${lang}\n---\n\n# From\nOne queue.\n\n# To\nThe right care, 2029.\n\n# Because\nPeople need people.\n\n# The picture\n${slides.join('\n')}\n# Questions\n- What first?\n`
}

type RevealWindow = {
  Reveal?: { isReady(): boolean; getCurrentSlide(): Element; getHorizontalSlides(): Element[]; slide(h: number): void }
}

describe.skipIf(!hasBrowser())('side-by-side page', () => {
  let root = ''
  let server: ViteDevServer
  let url = ''
  let browser: LaunchedBrowser
  let page: Page

  beforeAll(async () => {
    root = await makeProject({ 'claims.md': story('en', 'Claims', 2), 'claims.de.md': story('de', 'Schaden', 3) })
    ;({ server, url } = await startServer(root))
    browser = await openBrowser()
    page = await browser.browser.newPage({ viewport: { width: 1400, height: 700 } })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (root) await removeProject(root)
  })

  const frames = (): Frame[] => page.frames().filter((frame) => frame !== page.mainFrame())
  const ready = (frame: Frame) =>
    frame.waitForFunction(() => (globalThis as RevealWindow).Reveal?.isReady() === true, null, { timeout: 60_000 })
  const place = (frame: Frame) =>
    frame.evaluate(() => (globalThis as RevealWindow).Reveal?.getCurrentSlide().getAttribute('data-place'))
  const goTo = (frame: Frame, wanted: string) =>
    frame.evaluate((target) => {
      const reveal = (globalThis as RevealWindow).Reveal
      reveal?.slide(reveal.getHorizontalSlides().findIndex((slide) => slide.getAttribute('data-place') === target))
    }, wanted)

  it('shows both decks and keeps them on matching slides', async () => {
    await page.goto(`${url}/claims/de/side-by-side.html`)
    expect(await page.textContent('h1')).toBe('Claims · Side by side')
    expect(await page.locator('figcaption').allTextContents()).toEqual(['English', 'Deutsch'])
    await expect.poll(() => frames().length, { timeout: 30_000 }).toBe(2)
    const [source, version] = frames() as [Frame, Frame]
    await ready(source)
    await ready(version)
    await goTo(source, 'picture.1')
    await expect.poll(() => place(version), { timeout: 10_000 }).toBe('picture.1')
    // The German deck has one more picture slide: from it, the English one stays on its last picture slide.
    await goTo(version, 'picture.2')
    await expect.poll(() => place(source), { timeout: 10_000 }).toBe('picture.1')
    await goTo(version, 'questions.0')
    await expect.poll(() => place(source), { timeout: 10_000 }).toBe('questions.0')
    // Live: saving the version updates its deck in the page.
    await writeFile(path.join(root, 'stories', 'claims.de.md'), story('de', 'Schadenfall', 3))
    await expect.poll(() => version.evaluate(() => document.title), { timeout: 30_000 }).toContain('Schadenfall')
  }, 180_000)
})
