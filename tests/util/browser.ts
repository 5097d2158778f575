/**
 * Browser-test helpers: the system Chromium (required when CI=true, else a
 * skip when missing) and a static file server on 127.0.0.1.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { findChromium, launchChromium, type LaunchedBrowser } from '../../src/export/browser.ts'
import { mediaTypeOf } from '../../src/media-types.ts'

/** Whether browser tests can run; in CI a missing browser is a failure, not a skip. */
export function hasBrowser(): boolean {
  const found = findChromium() !== undefined
  if (!found && process.env.CI === 'true')
    throw new Error('CI=true but no Chromium found (install Debian’s chromium or set CHROME_PATH)')
  return found
}

/** Add a paragraph with the given inline style to the page's `<main>`, to prove a contrast check notices faint text. */
export async function appendFaintText(page: Page, style: string): Promise<void> {
  await page.evaluate((css) => {
    const faint = document.createElement('p')
    faint.textContent = 'faint'
    faint.style.cssText = css
    document.querySelector('main')?.append(faint)
  }, style)
}

/** Launch the system Chromium (fresh profile). */
export function openBrowser(): Promise<LaunchedBrowser> {
  return launchChromium()
}

/** A static server for `root` under a URL prefix (to prove relative URLs work at any sub-path). */
export async function serveStatic(root: string, prefix = '/'): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      if (!url.pathname.startsWith(prefix)) {
        response.writeHead(404).end()
        return
      }
      let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length)))
      if (!file.startsWith(root)) {
        response.writeHead(403).end()
        return
      }
      const info = await stat(file).catch(() => undefined)
      if (info?.isDirectory()) file = path.join(file, 'index.html')
      const exists = await stat(file).catch(() => undefined)
      if (!exists?.isFile()) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': mediaTypeOf(file) })
      createReadStream(file).pipe(response)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
