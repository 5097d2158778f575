/**
 * Start a Vite dev server for a storydeck project, with the plugin and
 * without reading a Vite config file: what `storydeck dev` runs.
 */
import path from 'node:path'
import { createServer, type ViteDevServer } from 'vite'
import { storydeck } from './plugin.ts'
import type { Lang } from '../types.ts'

/** Options of {@link startDevServer}. */
export interface DevServerOptions {
  /** Project folder. */
  root: string
  /** Port; `0` lets the system choose. Default `5173` (the next free one when taken). */
  port?: number
  /** Listen on every network interface instead of 127.0.0.1 only. Default `false`. */
  host?: boolean
  /** Vite's log level. Default `info`. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent'
  /** The language of every message, the overlay and the badge (`--messages`). Default: each story's own. */
  messages?: Lang | undefined
}

/** Start the dev server and wait until it listens. Close it with `server.close()`. */
export async function startDevServer(options: Readonly<DevServerOptions>): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: path.resolve(options.root),
    appType: 'mpa',
    logLevel: options.logLevel ?? 'info',
    clearScreen: false,
    plugins: [storydeck(options.messages === undefined ? {} : { messages: options.messages })],
    server: { port: options.port ?? 5173, strictPort: false, host: options.host === true ? true : '127.0.0.1' },
  })
  await server.listen()
  return server
}
