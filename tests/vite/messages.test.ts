/**
 * Issue #15: the dev server speaks the message language. With `--messages de`
 * (`startDevServer({ messages: 'de' })`, as `storydeck dev` passes it) an
 * English story's error reaches Vite's overlay in German, with what to do
 * and where to read more; the coach badge's words follow. Without it, each
 * story's own language.
 */
import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer } from '../../src/vite/dev.ts'
import { hasBrowser, openBrowser } from '../util/browser.ts'
import { connectHmr, makeProject, removeProject, storyText } from './project.ts'

// Note: a second `# Questions` section is merged with a warning, so the badge has something to show.
const WARNED = '\n# Questions\n- What else?\n'
const broken = (title: string): string => storyText(title).replace(/# From\n[^\n]*\n\nNote:[^\n]*\n/, '')

let root: string
let server: ViteDevServer
let url: string

beforeAll(async () => {
  root = await makeProject({ 'demo.md': storyText('Demo', WARNED), 'gone.md': broken('Gone') })
  server = await startDevServer({ root, port: 0, logLevel: 'silent', messages: 'de' })
  const address = server.httpServer?.address() as AddressInfo
  url = `http://127.0.0.1:${address.port}`
}, 60_000)

afterAll(async () => {
  await server?.close()
  if (root) await removeProject(root)
})

describe('dev server with --messages de', () => {
  it('sends a broken story’s error to the overlay in German, with what to do and a link', async () => {
    const hmr = await connectHmr(server, url)
    try {
      await writeFile(path.join(root, 'stories', 'gone.md'), broken('Gone again'))
      const payload = await hmr.next((each) => each.type === 'error', 10_000)
      const message = payload.err?.message ?? ''
      // Note: the heading to add is in the story's language (English), the message in German.
      expect(message).toContain('Ihrer Geschichte fehlt der Teil *From*: wo wir heute stehen.  [story/missing-section]')
      expect(message).toContain('So beheben Sie es: Fügen Sie die Überschrift `# From`')
      expect(message).toMatch(/\nMehr: \S*docs\/messages\/de\.md#story-missing-section$/)
    } finally {
      hmr.close()
    }
  })

  it('gives the badge its words in German', async () => {
    const response = await fetch(`${url}/@storydeck/messages.json?page=${encodeURIComponent('/demo/')}`)
    const badge = (await response.json()) as { lang: string; label: string; health: string; messages: unknown[] }
    expect(badge.lang).toBe('de')
    expect(badge.label).toBe(`⚠ ${badge.messages.length} Hinweis${badge.messages.length === 1 ? '' : 'e'} vom Coach`)
    expect(badge.messages.length).toBeGreaterThan(0)
    expect(badge.health).toBe('Wo liest sie sich schwer?')
  })

  it.skipIf(!hasBrowser())(
    'shows the German overlay in the browser',
    async () => {
      const browser = await openBrowser()
      try {
        const page = await browser.browser.newPage()
        await page.goto(`${url}/gone/`)
        const overlay = page.locator('vite-error-overlay')
        await overlay.waitFor({ state: 'attached', timeout: 10_000 })
        const shown = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '')
        expect(shown).toContain('Ihrer Geschichte fehlt der Teil *From*')
        expect(shown).toContain('So beheben Sie es:')
        expect(shown).toContain('docs/messages/de.md#story-missing-section')
      } finally {
        await browser.close()
      }
    },
    60_000,
  )
})
