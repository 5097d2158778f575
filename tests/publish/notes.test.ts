/**
 * Issue 18: `storydeck publish` leaves every speaker note out. Every byte of a
 * published site of the samples is read (HTML, JSON, PDF text, PowerPoint
 * XML, single files) and none of the samples' notes is found; the same check
 * finds them in a presenter's `storydeck build`, so it can fail.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as cheerio from 'cheerio'
import JSZip from 'jszip'
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseStory } from '../../src/story/parse.ts'
import '../../src/story/data.ts'
import { hasBrowser } from '../util/browser.ts'
import { runCli } from '../util/cli.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const storiesDir = path.join(root, 'stories')

/** Plain words, lower case, one space between: the same sentence matches in HTML, JSON, PDF and XML text. */
function plain(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `
}

/** Five-word runs of every note of every sample (each run long enough to be the note's, not the slide's). */
function sampleNotes(): string[] {
  const runs: string[] = []
  for (const name of readdirSync(storiesDir).filter((file) => file.endsWith('.md'))) {
    const file = new VFile({ path: path.join('stories', name), value: readFileSync(path.join(storiesDir, name)) })
    const story = parseStory(file)
    if (story === undefined) throw new Error(`sample ${name} did not parse`)
    const groups: RootContent[][] = [story.leadNotes]
    for (const section of story.sections) {
      if (section.headline) groups.push(section.headline.notes)
      for (const slide of section.slides) groups.push(slide.notes)
    }
    for (const nodes of groups) {
      for (const node of nodes) {
        const words = plain(toString(node)).trim().split(' ').filter(Boolean)
        for (let start = 0; start + 5 <= words.length; start += 5)
          runs.push(` ${words.slice(start, start + 5).join(' ')} `)
      }
    }
  }
  return runs
}

/** Every text a reader of the folder could get at, per file. */
async function readableTexts(folder: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        await walk(full)
        continue
      }
      const relative = path.relative(folder, full)
      const bytes = await readFile(full)
      if (entry.name.endsWith('.pdf')) {
        texts.set(relative, execFileSync('pdftotext', ['-q', full, '-'], { encoding: 'utf8' }))
      } else if (entry.name.endsWith('.pptx')) {
        const zip = await JSZip.loadAsync(bytes)
        const parts = await Promise.all(
          Object.values(zip.files)
            .filter((part) => part.name.endsWith('.xml') || part.name.endsWith('.rels'))
            .map(async (part) =>
              cheerio
                .load(await part.async('string'), { xml: true })
                .root()
                .text(),
            ),
        )
        texts.set(relative, parts.join('\n'))
      } else if (entry.name.endsWith('.html')) {
        const $ = cheerio.load(bytes.toString('utf8'))
        const attributes = $('*')
          .toArray()
          .flatMap((element) => ('attribs' in element ? Object.values(element.attribs) : []))
        // Note: the raw bytes too, so a note hidden inside a script or comment is still found.
        texts.set(relative, [bytes.toString('utf8'), $.root().text(), ...attributes].join('\n'))
      } else if (!/\.(?:png|jpe?g|gif|webp|woff2?)$/.test(entry.name)) {
        texts.set(relative, bytes.toString('utf8'))
      }
    }
  }
  await walk(folder)
  return texts
}

function leaks(texts: Map<string, string>, runs: readonly string[]): string[] {
  const found: string[] = []
  for (const [file, text] of texts) {
    const words = plain(text)
    for (const run of runs) if (words.includes(run)) found.push(`${file}:${run.trim()}`)
  }
  return found
}

describe('storydeck publish leaves the speaker notes out (issue 18)', () => {
  const runs = sampleNotes()
  let site = ''
  let dist = ''

  beforeAll(async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'storydeck-publish-'))
    site = path.join(work, 'site')
    dist = path.join(work, 'dist')
    const pdf = hasBrowser() ? [] : ['--no-pdf']
    const published = await runCli(['publish', '--out', site, '--force', '--pptx', '--single-file', ...pdf], root)
    expect(published.stderr).not.toMatch(/unexpected failure/)
    expect(published.code).toBeLessThan(2)
    const built = await runCli(['build', '--out', dist, '--force', '--pptx', '--single-file'], root)
    expect(built.code).toBeLessThan(2)
  }, 240_000)

  it('finds the notes of the samples to look for', () => {
    expect(runs.length).toBeGreaterThan(40)
  })

  it('finds them in the presenter’s build: deck, story.json, handout, PowerPoint and single file', async () => {
    const found = leaks(await readableTexts(dist), runs)
    for (const file of ['index.html', 'story.json', 'handout.html', 'deck.pptx'])
      expect(found.some((hit) => hit.startsWith(path.join('harbour-mutual-claims', file)))).toBe(true)
    expect(found.some((hit) => hit.startsWith('harbour-mutual-claims.html'))).toBe(true)
  })

  it('calls the handout a handout where it has no notes, and speaker notes where it has them', async () => {
    const title = async (folder: string, slug: string): Promise<string | undefined> =>
      /<title>([^<]*)<\/title>/.exec(await readFile(path.join(folder, slug, 'handout.html'), 'utf8'))?.[1]
    expect(await title(dist, 'harbour-mutual-claims')).toMatch(/ · Speaker notes$/)
    expect(await title(site, 'harbour-mutual-claims')).toMatch(/ · Handout$/)
    expect(await title(site, 'baekby-kommune-familier')).toMatch(/ · Uddelingsark$/)
  })

  it('finds none of them anywhere in the published site', async () => {
    const texts = await readableTexts(site)
    const kinds = new Set([...texts.keys()].map((file) => path.extname(file)))
    for (const kind of ['.html', '.json', '.pptx', ...(hasBrowser() ? ['.pdf'] : [])]) expect(kinds).toContain(kind)
    expect(leaks(texts, runs)).toEqual([])
  })

  it.skipIf(!hasBrowser())(
    'prints tagged PDFs with an outline and language, and a handout of three slides a page',
    () => {
      const pdfs = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf'))
      // Note: deck, poster and handout of every story, language versions included.
      expect(pdfs).toHaveLength(3 * readdirSync(storiesDir).length)
      const pages = (file: string): number => {
        const info = execFileSync('pdfinfo', [path.join(site, file)], { encoding: 'utf8' })
        expect(info, file).toMatch(/^Tagged:\s+yes$/m)
        return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])
      }
      for (const file of pdfs) {
        const bytes = readFileSync(path.join(site, file)).toString('latin1')
        expect(bytes, file).toContain('/Outlines')
        expect(bytes, file).toMatch(/\/Lang \((en|da|nb|nn|sv|de)\)/)
      }
      const counts: Record<string, [number, number]> = {}
      for (const slug of readdirSync(storiesDir).map((name) =>
        name.replace(/\.md$/, '').replace(/\.(en|da|nb|nn|sv|de)$/, '/$1'),
      ))
        counts[slug] = [pages(`${slug}/deck.pdf`), pages(`${slug}/handout.pdf`)]
      // Note: without notes every slide takes a third of a page; the last page's last slide grows into the room left.
      for (const [slug, [slides, handout]] of Object.entries(counts)) expect(handout, slug).toBe(Math.ceil(slides / 3))
      expect(counts['harbour-mutual-claims']).toEqual([15, 5])
    },
  )

  it('publishes no cache and no sources', async () => {
    const names = [...(await readableTexts(site)).keys()]
    expect(names.filter((name) => name.endsWith('.md') || name.includes('.storydeck-cache'))).toEqual([])
  })
})
