/**
 * The wire format of the live channel: JSON messages over a websocket,
 * parsed defensively, serialised once for a broadcast.
 */
import type { WebSocket } from 'ws'

/** A connected device. */
export interface Client {
  socket: WebSocket
  role: 'presenter' | 'audience'
  /** Hash of the device cookie (audience) or `presenter`. */
  device: string
  /** The language version this device reads (the audience page's `?lang=`); the presenter's language by default. */
  lang: string
}

/** A parsed message: an object with a string `type`. */
export type Message = Record<string, unknown> & { type: string }

/** Parse a websocket message; undefined when it is not a JSON object with a string `type`. */
export function parseMessage(data: unknown): Message | undefined {
  try {
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : String(data)
    const value: unknown = JSON.parse(text)
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const type = (value as { type?: unknown }).type
      if (typeof type === 'string') return value as Message
    }
  } catch {
    // Note: not JSON: refused like any other bad message.
  }
  return undefined
}

/** Send a message to one client, when its connection is open. */
export function send(client: Client, message: object): void {
  if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(message))
}

/**
 * Send one message to every client of a role, serialised once.
 *
 * @param lang only the clients reading this language version (default: all).
 */
export function broadcast(clients: Iterable<Client>, role: Client['role'], message: object, lang?: string): void {
  const bytes = Buffer.from(JSON.stringify(message))
  for (const client of clients) {
    if (client.role !== role || client.socket.readyState !== client.socket.OPEN) continue
    if (lang !== undefined && client.lang !== lang) continue
    // Note: a device that cannot keep up (over 1 MB queued) is dropped; it reconnects and catches up.
    if (client.socket.bufferedAmount > 1_048_576) client.socket.terminate()
    else client.socket.send(bytes, { binary: false })
  }
}
