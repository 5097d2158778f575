/**
 * The dev server in the system Chromium: saving the story changes the open
 * deck without a manual reload and keeps the slide; a broken story shows
 * Vite's error overlay and fixing it clears the overlay; coach warnings show
 * in the badge; the relaxed dev policy lets Vite's client run.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { hasBrowser, openBrowser } from '../util/browser.ts'
import { makeProject, removeProject, startServer, storyText } from './project.ts'

// Note: a second `# Questions` section is merged with a warning, so the badge has something to show.
const WARNED = '\n# Questions\n- What else?\n'

describe.skipIf(!hasBrowser())('dev server in Chromium', () => {
  let root: string
  let server: ViteDevServer
  let url: string
  let browser: LaunchedBrowser
  let page: Page
  const problems: string[] = []
  const storyFile = (): string => path.join(root, 'stories', 'demo.md')

  beforeAll(async () => {
    root = await makeProject({ 'demo.md': storyText('Version 0', WARNED) })
    ;({ server, url } = await startServer(root))
    browser = await openBrowser()
    page = await browser.browser.newPage()
    page.on('pageerror', (error) => problems.push(String(error)))
    page.on('console', (message) => {
      if (/Refused to|Content Security Policy/i.test(message.text())) problems.push(message.text())
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (root) await removeProject(root)
  })

  it('updates the open deck on save and stays on the slide', async () => {
    await page.goto(`${url}/demo/`)
    await page.waitForFunction(() => (globalThis as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true)
    await page.evaluate(() => (globalThis as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(2))
    // Note: a marker on the window survives only when the deck is updated in place, not reloaded.
    await page.evaluate(() => Object.assign(globalThis, { storydeckMarker: 'kept' }))
    const latencies: number[] = []
    for (let version = 1; version <= 5; version++) {
      const started = performance.now()
      await writeFile(storyFile(), storyText(`Version ${version}`, WARNED))
      await page.waitForFunction((title) => document.title.startsWith(title), `Version ${version}`, { timeout: 10_000 })
      latencies.push(performance.now() - started)
      await page.waitForFunction(() => (globalThis as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true)
      expect(
        await page.evaluate(
          () => (globalThis as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
        ),
      ).toBe(2)
      // Note: let the watcher settle, as an author pauses between saves.
      await page.waitForTimeout(150)
    }
    expect(await page.evaluate(() => (globalThis as { storydeckMarker?: string }).storydeckMarker)).toBe('kept')
    latencies.sort((a, b) => a - b)
    console.info(
      `save -> updated page in Chromium: median ${Math.round(latencies[2] ?? 0)} ms (${latencies.map(Math.round).join(', ')})`,
    )
    expect(problems).toEqual([])
  })

  it('shows the coach badge with the warning and its place', async () => {
    const badge = page.locator('#storydeck-dev-badge')
    await badge.locator('button').click()
    const text = await badge.textContent()
    expect(text).toMatch(/1 coach note|coach notes/)
    expect(text).toMatch(/stories\/demo\.md:\d+:\d+/)
    // Beside the deck's slide number, not over it.
    const number = await page.locator('.reveal .slide-number').boundingBox()
    const button = await badge.locator('button').boundingBox()
    expect(number).not.toBeNull()
    expect(button?.x ?? 0).toBeGreaterThanOrEqual((number?.x ?? 0) + (number?.width ?? 0))
  })

  it('shows the error overlay for a broken story and clears it when fixed, without reloading the deck', async () => {
    await page.evaluate(() => Object.assign(globalThis, { storydeckMarker: 'before the error' }))
    await writeFile(storyFile(), storyText('Version 6', WARNED).replace('author:', 'autor:'))
    const overlay = page.locator('vite-error-overlay')
    // Note: a read of the half-written file may show its own error first; wait for this save's.
    await page.waitForFunction(
      () => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.includes('autor') === true,
      undefined,
      {
        timeout: 10_000,
      },
    )
    const shown = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '')
    expect(shown).toContain('autor')
    expect(shown).toContain('demo.md:4:1')

    await writeFile(storyFile(), storyText('Version 7', WARNED))
    await page.waitForFunction(() => document.title.startsWith('Version 7'), undefined, { timeout: 10_000 })
    expect(await page.locator('vite-error-overlay').count()).toBe(0)
    // Note: Vite's own reload is only for a page that Vite's error page replaced; give a wrong one time to arrive.
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (globalThis as { storydeckMarker?: string }).storydeckMarker)).toBe(
      'before the error',
    )
  })

  it("opens a broken story on Vite's error page, which reloads into the deck once fixed", async () => {
    await writeFile(storyFile(), storyText('Version 8').replace('author:', 'autor:'))
    await page.waitForTimeout(300)
    await page.goto(`${url}/demo/`)
    await page.locator('vite-error-overlay').waitFor({ state: 'attached', timeout: 10_000 })
    await writeFile(storyFile(), storyText('Version 9'))
    await page.waitForFunction(() => document.title.startsWith('Version 9'), undefined, { timeout: 10_000 })
  })
})
