/**
 * Pictures of a built story, taken with the system Chromium from the pages
 * already written: the 1200 × 630 link-preview picture (`preview.png`, the
 * title slide), one PNG per slide (`slide-01.png`, …) and the poster
 * (`poster.png`). Writes them into the story's folder.
 */
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { PREVIEW_SIZE } from '../build.ts'
import { findChromium, launchChromium } from '../export/browser.ts'
import { browserLines } from '../messages/catalogue/cli.ts'
import { tell } from '../messages/text.ts'
import type { Lang } from '../types.ts'
import type { PaperSize, Orientation } from '../types.ts'

/** What to take of one story. */
export interface PictureJob {
  /** The story as the build's lines name it (`harbour-mutual-claims/de` for a language version). */
  name: string
  /** Absolute folder of the story in the output folder (holds `index.html`, `poster.html`). */
  folder: string
  /** Take `preview.png` (1200 × 630). */
  preview: boolean
  /** Take `slide-NN.png` per slide and `poster.png`, this many pixels wide; none when undefined. */
  imageWidth?: number
  /** The poster's paper, for `poster.png`'s proportions. */
  paper?: { size: PaperSize; orientation: Orientation }
}

/** Options of {@link takePictures}. */
export interface PictureOptions {
  /** Called with one line per story (progress). Default: nothing. */
  progress?: (line: string) => void
  /** Chromium executable. Default: `findChromium()`. */
  executablePath?: string
  /** Language of the progress lines and of the reason when it fails. Default `en`. */
  lang?: Lang
}

/** Result of {@link takePictures}: files written (absolute paths), and why it stopped when it did. */
export type PictureResult = { ok: true; files: string[] } | { ok: false; reason: string; files: string[] }

/** Paper sizes in millimetres, portrait. */
const PAPER_MM: Readonly<Record<PaperSize, readonly [number, number]>> = {
  A4: [210, 297],
  A3: [297, 420],
  A2: [420, 594],
  letter: [215.9, 279.4],
  tabloid: [279.4, 431.8],
}

/**
 * The poster's paper of a story already in the output folder, read from its
 * `story.json` (for a story the build reused without rendering it again).
 *
 * @returns undefined when the file is missing or says no usable paper.
 */
export function paperOf(folder: string): PictureJob['paper'] {
  try {
    const poster = (
      JSON.parse(readFileSync(path.join(folder, 'story.json'), 'utf8')) as { meta?: { poster?: unknown } }
    ).meta?.poster as { size?: unknown; orientation?: unknown } | undefined
    const size = Object.keys(PAPER_MM).find((name) => name === poster?.size) as PaperSize | undefined
    const orientation = poster?.orientation === 'landscape' ? 'landscape' : 'portrait'
    return size === undefined ? undefined : { size, orientation }
  } catch {
    return undefined
  }
}

/** Slide names sort in slide order: `slide-01.png` … `slide-12.png` (three digits from 100 slides). */
export function slideFileName(index: number, total: number): string {
  return `slide-${String(index + 1).padStart(Math.max(2, String(total).length), '0')}.png`
}

/**
 * Take the pictures of every job with one browser.
 *
 * @returns the files written; `ok: false` with a reason when no browser was found or a page failed.
 */
export async function takePictures(
  jobs: readonly PictureJob[],
  options: Readonly<PictureOptions> = {},
): Promise<PictureResult> {
  const files: string[] = []
  if (jobs.length === 0) return { ok: true, files }
  const executablePath = options.executablePath ?? findChromium()
  const lang = options.lang ?? 'en'
  if (executablePath === undefined) return { ok: false, reason: tell(browserLines.noChromium, lang), files }
  const launched = await launchChromium(executablePath).catch((error: unknown) => error as Error)
  if (launched instanceof Error)
    return {
      ok: false,
      reason: tell(browserLines.didNotStart, lang, { path: executablePath, error: launched.message }),
      files,
    }
  const newContext: NewContext = (contextOptions) => launched.browser.newContext(contextOptions)
  try {
    for (const job of jobs) {
      const name = job.name
      try {
        if (job.preview) files.push(await takePreview(newContext, job.folder))
        if (job.imageWidth !== undefined) {
          files.push(...(await takeSlides(newContext, job.folder, job.imageWidth)))
          if (job.paper !== undefined) files.push(await takePoster(newContext, job.folder, job.imageWidth, job.paper))
        }
      } catch (error) {
        const reason = tell(browserLines.couldNotPicture, lang, { name, error: (error as Error).message })
        return { ok: false, reason, files }
      }
      options.progress?.(tell(browserLines.pictures, lang, { name }))
    }
  } finally {
    await launched.close()
  }
  return { ok: true, files }
}

type NewContext = (options: Parameters<import('playwright-core').Browser['newContext']>[0]) => Promise<BrowserContext>

/**
 * Open the deck without controls, progress bar, slide number, transitions or
 * the language switcher, ready for pictures.
 */
async function openDeck(page: Page, folder: string): Promise<number> {
  await page.goto(pathToFileURL(path.join(folder, 'index.html')).href, { waitUntil: 'load' })
  await page.waitForFunction(
    () => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true,
  )
  await page.evaluate(() => document.fonts.ready)
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal
    reveal.configure({ controls: false, progress: false, slideNumber: false, transition: 'none', hash: false })
    // Note: set through the style object, which the deck's Content-Security-Policy allows (a <style> tag it would not).
    for (const control of document.querySelectorAll<HTMLElement>('nav.languages, button.languages-toggle'))
      control.style.setProperty('display', 'none', 'important')
    return reveal.getTotalSlides()
  })
}

interface RevealApi {
  configure(options: Record<string, unknown>): void
  getTotalSlides(): number
  slide(index: number): void
  isReady(): boolean
}

async function showSlide(page: Page, index: number): Promise<void> {
  await page.evaluate(async (at) => {
    ;(window as unknown as { Reveal: RevealApi }).Reveal.slide(at)
    // Note: two frames, so the slide is laid out and fitted (deck.js) before the picture.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  }, index)
}

async function takePreview(newContext: NewContext, folder: string): Promise<string> {
  const context = await newContext({ viewport: { ...PREVIEW_SIZE }, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    await openDeck(page, folder)
    await showSlide(page, 0)
    const target = path.join(folder, 'preview.png')
    await writeFile(target, await page.screenshot({ type: 'png' }))
    return target
  } finally {
    await context.close()
  }
}

async function takeSlides(newContext: NewContext, folder: string, width: number): Promise<string[]> {
  // Note: the deck is 1280 × 720; a viewport of that size, zoomed to the width asked for, keeps the layout of the talk.
  const context = await newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: width / 1280 })
  try {
    const page = await context.newPage()
    const total = await openDeck(page, folder)
    const files: string[] = []
    for (let index = 0; index < total; index++) {
      await showSlide(page, index)
      const target = path.join(folder, slideFileName(index, total))
      await writeFile(target, await page.screenshot({ type: 'png', scale: 'device' }))
      files.push(target)
    }
    return files
  } finally {
    await context.close()
  }
}

async function takePoster(
  newContext: NewContext,
  folder: string,
  width: number,
  paper: NonNullable<PictureJob['paper']>,
): Promise<string> {
  const [short, long] = PAPER_MM[paper.size]
  const [wide, high] = paper.orientation === 'portrait' ? [short, long] : [long, short]
  const pixels = (mm: number): number => Math.round((mm * 96) / 25.4)
  // Note: the poster is drawn as it prints (print media, its paper size), then zoomed to the width asked for.
  const context = await newContext({
    viewport: { width: pixels(wide), height: pixels(high) },
    deviceScaleFactor: width / pixels(wide),
  })
  try {
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print' })
    await page.goto(pathToFileURL(path.join(folder, 'poster.html')).href, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    const target = path.join(folder, 'poster.png')
    await writeFile(target, await page.screenshot({ type: 'png', scale: 'device' }))
    return target
  } finally {
    await context.close()
  }
}
