/**
 * Issue 18: the story index with 200 stories in a real browser: a page at a
 * time, newest first, the filter box narrows by title, organisation and
 * headline, and it all works from file:// and under a sub-path, with the
 * page's own policy (no policy violations).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { ASSET_KEYS } from '../../src/render/assets.ts'
import { INDEX_PAGE_SIZE, renderIndexPage, type StoryEntry } from '../../src/render/index-page.ts'
import { LANGS } from '../../src/types.ts'
import { hasBrowser, openBrowser, serveStatic } from '../util/browser.ts'

interface AxeResult {
  violations: Array<{ id: string; impact: string | null }>
}

const ORGANISATIONS = ['Harbour Mutual', 'Bækby Kommune', 'Stadtwerke Lindental', 'Fjellbygd Sparebank']

/** 200 stories: every fifth from Lindental, every seventh with the headline word "ferry". */
function entries(): StoryEntry[] {
  return Array.from({ length: 200 }, (_, index) => {
    const slug = `story-${String(index).padStart(3, '0')}`
    const month = String((index % 12) + 1).padStart(2, '0')
    return {
      slug,
      meta: {
        title: `Vision number ${index}`,
        lang: LANGS[index % LANGS.length] ?? 'en',
        organisation: ORGANISATIONS[index % 5 === 0 ? 2 : ([0, 1, 3][index % 3] ?? 0)] ?? '',
        author: 'Claire Okafor',
        ...(index % 10 === 9 ? {} : { date: `20${20 + (index % 7)}-${month}-15` }),
      },
      headlines: { to: index % 7 === 0 ? 'One ferry, every hour' : 'One person owns each claim' },
      paths: [
        `${slug}/index.html`,
        `${slug}/poster.html`,
        `${slug}/handout.html`,
        ...(index % 2 === 0 ? [`${slug}/poster.pdf`, `${slug}/handout.pdf`] : []),
      ],
    }
  })
}

describe.skipIf(!hasBrowser())('story index with 200 stories', () => {
  let folder = ''
  let launched: LaunchedBrowser
  let server: Awaited<ReturnType<typeof serveStatic>>
  const violations: string[] = []

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'storydeck-index-'))
    mkdirSync(path.join(folder, 'assets'))
    writeFileSync(
      path.join(folder, 'assets/index.css'),
      readFileSync(new URL('../../src/client/index.css', import.meta.url)),
    )
    writeFileSync(
      path.join(folder, 'index.html'),
      renderIndexPage(entries(), { assets: { [ASSET_KEYS.indexCss]: 'assets/index.css' } }),
    )
    launched = await openBrowser()
    server = await serveStatic(folder, '/intranet/vision/')
  }, 60_000)

  afterAll(async () => {
    await server?.close()
    await launched?.close()
  })

  async function open(url: string, width = 1280, watch = true): Promise<Page> {
    const page = await launched.browser.newPage({ viewport: { width, height: 900 } })
    // Note: not on the axe page: axe itself, added by the test, is what the policy refuses there.
    page.on('console', (message) => {
      if (watch && /Content.Security.Policy|Refused/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(url)
    await page.waitForSelector('#finder:not([hidden])')
    return page
  }

  const visibleTitles = (page: Page): Promise<string[]> =>
    page.$$eval('#stories > li:not([hidden]) h2', (nodes) => nodes.map((node) => node.textContent ?? ''))

  it('shows one page of cards at a time, newest first, from file://', async () => {
    const page = await open(pathToFileURL(path.join(folder, 'index.html')).href)
    const titles = await visibleTitles(page)
    expect(titles).toHaveLength(INDEX_PAGE_SIZE)
    expect(await page.textContent('#filter-status')).toBe('200 of 200 stories')
    expect(await page.textContent('#pager-where')).toBe('Page 1 of 9')
    const dates = await page.$$eval('#stories > li:not([hidden]) time', (nodes) =>
      nodes.map((node) => node.getAttribute('datetime') ?? ''),
    )
    expect(dates).toEqual([...dates].sort().reverse())
    await page.click('#pager-next')
    const second = await visibleTitles(page)
    expect(second).toHaveLength(INDEX_PAGE_SIZE)
    expect(second.some((title) => titles.includes(title))).toBe(false)
    expect(await page.isDisabled('#pager-previous')).toBe(false)
    // Note: the handout's PDF when there is one, else its page; never both.
    const handouts = await page.$$eval('#stories > li:not([hidden]) a.handout', (nodes) =>
      nodes.map((node) => node.getAttribute('href') ?? ''),
    )
    expect(handouts).toHaveLength(INDEX_PAGE_SIZE)
    expect(new Set(handouts.map((href) => href.replace(/^.*\//, '')))).toEqual(new Set(['handout.html', 'handout.pdf']))
    await page.screenshot({ path: path.join(folder, 'desktop.png') })
    await page.close()
  }, 60_000)

  it('narrows by organisation, title and headline words, under a sub-path', async () => {
    const page = await open(`${server.url}index.html`)
    await page.fill('#filter', 'lindental')
    expect(await visibleTitles(page)).toHaveLength(INDEX_PAGE_SIZE)
    expect(await page.textContent('#filter-status')).toBe('40 of 200 stories')
    await page.fill('#filter', 'ferry LINDENTAL')
    // Note: every 35th story is both (index 0, 35, 70, …, 175).
    expect(await page.textContent('#filter-status')).toBe('6 of 200 stories')
    expect(await page.isHidden('#pager')).toBe(true)
    await page.fill('#filter', 'number 199')
    expect(await visibleTitles(page)).toEqual(['Vision number 199'])
    await page.fill('#filter', 'no such words')
    expect(await visibleTitles(page)).toEqual([])
    expect(await page.textContent('#filter-status')).toBe('No story matches these words.')
    await page.fill('#filter', '')
    expect(await visibleTitles(page)).toHaveLength(INDEX_PAGE_SIZE)
    await page.close()
  }, 60_000)

  it('fits a phone', async () => {
    const page = await open(pathToFileURL(path.join(folder, 'index.html')).href, 390)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: path.join(folder, 'phone.png') })
    await page.close()
  }, 60_000)

  it('has no serious or critical accessibility problem (axe-core)', async () => {
    const page = await open(pathToFileURL(path.join(folder, 'index.html')).href, 1280, false)
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'))
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe
      return axe.run(document, { resultTypes: ['violations'] })
    })
    const problems = result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id)
    expect(problems).toEqual([])
    await page.close()
  }, 60_000)

  it('breaks none of the page’s policy', () => {
    expect(violations).toEqual([])
  })
})

describe.skipIf(!hasBrowser())('story index with one story, in every language', () => {
  let folder = ''
  let launched: LaunchedBrowser

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'storydeck-index-one-'))
    mkdirSync(path.join(folder, 'assets'))
    writeFileSync(
      path.join(folder, 'assets/index.css'),
      readFileSync(new URL('../../src/client/index.css', import.meta.url)),
    )
    for (const lang of LANGS) {
      const [entry] = entries()
      if (entry === undefined) throw new Error('no entry')
      writeFileSync(
        path.join(folder, `${lang}.html`),
        renderIndexPage([{ ...entry, meta: { ...entry.meta, lang } }], {
          assets: { [ASSET_KEYS.indexCss]: 'assets/index.css' },
        }),
      )
    }
    launched = await openBrowser()
  }, 60_000)

  afterAll(async () => {
    await launched?.close()
  })

  const ONE: Readonly<Record<string, string>> = {
    en: '1 of 1 story',
    da: '1 af 1 fortælling',
    nb: '1 av 1 fortelling',
    nn: '1 av 1 forteljing',
    sv: '1 av 1 berättelse',
    de: '1 von 1 Geschichte',
  }

  it('counts one story in the singular, and the filter hint fits a small phone (360 px)', async () => {
    for (const lang of LANGS) {
      const page = await launched.browser.newPage({ viewport: { width: 360, height: 740 } })
      await page.goto(pathToFileURL(path.join(folder, `${lang}.html`)).href)
      await page.waitForSelector('#finder:not([hidden])')
      expect(await page.textContent('#filter-status'), lang).toBe(ONE[lang])
      const room = await page.$eval('#filter', (input) => {
        const box = input as HTMLInputElement
        const style = getComputedStyle(box)
        const probe = document.createElement('span')
        probe.style.font = style.font
        probe.style.whiteSpace = 'pre'
        probe.textContent = box.placeholder
        document.body.append(probe)
        const width = probe.getBoundingClientRect().width
        probe.remove()
        return box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - width
      })
      expect(room, `${lang}: the hint is wider than its box by ${-room}px`).toBeGreaterThanOrEqual(0)
      await page.close()
    }
  }, 60_000)
})
