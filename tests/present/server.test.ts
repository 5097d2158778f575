/**
 * The town hall server without a browser: it serves only the talk's pages,
 * keeps presenter pages and actions behind the secret, checks Host and
 * Origin, refuses forged, oversized and too frequent messages, and never
 * sends notes or slides not reached yet.
 */
import { readFile, rm } from 'node:fs/promises'
import { load } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startTownHall, type TownHallStart } from '../../src/present/town-hall.ts'
import {
  DANISH_BECAUSE,
  DANISH_LATER_MARKER,
  DANISH_PICTURE,
  LATER_MARKER,
  NOTE_MARKER,
  makeProject,
} from './fixture.ts'

type Started = Extract<TownHallStart, { ok: true }>
let root = ''
let hall: Started
let base = ''
let origin = ''
let deviceCookie = ''
let presenterCookie = ''

/** Open a websocket; resolves with it and the messages it receives. */
async function connect(options: { cookie?: string; origin?: string | null; lang?: string } = {}): Promise<{
  socket: WebSocket
  messages: Record<string, unknown>[]
  next(type: string): Promise<Record<string, unknown>>
}> {
  const headers: Record<string, string> = {}
  if (options.cookie) headers.cookie = options.cookie
  const socket = new WebSocket(
    `${base.replace('http', 'ws')}ws${options.lang === undefined ? '' : `?lang=${options.lang}`}`,
    {
      headers,
      ...(options.origin === null ? {} : { origin: options.origin ?? origin }),
    },
  )
  const messages: Record<string, unknown>[] = []
  const unread: Record<string, unknown>[] = []
  const waiters: Array<{ type: string; resolve(message: Record<string, unknown>): void }> = []
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>
    messages.push(message)
    const waiter = waiters.findIndex((candidate) => candidate.type === message.type)
    if (waiter === -1) unread.push(message)
    else waiters.splice(waiter, 1)[0]?.resolve(message)
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  const next = (type: string): Promise<Record<string, unknown>> => {
    const index = unread.findIndex((message) => message.type === type)
    if (index !== -1) return Promise.resolve(unread.splice(index, 1)[0] as Record<string, unknown>)
    return new Promise((resolve, reject) => {
      waiters.push({ type, resolve })
      setTimeout(() => reject(new Error(`no ${type} message`)), 3000).unref()
    })
  }
  return { socket, messages, next }
}

beforeAll(async () => {
  root = await makeProject({ danish: true })
  const started = await startTownHall({ root, story: 'stories/live.md', port: 0 })
  if (!started.ok) throw new Error(started.files.flatMap((file) => file.messages.map(String)).join('\n'))
  hall = started
  base = hall.server.joinUrl
  origin = new URL(base).origin
  const page = await fetch(base)
  deviceCookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const login = await fetch(hall.server.presenterUrl, { redirect: 'manual' })
  presenterCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}, 30_000)

afterAll(async () => {
  await hall?.server.close()
  await rm(root, { recursive: true, force: true })
})

describe('storydeck present: what the server serves', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(new URL(base).hostname).toBe('127.0.0.1')
  })

  it('serves the audience page with a strict policy and a device cookie', async () => {
    const response = await fetch(base)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(deviceCookie).toMatch(/^sd_device=[\w-]{22}$/)
    const html = await response.text()
    expect(html).not.toContain(NOTE_MARKER)
    expect(html).not.toContain(LATER_MARKER)
  })

  it('serves the audience page in each language version of the story, and the presenter’s for any other', async () => {
    const danish = await (await fetch(`${base}?lang=da`)).text()
    expect(danish).toContain('<html lang="da">')
    expect(danish).toContain('Stil et spørgsmål')
    const link = (html: string) => {
      const $ = load(html)('nav.languages a')
      return { text: $.text(), href: $.attr('href'), hreflang: $.attr('hreflang'), lang: $.attr('lang') }
    }
    expect(link(danish)).toEqual({ text: 'English', href: '?lang=en', hreflang: 'en', lang: 'en' })
    const english = await (await fetch(base)).text()
    expect(link(english)).toEqual({ text: 'Dansk', href: '?lang=da', hreflang: 'da', lang: 'da' })
    for (const other of ['fr', 'DA', '../da', ''])
      expect(await (await fetch(`${base}?lang=${other}`)).text()).toBe(english)
    for (const html of [danish, english]) {
      expect(html).not.toContain(DANISH_LATER_MARKER)
      expect(html).not.toContain(NOTE_MARKER)
    }
  })

  it.each([
    ['/stories/live.md'],
    ['/package.json'],
    ['/node_modules/ws/package.json'],
    ['/storydeck.config.json'],
    ['/town-halls/live/secret.json'],
    ['/CODE/../stories/live.md'],
    ['/CODE/index.html'],
    ['/CODE/handout.html'],
    ['/CODE/story.json'],
  ])('never serves project files: %s', async (route) => {
    const url = new URL(route.replace('CODE', base.split('/')[3] ?? ''), base)
    const response = await fetch(url)
    expect(response.status).toBe(404)
  })

  it('asks for the code at the bare address, without giving it away', async () => {
    const code = base.split('/')[3] ?? ''
    const page = await fetch(new URL('/', base))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Code shown on the screen')
    expect(html).not.toContain(code)
    expect(html).not.toContain('<script')
    expect((await fetch(new URL('/live.css', base))).status).toBe(200)
    const wrong = await fetch(new URL('/join?code=AAAAAA', base), { redirect: 'manual' })
    expect(wrong.status).toBe(200)
    expect(await wrong.text()).toContain('That code is not right')
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`
    const right = await fetch(new URL(`/join?code=${encodeURIComponent(typed)}`, base), { redirect: 'manual' })
    expect(right.status).toBe(303)
    expect(right.headers.get('location')).toBe(`/${code}/`)
  })

  it('keeps the deck (with notes) and the moderation page behind the secret', async () => {
    for (const route of ['deck', 'moderate']) {
      expect((await fetch(`${base}${route}`)).status).toBe(403)
      expect((await fetch(`${base}${route}`, { headers: { cookie: 'sd_presenter=wrong' } })).status).toBe(403)
    }
    expect((await fetch(`${base}presenter?key=wrong`, { redirect: 'manual' })).status).toBe(403)
    expect((await fetch(`${base}presenter`, { redirect: 'manual' })).status).toBe(403)
    const deck = await fetch(`${base}deck`, { headers: { cookie: presenterCookie } })
    expect(deck.status).toBe(200)
    expect(await deck.text()).toContain(NOTE_MARKER)
  })

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise<number | undefined>((resolve) => {
      request(base, { headers: { host: `evil.example:${new URL(base).port}` } }, (response) => {
        response.resume()
        resolve(response.statusCode)
      }).end()
    })
    expect(status).toBe(421)
  })
})

describe('storydeck present: the live channel', () => {
  it('refuses a websocket from another origin, without origin, or without a device cookie', async () => {
    await expect(connect({ cookie: deviceCookie, origin: 'http://evil.example' })).rejects.toThrow(/403/)
    await expect(connect({ cookie: deviceCookie, origin: null })).rejects.toThrow(/403/)
    await expect(connect({})).rejects.toThrow(/401/)
  })

  it('refuses presenter actions from the audience (forged messages)', async () => {
    const phone = await connect({ cookie: deviceCookie })
    await phone.next('hello')
    for (const forged of [
      { type: 'goto', index: 5 },
      { type: 'moderate', id: 'q1', action: 'show' },
      { type: 'top', show: true },
    ]) {
      phone.socket.send(JSON.stringify({ ...forged, nonce: 'f' }))
      expect(await phone.next('refused')).toMatchObject({ reason: 'not-presenter' })
    }
    phone.socket.send('not json')
    expect(await phone.next('refused')).toMatchObject({ reason: 'bad-message' })
    expect(hall.server.channel).toBeDefined()
    phone.socket.close()
  })

  it('sends slides only as they are reached, and never notes', async () => {
    const phone = await connect({ cookie: deviceCookie })
    const hello = await phone.next('hello')
    expect(JSON.stringify(hello)).not.toContain(LATER_MARKER)
    const presenter = await connect({ cookie: presenterCookie })
    await presenter.next('hello')
    presenter.socket.send(JSON.stringify({ type: 'goto', index: 1 }))
    const slide = await phone.next('slide')
    expect(slide.current).toBe(1)
    expect(JSON.stringify(phone.messages)).not.toContain(NOTE_MARKER)
    expect(JSON.stringify(phone.messages)).not.toContain(LATER_MARKER)
    presenter.socket.close()
    phone.socket.close()
  })

  it('sends a phone that asks for another language only the slides reached, in that language (no reading ahead)', async () => {
    const presenter = await connect({ cookie: presenterCookie })
    await presenter.next('hello')
    const watcher = await connect({ cookie: deviceCookie })
    await watcher.next('hello')
    presenter.socket.send(JSON.stringify({ type: 'goto', index: 3 }))
    await watcher.next('slide')
    watcher.socket.close()
    const forged = await connect({ cookie: deviceCookie, lang: 'da' })
    const hello = (await forged.next('hello')) as { current: number; slides: Array<[number, string]> }
    expect(hello.current).toBe(3)
    expect(hello.slides.map(([index]) => index).every((index) => index <= 3)).toBe(true)
    expect(hello.slides.find(([index]) => index === 3)?.[1]).toContain(DANISH_BECAUSE)
    const unknown = await connect({ cookie: deviceCookie, lang: 'fr' })
    const english = (await unknown.next('hello')) as { slides: Array<[number, string]> }
    expect(english.slides.find(([index]) => index === 3)?.[1]).toContain('Customers told us so.')
    presenter.socket.send(JSON.stringify({ type: 'goto', index: 4 }))
    expect(JSON.stringify(await forged.next('slide'))).toContain(DANISH_PICTURE)
    expect(JSON.stringify(await unknown.next('slide'))).toContain('Every claim has one owner.')
    for (const phone of [forged, unknown]) {
      for (const marker of [DANISH_LATER_MARKER, LATER_MARKER, NOTE_MARKER])
        expect(JSON.stringify(phone.messages)).not.toContain(marker)
      phone.socket.close()
    }
    presenter.socket.close()
  })

  it('refuses oversized, HTML-free-but-too-long and too frequent questions; stores HTML as text', async () => {
    const phone = await connect({ cookie: 'sd_device=AAAAAAAAAAAAAAAAAAAAAA' })
    await phone.next('hello')
    phone.socket.send(JSON.stringify({ type: 'ask', text: 'x'.repeat(281), nonce: 'long' }))
    expect(await phone.next('refused')).toMatchObject({ nonce: 'long', reason: 'size' })
    phone.socket.send(JSON.stringify({ type: 'ask', text: '   ', nonce: 'empty' }))
    expect(await phone.next('refused')).toMatchObject({ reason: 'empty' })
    const html = '<img src=x onerror=alert(1)> Why <b>now</b>?'
    for (let index = 0; index < 3; index++) {
      phone.socket.send(JSON.stringify({ type: 'ask', text: `${html} ${index}`, nonce: `ok${index}` }))
      expect(await phone.next('ack')).toMatchObject({ nonce: `ok${index}` })
    }
    phone.socket.send(JSON.stringify({ type: 'ask', text: 'one more', nonce: 'rate' }))
    expect(await phone.next('refused')).toMatchObject({ nonce: 'rate', reason: 'rate' })
    const log = await readFile(hall.logFile, 'utf8')
    expect(log).toContain(JSON.stringify(`${html} 0`))
    const closed = new Promise<number>((resolve) => phone.socket.once('close', (code) => resolve(code)))
    phone.socket.send('x'.repeat(5000))
    expect(await closed).toBe(1009)
  })

  it('lets a device vote once, and only for a question the presenter has shown', async () => {
    const asker = await connect({ cookie: 'sd_device=BBBBBBBBBBBBBBBBBBBBBB' })
    await asker.next('hello')
    asker.socket.send(JSON.stringify({ type: 'ask', text: 'Who decides?', nonce: 'q' }))
    const { id } = (await asker.next('ack')) as { id: string }
    asker.socket.send(JSON.stringify({ type: 'vote', id, nonce: 'early' }))
    expect(await asker.next('refused')).toMatchObject({ reason: 'not-shown' })
    const presenter = await connect({ cookie: presenterCookie })
    await presenter.next('hello')
    presenter.socket.send(JSON.stringify({ type: 'moderate', id, action: 'show', nonce: 'm' }))
    await presenter.next('ack')
    asker.socket.send(JSON.stringify({ type: 'vote', id, nonce: 'v1' }))
    expect(await asker.next('ack')).toMatchObject({ nonce: 'v1' })
    asker.socket.send(JSON.stringify({ type: 'vote', id, nonce: 'v2' }))
    expect(await asker.next('refused')).toMatchObject({ nonce: 'v2', reason: 'already-voted' })
    // Note: the show and the vote may reach the room in one batch or in two.
    let votes: unknown
    for (let batch = 0; batch < 3 && votes !== 1; batch++) {
      const update = (await asker.next('questions')) as { items: Array<{ id: string; votes: number }> }
      votes = update.items.find((item) => item.id === id)?.votes
    }
    expect(votes).toBe(1)
    presenter.socket.close()
    asker.socket.close()
  })

  it('closes an audience connection that floods, but never limits the presenter', async () => {
    const phone = await connect({ cookie: 'sd_device=CCCCCCCCCCCCCCCCCCCCCC' })
    await phone.next('hello')
    const closed = new Promise<number>((resolve) => phone.socket.once('close', (code) => resolve(code)))
    for (let index = 0; index < 60; index++) phone.socket.send(JSON.stringify({ type: 'vote', id: 'q0' }))
    expect(await closed).toBe(1008)
    const presenter = await connect({ cookie: presenterCookie })
    await presenter.next('hello')
    for (let index = 0; index < 60; index++) presenter.socket.send(JSON.stringify({ type: 'goto', index: index % 3 }))
    presenter.socket.send(JSON.stringify({ type: 'moderate', id: 'q1', action: 'show', nonce: 'last' }))
    expect(await presenter.next('ack')).toMatchObject({ nonce: 'last' })
    presenter.socket.close()
  })
})
