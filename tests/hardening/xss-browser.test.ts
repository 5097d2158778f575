/**
 * Issue 8, in the real browser: the corpus story (every payload in every
 * field and section kind) is built with raw HTML off and on; loading its
 * deck and poster never sets `window.__xss` and never opens a dialog.
 */
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { hasBrowser, openBrowser, serveStatic } from '../util/browser.ts'
import { runCli } from '../util/cli.ts'
import { createSandbox, type Sandbox } from './project.ts'
import { corpusStory } from './xss.ts'

describe.skipIf(!hasBrowser())('XSS corpus in Chromium (issue 8)', () => {
  let browser: LaunchedBrowser
  const boxes: Sandbox[] = []
  beforeAll(async () => {
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    for (const box of boxes) await box.remove()
  })

  it.each([
    ['raw HTML as text', false],
    ['raw HTML opt-in', true],
  ] as const)('runs no story script in the deck or the poster (%s)', { timeout: 120_000 }, async (_, html) => {
    const box = await createSandbox()
    boxes.push(box)
    await box.write('stories/corpus.md', corpusStory())
    if (html) await box.write('storydeck.config.json', '{ "html": true }')
    const cli = await runCli(['build'], box.root)
    expect(cli.stderr).toContain('corpus: built')
    // A control page proves the detection works: it sets the flag and opens a dialog.
    await box.write(
      'dist/control.html',
      '<!doctype html><title>control</title><script>window.__xss = 1; alert(1)</script>',
    )
    const server = await serveStatic(path.join(box.root, 'dist'), '/intranet/vision/')
    try {
      {
        const tab = await browser.browser.newPage()
        const dialogs: string[] = []
        tab.on('dialog', (dialog) => {
          dialogs.push(dialog.type())
          void dialog.dismiss()
        })
        await tab.goto(`${server.url}control.html`, { waitUntil: 'load' })
        expect(await tab.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1)
        expect(dialogs).toEqual(['alert'])
        await tab.close()
      }
      for (const page of ['corpus/index.html', 'corpus/poster.html', 'index.html']) {
        const context = await browser.browser.newContext()
        const tab = await context.newPage()
        const dialogs: string[] = []
        const requests: string[] = []
        tab.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`)
          void dialog.dismiss()
        })
        tab.on('request', (request) => {
          if (!request.url().startsWith(server.url.replace(/\/intranet.*$/, ''))) requests.push(request.url())
        })
        await tab.goto(`${server.url}${page}`, { waitUntil: 'load' })
        // Give timers, autofocus and toggle events a moment to fire.
        await tab.waitForTimeout(500)
        if (page.endsWith('index.html') && page.startsWith('corpus/')) {
          // Walk every slide so each one is shown at least once.
          for (let slide = 0; slide < 40; slide++) await tab.keyboard.press('ArrowRight')
          await tab.waitForTimeout(200)
        }
        const flag = await tab.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)
        expect({ page, flag, dialogs, requests }).toEqual({ page, flag: null, dialogs: [], requests: [] })
        await context.close()
      }
    } finally {
      await server.close()
    }
  })
})
