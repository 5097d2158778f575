/**
 * `printPdfs` prints several pages at once; the PDFs still come back in the
 * order asked for, and a page that fails stops the run with its name.
 * `storydeck build --pdf` keeps the PDFs of unchanged stories (issue 9).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../../src/export/browser.ts'
import { run } from '../../src/cli/main.ts'
import { printPdfs, type PdfJob } from '../../src/export/pdf.ts'
import { hasBrowser } from '../util/browser.ts'
import { makeProject, runCli } from '../util/cli.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

describe.skipIf(!hasBrowser())('printPdfs', () => {
  let out = ''
  const job = (slug: string, kind: PdfJob['kind']): PdfJob => ({
    source: path.join(out, slug, kind === 'deck' ? 'index.html' : `${kind}.html`),
    target: `${slug}/${kind}.pdf`,
    kind,
  })

  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'storydeck-pdf-'))
    const io = { cwd: root, stdout: { write: () => true }, stderr: { write: () => true } }
    expect(
      await run(
        ['build', 'stories/harbour-mutual-claims.md', 'stories/fjordsamband-ferje.md', '--out', out, '--force'],
        io,
      ),
    ).toBeLessThan(2)
  }, 60_000)

  it('returns every PDF in the order of the jobs, with progress for each', async () => {
    const jobs = (['harbour-mutual-claims', 'fjordsamband-ferje'] as const).flatMap((slug) =>
      (['deck', 'poster', 'handout'] as const).map((kind) => job(slug, kind)),
    )
    const lines: string[] = []
    const result = await printPdfs(jobs, { progress: (line) => lines.push(line) })
    expect(result.ok).toBe(true)
    expect(result.files.map((file) => file.path)).toEqual(jobs.map((each) => each.target))
    for (const file of result.files) expect(Buffer.from(file.contents).subarray(0, 5).toString()).toBe('%PDF-')
    expect(lines).toHaveLength(jobs.length)
    expect(lines.map((line) => /^PDF (\d+)\/6: /.exec(line)?.[1])).toEqual(['1', '2', '3', '4', '5', '6'])
  }, 120_000)

  it('names the page that could not be printed and keeps the PDFs made before it', async () => {
    const jobs = [
      job('harbour-mutual-claims', 'poster'),
      job('no-such-story', 'poster'),
      job('fjordsamband-ferje', 'poster'),
    ]
    const result = await printPdfs(jobs)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/^Could not print `no-such-story\/poster\.pdf`: /)
    expect(result.files.map((file) => file.path)).toContain('harbour-mutual-claims/poster.pdf')
    expect(result.files.map((file) => file.path)).not.toContain('no-such-story/poster.pdf')
  }, 120_000)
})

describe.skipIf(!hasBrowser())('storydeck build --pdf, again', () => {
  const names = ['deck.pdf', 'poster.pdf', 'handout.pdf']
  let project = ''
  const chromePath = process.env.CHROME_PATH
  const pdf = (name: string): string => path.join(project, 'dist', 'harbour-mutual-claims', name)
  const stamps = (): string[] => names.map((name) => `${statSync(pdf(name)).ino}:${statSync(pdf(name)).mtimeMs}`)
  const buildPdf = async (...flags: string[]): Promise<string> => {
    const result = await runCli(['build', '--quiet', '--pdf', ...flags], project)
    expect(result.code, result.stderr).toBe(0)
    return result.stderr
  }

  beforeAll(async () => {
    project = await makeProject({
      'stories/harbour-mutual-claims.md': readFileSync(path.join(root, 'stories', 'harbour-mutual-claims.md')),
    })
  })
  afterAll(async () => {
    if (chromePath === undefined) delete process.env.CHROME_PATH
    else process.env.CHROME_PATH = chromePath
    await rm(project, { recursive: true, force: true })
  })

  it('keeps the PDFs of an unchanged story and prints only what is missing, changed or asked for', async () => {
    expect(await buildPdf()).toContain('Printing 3 PDFs…')
    const first = stamps()

    expect(await buildPdf()).toContain('PDFs: 3 unchanged, not printed again')
    expect(stamps()).toEqual(first)

    await rm(pdf('poster.pdf'))
    expect(await buildPdf()).toContain('Printing 1 PDF… (2 unchanged')
    expect(readFileSync(pdf('poster.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
    expect(stamps()[0]).toBe(first[0])

    const storyFile = path.join(project, 'stories', 'harbour-mutual-claims.md')
    await writeFile(
      storyFile,
      readFileSync(storyFile, 'utf8').replace('One person, all the way', 'One person, every step'),
    )
    expect(await buildPdf()).toContain('Printing 3 PDFs…')
    expect(execFileSync('pdftotext', [pdf('poster.pdf'), '-'], { encoding: 'utf8' })).toContain(
      'One person, every step',
    )
    const edited = stamps()

    expect(await buildPdf('--force')).toContain('Printing 3 PDFs…')
    expect(stamps().every((stamp, index) => stamp !== edited[index])).toBe(true)
  }, 180_000)

  it('prints again with another browser', async () => {
    await buildPdf()
    const wrapper = path.join(project, 'other-chromium')
    await writeFile(wrapper, `#!/bin/sh\nexec '${findChromium()}' "$@"\n`, { mode: 0o755 })
    process.env.CHROME_PATH = wrapper
    expect(await buildPdf()).toContain('Printing 3 PDFs…')
    expect(await buildPdf()).toContain('PDFs: 3 unchanged')
  }, 180_000)
})
