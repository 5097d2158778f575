/**
 * Issue #16: the story health page. The model ranks sections by where to
 * work first; the page is one offline HTML document (no scripts, no external
 * requests) that shows bars, longest sentences, headline lengths and the
 * findings in place, in the story's language. In Chromium it opens from
 * file:// without a single request beyond itself; screenshots at desktop and
 * phone sizes go to $HEALTH_SHOTS when set.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { load } from 'cheerio'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { storyHealth } from '../../src/lint/health.ts'
import { lintStory } from '../../src/lint/lint.ts'
import { renderHealthPage } from '../../src/render/health.ts'
import { parseStory } from '../../src/story/parse.ts'
import { hasBrowser, openBrowser } from '../util/browser.ts'

const STORY = `---
title: Kundene først
lang: nb
---

Vi skal bli bedre for kundene.

# Fra

I dag venter kundene for lenge.

Organisasjonens omfattende implementeringsprosesser medfører betydelige forsinkelser i saksbehandlingen, fordi dokumentasjonskravene, kontrollrutinene og koordineringsmekanismene mellom avdelingene fortsatt praktiseres uten nødvendig samordning, noe som skaper usikkerhet, merarbeid og frustrasjon for medarbeiderne og kundene våre hver eneste dag.

# Til

Kundene får svar samme dag.

Vi svarer raskt. Folk får hjelp. Det er enkelt å ringe oss, og vi sier hva som skjer. Alle vet hvem de kan spørre, og ingen må vente lenge på et svar fra oss.

# Fordi

Folk gir opp når de må vente, og da mister vi dem.
`

function coached(markdown: string) {
  const file = new VFile({ path: 'stories/kundene.md', value: markdown })
  const story = parseStory(file)
  if (story === undefined) throw new Error(file.messages.map(String).join('\n'))
  lintStory(file, story)
  return storyHealth(file, story)
}

describe('story health', () => {
  test('ranks the hardest section first, with its score, longest sentence and findings', () => {
    const health = coached(STORY)
    expect(health.sections.map((section) => section.title)).toEqual(['Fra', 'Til', 'Fordi'])
    expect(health.first).toBe(0)
    const from = health.sections[0]
    expect(from?.hard).toBe(true)
    expect(from?.score).toBeGreaterThan(health.target)
    expect(from?.longest[0]?.words).toBeGreaterThan(30)
    expect(from?.findings.map((finding) => finding.ruleId)).toContain('readability/long-sentence')
    expect(health.sections[1]?.hard).toBe(false)
    expect(health.headlines.map((headline) => [headline.title, headline.words])).toEqual([
      ['Fra', 6],
      ['Til', 5],
      ['Fordi', 12],
    ])
  })

  test('says nothing is urgent when no section needs work', () => {
    const calm = STORY.replace(/\nOrganisasjonens[^\n]*\n/, '\nVi jobber med det.\n')
    expect(coached(calm).first).toBeUndefined()
  })

  test('the page is offline, in the story’s language, and shows where to work first', () => {
    const html = renderHealthPage([coached(STORY)])
    const $ = load(html)
    expect($('script, link, img, iframe')).toHaveLength(0)
    expect(html).not.toMatch(/https?:\/\//)
    expect($('html').attr('lang')).toBe('nb')
    expect($('.first').text()).toContain('Start her')
    expect($('article.is-first')).toHaveLength(1)
    expect($('article.is-first h3').text()).toContain('Fra')
    expect($('.bar').length).toBeGreaterThanOrEqual(4)
    expect($('article.is-first .over').first().text()).toMatch(/^\d+ ord$/)
    // Story text is data, not markup.
    const hostile = renderHealthPage([coached(STORY.replace('I dag venter', '<script>alert(1)</script> I dag venter'))])
    expect(load(hostile)('script')).toHaveLength(0)
  })
})

describe.skipIf(!hasBrowser())('story health page in Chromium', () => {
  test('opens from file:// with no other request, at desktop and phone sizes', { timeout: 120_000 }, async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'storydeck-health-'))
    const file = path.join(folder, 'health.html')
    await writeFile(file, renderHealthPage([coached(STORY)]))
    const browser = await openBrowser()
    try {
      for (const [name, width, height] of [
        ['desktop', 1280, 900],
        ['phone', 390, 844],
      ] as const) {
        const page = await browser.browser.newPage({ viewport: { width, height } })
        const requests: string[] = []
        page.on('request', (request) => requests.push(request.url()))
        await page.goto(pathToFileURL(file).href)
        expect(requests).toEqual([pathToFileURL(file).href])
        const box = await page.locator('article.is-first .bar').first().boundingBox()
        expect(box?.width).toBeGreaterThan(100)
        // Nothing wider than the screen (no sideways scrolling on a phone).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        if (process.env.HEALTH_SHOTS)
          await page.screenshot({ path: path.join(process.env.HEALTH_SHOTS, `health-${name}.png`), fullPage: true })
        await page.close()
      }
    } finally {
      await browser.close()
      await rm(folder, { recursive: true, force: true })
    }
  })
})
