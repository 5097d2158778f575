/**
 * PDFs of the written decks and posters, printed by the system Chromium:
 * one browser for the whole run, a few pages at a time. The deck prints through reveal.js's
 * `?print-pdf` view (one page per slide); the poster prints at its own CSS
 * page size. Returns the bytes; the caller writes them.
 */
import os from 'node:os'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { findChromium, launchChromium } from './browser.ts'
import { browserLines, buildLines } from '../messages/catalogue/cli.ts'
import { tell } from '../messages/text.ts'
import type { Lang } from '../types.ts'

/** One PDF to print. */
export interface PdfJob {
  /** Absolute path of the HTML page (already written). */
  source: string
  /** Output path relative to the output folder, e.g. `harbour/deck.pdf`. */
  target: string
  /** `poster` and `handout` print at their own CSS page size. */
  kind: 'deck' | 'poster' | 'handout'
}

/** Options of {@link printPdfs}. */
export interface PdfOptions {
  /** Called with one line per finished PDF (progress). Default: nothing. */
  progress?: (line: string) => void
  /** Chromium executable. Default: `findChromium()` (CHROME_PATH or the usual places). */
  executablePath?: string
  /** Language of the progress lines and of the reason when printing fails. Default `en`. */
  lang?: Lang
}

/** Result of {@link printPdfs}. */
export type PdfResult =
  | { ok: true; files: { path: string; contents: Uint8Array }[] }
  | { ok: false; reason: string; files: { path: string; contents: Uint8Array }[] }

/** Pages printed at once: Chromium lays out and prints each page in a process of its own, so a few at a time keep the cores busy (3 on 2 cores: 8.3 s to 5.0–5.4 s for 3 stories). */
const PAGES_AT_ONCE = Math.min(4, os.availableParallelism() + 1)

/**
 * Print every job with one browser, a few pages at a time.
 *
 * @returns the PDFs in the order of `jobs`; `ok: false` with a reason when no
 *   browser was found or a page failed (the PDFs printed before the failure
 *   are still returned).
 */
export async function printPdfs(jobs: readonly PdfJob[], options: Readonly<PdfOptions> = {}): Promise<PdfResult> {
  if (jobs.length === 0) return { ok: true, files: [] }
  const executablePath = options.executablePath ?? findChromium()
  const lang = options.lang ?? 'en'
  if (executablePath === undefined) return { ok: false, reason: tell(browserLines.noChromium, lang), files: [] }
  const launched = await launchChromium(executablePath).catch((error: unknown) => error as Error)
  if (launched instanceof Error)
    return {
      ok: false,
      reason: tell(browserLines.didNotStart, lang, { path: executablePath, error: launched.message }),
      files: [],
    }
  const printed: Array<Uint8Array | undefined> = jobs.map(() => undefined)
  let failure: string | undefined
  try {
    const context = await launched.browser.newContext({ viewport: { width: 1280, height: 720 } })
    let next = 0
    let finished = 0
    // Note: each printer keeps one page and goes from job to job in it; a new page per PDF cost more than the printing of a small one.
    const printer = async (): Promise<void> => {
      const page = await context.newPage()
      try {
        while (failure === undefined && next < jobs.length) {
          const index = next++
          const job = jobs[index] as PdfJob
          const started = Date.now()
          try {
            printed[index] =
              job.kind === 'deck' ? await printDeck(page, job.source) : await printPoster(page, job.source)
          } catch (error) {
            failure ??= tell(browserLines.couldNotPrint, lang, { file: job.target, error: (error as Error).message })
            return
          }
          finished++
          const seconds = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
          options.progress?.(
            tell(buildLines.pdfDone, lang, {
              done: finished,
              total: jobs.length,
              file: job.target,
              seconds: seconds.format((Date.now() - started) / 1000),
            }),
          )
        }
      } finally {
        await page.close()
      }
    }
    await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, jobs.length) }, printer))
  } finally {
    await launched.close()
  }
  const files = jobs.flatMap((job, index) => {
    const contents = printed[index]
    return contents === undefined ? [] : [{ path: job.target, contents }]
  })
  return failure === undefined ? { ok: true, files } : { ok: false, reason: failure, files }
}

/**
 * How every PDF is printed: at the page's CSS size, with backgrounds, and
 * accessible: `tagged` gives the PDF a structure tree (headings, paragraphs,
 * lists, reading order, the pictures' alt text) for screen readers, and
 * `outline` gives it bookmarks made from the page's headings.
 *
 * Note: Chromium makes both from the HTML, and takes the PDF's language from
 * `<html lang>`. The outline lists the headings (`h1`–`h6`) in document
 * order, so a deck's bookmarks are its slides' headings, not one per slide (a
 * slide without a heading has none). It makes no PDF/UA conformance claim, and
 * the tags are only as good as the page's own structure (no table summaries,
 * no reading order other than the page's).
 */
const PDF_OPTIONS = Object.freeze({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })

async function printDeck(page: Page, source: string): Promise<Uint8Array> {
  const url = pathToFileURL(source)
  url.search = '?print-pdf'
  await page.goto(url.href, { waitUntil: 'load' })
  await page.waitForFunction(() => {
    const reveal = (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal
    return reveal?.isReady() === true && document.querySelector('.pdf-page') !== null
  })
  await page.evaluate(() => document.fonts.ready)
  return page.pdf(PDF_OPTIONS)
}

async function printPoster(page: Page, source: string): Promise<Uint8Array> {
  await page.goto(pathToFileURL(source).href, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  return page.pdf(PDF_OPTIONS)
}
