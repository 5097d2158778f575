/**
 * Helpers for the Vite plugin tests: a temporary project folder with a
 * story, a dev server on a port chosen by the OS, and an HMR websocket
 * client speaking Vite's protocol.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import WebSocket from 'ws'
import { storydeck } from '../../src/vite/plugin.ts'

/** A small valid English story; `title` and `extra` vary per test. */
export function storyText(title: string, extra = ''): string {
  return `---
title: ${title}
organisation: Example Insurance
author: Sam Berg
lang: en
---

Every claim should feel like help.

# From
Every claim waits in the same queue, whatever it means to the customer.

Note: Start with the basement story.

# To
Simple claims settle themselves within a day; hard ones get one person.

# Because
A person in trouble needs a person.
${extra}
# Questions
- Which claims in your team are simple?
`
}

/** A temporary project with `stories/`. */
export async function makeProject(stories: Readonly<Record<string, string>>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'storydeck-vite-'))
  await mkdir(path.join(root, 'stories'))
  for (const [name, text] of Object.entries(stories)) await writeFile(path.join(root, 'stories', name), text)
  return root
}

/** Remove a temporary project. */
export function removeProject(root: string): Promise<void> {
  return rm(root, { recursive: true, force: true })
}

/** Start a dev server with the plugin on `root`, on a free port. */
export async function startServer(root: string): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: false,
    root,
    appType: 'mpa',
    logLevel: 'silent',
    clearScreen: false,
    plugins: [storydeck()],
    server: { port: 0, strictPort: false },
  })
  await server.listen()
  const address = server.httpServer?.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${address.port}` }
}

/** An HMR payload as Vite sends it. */
export interface Payload {
  type: string
  event?: string
  data?: { pages?: string[] }
  path?: string
  err?: { message: string; id?: string; frame?: string; loc?: { file?: string; line: number; column: number } }
}

/** A client on Vite's HMR websocket that records every payload. */
export interface HmrClient {
  payloads: Payload[]
  /** Resolve with the first payload (after `from`) matching `test`. */
  next(test: (payload: Payload) => boolean, timeout?: number): Promise<Payload>
  close(): void
}

/** Connect to the dev server's HMR websocket (`?token=` and the `vite-hmr` protocol). */
export async function connectHmr(server: ViteDevServer, url: string): Promise<HmrClient> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/?token=${server.config.webSocketToken}`, 'vite-hmr')
  const payloads: Payload[] = []
  const waiters = new Set<(payload: Payload) => void>()
  socket.on('message', (data) => {
    const payload = JSON.parse(String(data)) as Payload
    payloads.push(payload)
    for (const waiter of waiters) waiter(payload)
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return {
    payloads,
    next(test, timeout = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(new Error(`no matching HMR payload within ${timeout} ms; got ${JSON.stringify(payloads.slice(-5))}`))
        }, timeout)
        const waiter = (payload: Payload): void => {
          if (!test(payload)) return
          clearTimeout(timer)
          waiters.delete(waiter)
          resolve(payload)
        }
        waiters.add(waiter)
      })
    },
    close: () => socket.close(),
  }
}
