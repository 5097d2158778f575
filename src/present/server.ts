/**
 * The town hall server: Node's http server for the talk's pages (from the
 * fixed table in `site.ts`) and a `ws` websocket for the live channel. It
 * checks the Host of every request and the Origin of every websocket, caps
 * connections and message sizes, and gives presenter pages only to the
 * holder of the presenter's secret.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { Channel, deviceHash, type Client } from './channel.ts'
import { DEFAULT_LIMITS, type ServerLimits } from './limits.ts'
import type { TalkLog } from './log.ts'
import type { Room } from './room.ts'
import type { Credentials } from './session.ts'
import type { Site } from './site.ts'
import type { Lang } from '../types.ts'

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Address to listen on (default `127.0.0.1`: this computer only). */
  host?: string
  /** Port (default 4321; 0 picks a free one). */
  port?: number
  credentials: Credentials
  /** Makes the site once the address (and so the join URL) is known. */
  site: (joinUrl: string) => Site
  room: Room
  log: TalkLog
  lang: string
  /** Overrides of {@link DEFAULT_LIMITS}. */
  limits?: Partial<ServerLimits>
  /** Storage failures (default: written to stderr by the caller). */
  onError?: (error: unknown) => void
}

/** A running server. */
export interface TownHallServer {
  port: number
  /** Address the audience opens, e.g. `http://192.168.1.20:4321/K7QX4M/`. */
  joinUrl: string
  /** Address that gives the presenter's browser its cookie and opens the deck. */
  presenterUrl: string
  moderateUrl: string
  /** Other addresses of this computer the audience could use (when listening on every interface). */
  otherJoinUrls: string[]
  channel: Channel
  /** Close every connection, flush the log, stop listening. */
  close(): Promise<void>
}

const PRESENTER_COOKIE = 'sd_presenter'
const DEVICE_COOKIE = 'sd_device'
const HEARTBEAT_MS = 30_000

/** Start the server; resolves once it listens. */
export async function startServer(options: Readonly<ServerOptions>): Promise<TownHallServer> {
  const host = options.host ?? '127.0.0.1'
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const { code, secret } = options.credentials
  const base = `/${code}/`
  const server = http.createServer()
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes, perMessageDeflate: false })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4321, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const allowed = allowedHosts(host, port)
  const publicHost = joinHost(host)
  const joinUrl = `http://${publicHost}:${port}${base}`
  const localHost = isWildcard(host) ? '127.0.0.1' : publicHost
  const built = options.site(joinUrl)
  const channel = new Channel({
    room: options.room,
    log: options.log,
    slides: built.slides,
    limits,
    lang: options.lang,
    ...(options.onError ? { onError: options.onError } : {}),
  })
  const isPresenter = (request: http.IncomingMessage): boolean => sameSecret(cookies(request)[PRESENTER_COOKIE], secret)

  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const headers: Record<string, string> = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    }
    const reply = (status: number, text: string, extra: Record<string, string> = {}): void => {
      response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', ...extra }).end(text)
    }
    if (!allowed.has((request.headers.host ?? '').toLowerCase())) return reply(421, 'Unknown host name.\n')
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Only GET.\n', { allow: 'GET' })
    const url = new URL(request.url ?? '/', 'http://localhost')
    const [first = '', ...rest] = url.pathname.split('/').slice(1)
    if (first.toUpperCase() === code && first !== code)
      return reply(308, '', { location: `${base}${rest.join('/')}${url.search}` })
    if (url.pathname === `/${code}`) return reply(308, '', { location: base })
    if (url.pathname === `${base}presenter`) {
      if (!sameSecret(url.searchParams.get('key') ?? undefined, secret)) return reply(403, 'Wrong key.\n')
      return reply(303, '', {
        location: `${base}deck`,
        'set-cookie': `${PRESENTER_COOKIE}=${secret}; Path=${base}; HttpOnly; SameSite=Strict`,
        'cache-control': 'no-store',
      })
    }
    if (url.pathname === '/join') {
      const typed = (url.searchParams.get('code') ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '')
      if (typed === code) return reply(303, '', { location: base })
    }
    const chosen = url.pathname === base ? built.audience.get(url.searchParams.get('lang') as Lang) : undefined
    const file = url.pathname === '/join' ? built.joinWrong : (chosen ?? built.files.get(url.pathname))
    if (file === undefined) return reply(404, 'Not found.\n')
    if (file.presenter && !isPresenter(request)) return reply(403, 'For the presenter only.\n')
    if (file.csp !== undefined) {
      headers['content-security-policy'] = file.csp
      headers['cache-control'] = 'no-store'
      // Note: the speaker view shows the deck in frames of the deck's own origin.
      headers['x-frame-options'] = file.presenter ? 'SAMEORIGIN' : 'DENY'
      if (url.pathname === base && !/^[\w-]{22}$/.test(cookies(request)[DEVICE_COOKIE] ?? ''))
        headers['set-cookie'] =
          `${DEVICE_COOKIE}=${randomBytes(16).toString('base64url')}; Path=${base}; HttpOnly; SameSite=Lax; Max-Age=604800`
    }
    response.writeHead(200, { ...headers, 'content-type': file.type, 'content-length': String(file.body.length) })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  })

  let connections = 0
  const pruning = setInterval(() => channel.prune(), 60_000)
  pruning.unref()
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, reason: string): void => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`)
    }
    const hostHeader = (request.headers.host ?? '').toLowerCase()
    const address = new URL(request.url ?? '/', 'http://localhost')
    if (address.pathname !== `${base}ws`) return refuse(404, 'Not Found')
    if (!allowed.has(hostHeader) || request.headers.origin?.toLowerCase() !== `http://${hostHeader}`)
      return refuse(403, 'Forbidden')
    if (connections >= limits.connections) return refuse(503, 'Service Unavailable')
    const presenter = isPresenter(request)
    const device = cookies(request)[DEVICE_COOKIE]
    if (!presenter && !/^[\w-]{22}$/.test(device ?? '')) return refuse(401, 'Unauthorized')
    wss.handleUpgrade(request, socket, head, (socket: WebSocket) => {
      connections++
      const client: Client = {
        socket,
        role: presenter ? 'presenter' : 'audience',
        device: presenter ? 'presenter' : deviceHash(code, device as string),
        // Note: a language the talk does not have reads the presenter's; slides arrive only as the presenter reaches them, whatever the language.
        lang: built.slides.has(address.searchParams.get('lang') as Lang)
          ? (address.searchParams.get('lang') as Lang)
          : options.lang,
      }
      // Note: a message over the size cap or a broken frame closes the socket (1009/1002); it must not crash the server.
      socket.on('error', () => socket.terminate())
      let alive = true
      socket.on('pong', () => {
        alive = true
      })
      const beat = setInterval(() => {
        if (!alive) socket.terminate()
        alive = false
        socket.ping()
      }, HEARTBEAT_MS)
      socket.on('close', () => {
        connections--
        clearInterval(beat)
      })
      channel.join(client, randomBytes(9).toString('base64url'))
    })
  })

  return {
    port,
    joinUrl,
    presenterUrl: `http://${localHost}:${port}${base}presenter?key=${secret}`,
    moderateUrl: `http://${localHost}:${port}${base}moderate`,
    otherJoinUrls: isWildcard(host)
      ? networkAddresses()
          .filter((address) => address !== publicHost && !address.startsWith('['))
          .map((address) => `http://${address}:${port}${base}`)
      : [],
    channel,
    async close() {
      clearInterval(pruning)
      channel.stop()
      for (const client of channel.clients) client.socket.close(1001, 'server stopping')
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
        for (const client of wss.clients) client.terminate()
      })
      await options.log.close()
    },
  }
}

/** Cookie name -> value of a request. */
function cookies(request: http.IncomingMessage): Record<string, string> {
  const found: Record<string, string> = {}
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const equals = part.indexOf('=')
    if (equals > 0) found[part.slice(0, equals).trim()] = part.slice(equals + 1).trim()
  }
  return found
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::'
}

/** Host names a browser may use to reach us: anything else is refused (no DNS rebinding). */
function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]'])
  if (isWildcard(host)) for (const address of networkAddresses()) names.add(address)
  else names.add(host.includes(':') ? `[${host}]` : host)
  return new Set([...names].map((name) => `${name.toLowerCase()}:${port}`))
}

/** The address phones should open. */
function joinHost(host: string): string {
  if (!isWildcard(host)) return host.includes(':') ? `[${host}]` : host
  return networkAddresses().find((address) => !address.startsWith('[')) ?? '127.0.0.1'
}

function networkAddresses(): string[] {
  const found: string[] = []
  for (const list of Object.values(os.networkInterfaces()))
    for (const entry of list ?? [])
      if (!entry.internal) found.push(entry.family === 'IPv6' ? `[${entry.address}]` : entry.address)
  return found
}
