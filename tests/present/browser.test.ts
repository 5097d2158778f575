/**
 * Town hall live in the system Chromium: the presenter's deck and two
 * phones (360 px wide). The presenter moves on and both phones follow; a
 * question typed on one phone reaches the moderation page and, once shown,
 * the other phone, as text; the top questions go on the presenter's screen;
 * a phone that loses its connection catches up; a phone switches to the
 * story's Danish version and follows on in Danish, and remembers that; the
 * audience page is axe clean and never receives notes or slides not reached
 * yet, in any language.
 */
import { readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LaunchedBrowser } from '../../src/export/browser.ts'
import { startTownHall, type TownHallStart } from '../../src/present/town-hall.ts'
import { hasBrowser, openBrowser } from '../util/browser.ts'
import {
  DANISH_BECAUSE,
  DANISH_LATER_MARKER,
  DANISH_PICTURE,
  LATER_MARKER,
  NOTE_MARKER,
  makeProject,
} from './fixture.ts'

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>
}

async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const result = await page.evaluate(
    async () =>
      await (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe.run(
        document,
        { resultTypes: ['violations'] },
      ),
  )
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`))
}

describe.skipIf(!hasBrowser())('town hall live in Chromium', () => {
  let root = ''
  let browser: LaunchedBrowser
  let hall: Extract<TownHallStart, { ok: true }>
  let presenter: BrowserContext
  let deck: Page
  const phones: Page[] = []
  const received: string[][] = [[], []]
  const errors: string[] = []

  beforeAll(async () => {
    root = await makeProject({ danish: true })
    const started = await startTownHall({ root, story: 'stories/live.md', port: 0 })
    if (!started.ok) throw new Error('the test story did not build')
    hall = started
    browser = await openBrowser()
    presenter = await browser.browser.newContext({ viewport: { width: 1280, height: 720 } })
    deck = await presenter.newPage()
    deck.on('pageerror', (error) => errors.push(`deck: ${error.message}`))
    await deck.goto(hall.server.presenterUrl)
    await deck.locator('.sd-join').waitFor({ state: 'visible' })
    for (const [index, frames] of received.entries()) {
      const context = await browser.browser.newContext(PHONE)
      const phone = await context.newPage()
      phone.on('pageerror', (error) => errors.push(`phone ${index}: ${error.message}`))
      phone.on('console', (message) => {
        if (message.type() === 'error') errors.push(`phone ${index}: ${message.text()}`)
      })
      phone.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))))
      await phone.goto(hall.server.joinUrl)
      await phone.locator('#sd-status', { hasText: 'Following the presenter.' }).waitFor()
      phones.push(phone)
    }
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await hall?.server.close()
    if (process.env.STORYDECK_KEEP_SHOTS === undefined) await rm(root, { recursive: true, force: true })
    else console.log(`screenshots in ${root}`)
  })

  it('shows the join address, code and QR code on the title slide', async () => {
    const join = deck.locator('.sd-join')
    await expect.poll(() => join.textContent()).toContain(hall.server.joinUrl)
    expect(await join.locator('svg[role="img"]').count()).toBe(1)
  })

  it('the live deck has no language menu: it presents one version, and L leaves it where it is', async () => {
    expect(await deck.locator('nav.languages, button.languages-toggle').count()).toBe(0)
    const before = deck.url()
    await deck.keyboard.press('l')
    await deck.waitForTimeout(300)
    expect(deck.url()).toBe(before)
  })

  it('phones follow the presenter as a reading view, not a picture', async () => {
    await deck.keyboard.press('ArrowRight')
    await deck.keyboard.press('ArrowRight')
    for (const phone of phones) {
      await expect.poll(() => phone.locator('#sd-slide-label').textContent()).toBe('Slide 3 · live')
      expect(await phone.locator('#sd-slide').textContent()).toContain('One person answers every claim')
      const size = await phone.locator('#sd-slide .headline').evaluate((node) => getComputedStyle(node).fontSize)
      expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(18)
      const width = await phone.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(360)
    }
  })

  it('lets a phone page back through the slides shown so far, and back to the current one', async () => {
    const phone = phones[1] as Page
    await phone.locator('#sd-earlier').click()
    expect(await phone.locator('#sd-slide-label').textContent()).toBe('Slide 2')
    expect(await phone.locator('#sd-live').isVisible()).toBe(true)
    await phone.locator('#sd-live').click()
    expect(await phone.locator('#sd-slide-label').textContent()).toBe('Slide 3 · live')
    expect(await phone.locator('#sd-later').isDisabled()).toBe(true)
  })

  it('a question from one phone reaches the presenter and, once shown, the other phone as text', async () => {
    const [asker, other] = phones as [Page, Page]
    const question = '<img src=x onerror="document.title=1"> Why <b>now</b>?'
    await asker.locator('#sd-question').fill(question)
    await asker.locator('#sd-name').fill('Ana')
    await asker.getByRole('button', { name: 'Send question' }).click()
    await expect.poll(() => asker.locator('#sd-ask-status').textContent()).toContain('Thank you')
    const moderate = await presenter.newPage()
    await moderate.goto(hall.server.moderateUrl)
    const item = moderate.locator('#sd-questions li').first()
    await expect.poll(() => item.locator('.q-text').textContent()).toBe(question)
    expect(await other.locator('#sd-questions li').count()).toBe(0)
    await item.getByRole('button', { name: 'Show to the room' }).click()
    const seen = other.locator('#sd-questions li .q-text')
    await expect.poll(() => seen.first().textContent()).toBe(question)
    expect(await other.locator('#sd-questions img, #sd-questions b').count()).toBe(0)
    await other.getByRole('button', { name: 'Vote for this question' }).click()
    await expect.poll(() => item.locator('.q-meta').textContent()).toContain('1 vote')
    await moderate.getByRole('button', { name: 'Put the top five on the screen' }).click()
    const top = deck.locator('.sd-top')
    await top.waitFor({ state: 'visible' })
    const topOn = moderate.getByRole('button', { name: 'Put the top five on the screen' })
    await expect.poll(() => topOn.getAttribute('aria-pressed')).toBe('true')
    expect(await moderate.locator('header').textContent()).toContain(hall.server.joinUrl)
    expect(await top.locator('.q-text').first().textContent()).toBe(question)
    await moderate.getByRole('button', { name: 'Take them off the screen' }).click()
    await top.waitFor({ state: 'hidden' })
    expect(await axeProblems(moderate)).toEqual([])
    await moderate.screenshot({ path: `${root}/moderate.png` })
    await moderate.close()
  })

  it('a phone that lost its connection catches up by itself', async () => {
    for (const client of hall.server.channel.clients) if (client.role === 'audience') client.socket.terminate()
    await deck.keyboard.press('ArrowRight')
    for (const phone of phones)
      await expect
        .poll(() => phone.locator('#sd-slide-label').textContent(), { timeout: 10_000 })
        .toBe('Slide 4 · live')
  })

  it('a phone switches to Danish, follows the presenter’s next slide in Danish, and remembers the choice', async () => {
    const context = await browser.browser.newContext(PHONE)
    const phone = await context.newPage()
    const frames: string[] = []
    phone.on('pageerror', (error) => errors.push(`danish phone: ${error.message}`))
    phone.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))))
    await phone.goto(hall.server.joinUrl)
    await expect.poll(() => phone.locator('#sd-slide').textContent()).toContain('Customers told us so.')
    const dansk = phone.getByRole('link', { name: 'Dansk' })
    expect(await dansk.getAttribute('hreflang')).toBe('da')
    expect(await dansk.getAttribute('lang')).toBe('da')
    await phone.screenshot({ path: `${root}/audience-en.png` })
    await dansk.click()
    await phone.waitForURL(/\?lang=da$/)
    expect(await phone.locator('html').getAttribute('lang')).toBe('da')
    await phone.locator('#sd-status', { hasText: 'Følger oplægsholderen.' }).waitFor()
    await expect.poll(() => phone.locator('#sd-slide').textContent()).toContain(DANISH_BECAUSE)
    expect(await phone.locator('#sd-slide-label').textContent()).toBe('Slide 4 · direkte')
    expect(await phone.getByRole('button', { name: 'Send spørgsmål' }).count()).toBe(1)
    await deck.keyboard.press('ArrowRight')
    await expect.poll(() => phone.locator('#sd-slide-label').textContent()).toBe('Slide 5 · direkte')
    expect(await phone.locator('#sd-slide').textContent()).toContain(DANISH_PICTURE)
    expect(await phone.locator('#sd-slide').textContent()).not.toContain('Every claim has one owner.')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(await axeProblems(phone)).toEqual([])
    await phone.screenshot({ path: `${root}/audience-da.png` })
    await phone.screenshot({ path: `${root}/audience-da-full.png`, fullPage: true })
    // The choice is remembered on this phone: the plain join address opens the Danish page again.
    const again = await context.newPage()
    await again.goto(hall.server.joinUrl)
    await again.waitForURL(/\?lang=da$/)
    await expect.poll(() => again.locator('#sd-slide').textContent()).toContain(DANISH_PICTURE)
    await again.getByRole('link', { name: 'English' }).click()
    await again.waitForURL(/\?lang=en$/)
    await expect.poll(() => again.locator('#sd-slide').textContent()).toContain('Every claim has one owner.')
    expect(await again.locator('html').getAttribute('lang')).toBe('en')
    for (const marker of [NOTE_MARKER, LATER_MARKER, DANISH_LATER_MARKER])
      expect(frames.join('\n')).not.toContain(marker)
    await context.close()
  })

  it('a Danish phone opens the Danish version by itself; a question being typed survives switching language', async () => {
    const context = await browser.browser.newContext({ ...PHONE, locale: 'da-DK' })
    const phone = await context.newPage()
    phone.on('pageerror', (error) => errors.push(`danish-locale phone: ${error.message}`))
    await phone.goto(hall.server.joinUrl)
    // Note: the page replaces itself while it loads, so the address is polled rather than awaited as a navigation.
    await expect.poll(() => phone.url()).toMatch(/\?lang=da$/)
    await phone.locator('#sd-status', { hasText: 'Følger oplægsholderen.' }).waitFor()
    await phone.locator('#sd-question').fill('Hvornår kommer færgen?')
    await phone.locator('#sd-name').fill('Mette')
    await phone.getByRole('link', { name: 'English' }).click()
    await phone.waitForURL(/\?lang=en$/)
    await phone.locator('#sd-status', { hasText: 'Following the presenter.' }).waitFor()
    expect(await phone.locator('#sd-question').inputValue()).toBe('Hvornår kommer færgen?')
    expect(await phone.locator('#sd-name').inputValue()).toBe('Mette')
    expect(await phone.locator('#sd-left').textContent()).toContain('258')
    // Chosen now: the plain address keeps English although the phone speaks Danish, and the draft came back once.
    const again = await context.newPage()
    await again.goto(hall.server.joinUrl)
    await again.locator('#sd-status', { hasText: 'Following the presenter.' }).waitFor()
    expect(again.url()).not.toContain('lang=da')
    expect(await again.locator('#sd-question').inputValue()).toBe('')
    await context.close()
  })

  it('key Q shows the join panel large on any slide, and hides it again', async () => {
    const join = deck.locator('.sd-join')
    expect(await join.isVisible()).toBe(false)
    await deck.keyboard.press('q')
    await join.waitFor({ state: 'visible' })
    expect(await join.getAttribute('class')).toContain('is-big')
    await deck.keyboard.press('q')
    await join.waitFor({ state: 'hidden' })
  })

  it('the audience page and the join page are axe clean; the join page leads to the talk', async () => {
    expect(await axeProblems(phones[0] as Page)).toEqual([])
    const join = await (phones[0] as Page).context().newPage()
    await join.goto(new URL('/', hall.server.joinUrl).href)
    expect(await axeProblems(join)).toEqual([])
    await join.locator('#sd-code').fill(hall.server.joinUrl.split('/')[3]?.toLowerCase() ?? '')
    await join.getByRole('button', { name: 'Join' }).click()
    await join.waitForURL(hall.server.joinUrl)
    await join.screenshot({ path: `${root}/join.png` })
    await join.close()
  })

  it('the speaker view still shows the notes, and its preview frames move no phone', async () => {
    await deck.evaluate(() => (window as unknown as { Reveal: { slide(index: number): void } }).Reveal.slide(1))
    const [popup] = await Promise.all([presenter.waitForEvent('page'), deck.keyboard.press('s')])
    await popup.waitForFunction(
      (words) => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').includes(words),
      NOTE_MARKER,
      { timeout: 15_000 },
    )
    await deck.waitForTimeout(500)
    expect(hall.server.channel.clients.size).toBeGreaterThan(0)
    for (const phone of phones)
      await expect.poll(() => phone.locator('#sd-slide-label').textContent()).toBe('Slide 2 · live')
    await popup.close()
  })

  it('phones never receive notes, slides not reached, nor errors', () => {
    for (const frames of received) {
      expect(frames.length).toBeGreaterThan(2)
      expect(frames.join('\n')).not.toContain(NOTE_MARKER)
      expect(frames.join('\n')).not.toContain(LATER_MARKER)
    }
    expect(errors).toEqual([])
  })
})
