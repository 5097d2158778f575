/**
 * `printPdfs` prints several pages at once; the PDFs still come back in the
 * order asked for, and a page that fails stops the run with its name.
 */
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main.ts'
import { printPdfs, type PdfJob } from '../../src/pdf.ts'
import { hasBrowser } from '../util/browser.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

describe.skipIf(!hasBrowser())('printPdfs', () => {
  let out = ''
  const job = (slug: string, kind: PdfJob['kind']): PdfJob => ({
    source: path.join(out, slug, kind === 'deck' ? 'index.html' : `${kind}.html`),
    target: `${slug}/${kind}.pdf`,
    kind
  })

  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'storydeck-pdf-'))
    const io = { cwd: root, stdout: { write: () => true }, stderr: { write: () => true } }
    expect(await run(['build', 'stories/harbour-mutual-claims.md', 'stories/fjordsamband-ferje.md', '--out', out, '--force'], io)).toBeLessThan(2)
  }, 60_000)

  it('returns every PDF in the order of the jobs, with progress for each', async () => {
    const jobs = (['harbour-mutual-claims', 'fjordsamband-ferje'] as const).flatMap((slug) => (['deck', 'poster', 'handout'] as const).map((kind) => job(slug, kind)))
    const lines: string[] = []
    const result = await printPdfs(jobs, { progress: (line) => lines.push(line) })
    expect(result.ok).toBe(true)
    expect(result.files.map((file) => file.path)).toEqual(jobs.map((each) => each.target))
    for (const file of result.files) expect(Buffer.from(file.contents).subarray(0, 5).toString()).toBe('%PDF-')
    expect(lines).toHaveLength(jobs.length)
    expect(lines.map((line) => /^PDF (\d+)\/6: /.exec(line)?.[1])).toEqual(['1', '2', '3', '4', '5', '6'])
  }, 120_000)

  it('names the page that could not be printed and keeps the PDFs made before it', async () => {
    const jobs = [job('harbour-mutual-claims', 'poster'), job('no-such-story', 'poster'), job('fjordsamband-ferje', 'poster')]
    const result = await printPdfs(jobs)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/^Could not print `no-such-story\/poster\.pdf`: /)
    expect(result.files.map((file) => file.path)).toContain('harbour-mutual-claims/poster.pdf')
    expect(result.files.map((file) => file.path)).not.toContain('no-such-story/poster.pdf')
  }, 120_000)
})
