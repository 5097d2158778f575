/**
 * Finding and launching the system Chromium (playwright-core, never a
 * downloaded browser). Used for PDFs and by the browser tests.
 */
import { existsSync, realpathSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { browserLines } from '../messages/catalogue/cli.ts'
import { tell } from '../messages/text.ts'

/** Flags every launch uses: headless, no sandbox (root), no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
])

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/** Path of the system Chromium: `CHROME_PATH`, else the usual places; undefined when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROME_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  return CANDIDATES.find((candidate) => existsSync(candidate))
}

/**
 * What tells one browser install from another, for PDFs kept between builds:
 * the executable's real path with its size, times and inode (an update of the
 * browser replaces the file); undefined when it cannot be read.
 */
export function browserIdentity(executablePath: string): string | undefined {
  try {
    const real = realpathSync(executablePath)
    const info = statSync(real, { bigint: true })
    return `${real}:${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`
  } catch {
    return undefined
  }
}

/** How to get a browser, for the message when none is found. */
export const INSTALL_HINT = tell(browserLines.noChromium, 'en')

/** A launched browser and how to close it (also removes its profile folder). */
export interface LaunchedBrowser {
  browser: Browser
  close(): Promise<void>
}

/**
 * Launch the system Chromium with a fresh profile.
 *
 * @throws when no Chromium is found (message: {@link INSTALL_HINT}).
 */
export async function launchChromium(executablePath = findChromium()): Promise<LaunchedBrowser> {
  if (executablePath === undefined) throw new Error(INSTALL_HINT)
  // Note: `require`, not `import()`: the CLI runs as one script loaded through V8's code cache, where `import()` has no loader.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core')
  const profile = await mkdtemp(path.join(os.tmpdir(), 'storydeck-chromium-'))
  // Note: playwright refuses `--user-data-dir` in `launch()`; `launch()` gives each
  // browser a fresh temporary profile of its own, and `profile` holds its downloads/temp files.
  const browser = await chromium
    .launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true, downloadsPath: profile })
    .catch(async (error: unknown) => {
      await rm(profile, { recursive: true, force: true })
      throw error
    })
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined)
      await rm(profile, { recursive: true, force: true })
    },
  }
}
