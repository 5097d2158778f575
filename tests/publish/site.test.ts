/**
 * Issue 18: `storydeck publish` into a site folder: drafts left out (and taken
 * off again), a partial publish keeps every published story in the index, the
 * index links only to files that exist, link previews with `site.url`, and a
 * preview picture of the right size that is not blank.
 */
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as cheerio from 'cheerio'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasBrowser } from '../util/browser.ts'
import { makeProject, runCli } from '../util/cli.ts'
import { darkPixels, histogram } from '../util/png.ts'

const story = (title: string, extra: string): string =>
  `---\ntitle: ${title}\norganisation: Harbour Mutual\nauthor: Claire Okafor\n${extra}---\n\nA short lead.\n\nNote: secret lead note.\n\n# From\nWe wait for each other.\n\n# To\nOne person owns each claim.\n\nNote: secret to note.\n\n# Because\nCustomers remember the worst moment.\n`

describe.skipIf(!hasBrowser())('storydeck publish: the site folder', () => {
  let root = ''
  const site = (): string => path.join(root, 'site')
  const index = (): cheerio.CheerioAPI => cheerio.load(readFileSync(path.join(site(), 'index.html'), 'utf8'))
  const listed = (): string[] =>
    index()('.story h2')
      .toArray()
      .map((element) => index()(element).text())

  beforeAll(async () => {
    root = await makeProject({
      'stories/alpha.md': story('Alpha story', 'date: 2026-01-10\n'),
      'stories/beta.md': story('Beta story', 'date: 2026-05-01\ndraft: true\n'),
      'stories/gamma.md': story('Gamma story', ''),
    })
  })

  it('leaves drafts out and lists the others newest first, warning that previews need `site.url`', async () => {
    const result = await runCli(['publish', '--no-pdf'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Link previews will not show')
    expect(result.stderr).toContain('beta: draft, left out')
    expect(existsSync(path.join(site(), 'beta'))).toBe(false)
    expect(listed()).toEqual(['Alpha story', 'Gamma story'])
  }, 120_000)

  it('links only to files that exist', () => {
    const hrefs = index()('a[href]')
      .toArray()
      .map((element) => index()(element).attr('href') ?? '')
    expect(hrefs.length).toBeGreaterThan(4)
    for (const href of hrefs) expect(existsSync(path.join(site(), decodeURIComponent(href))), href).toBe(true)
    expect(hrefs).not.toContain('alpha/deck.pdf')
    expect(hrefs).toContain('alpha/poster.html')
  })

  it('keeps every published story in the index after a partial publish', async () => {
    await writeFile(path.join(root, 'stories/beta.md'), story('Beta story', 'date: 2026-05-01\n'))
    const result = await runCli(['publish', 'stories/beta.md', '--no-pdf'], root)
    expect(result.code).toBe(0)
    expect(listed()).toEqual(['Beta story', 'Alpha story', 'Gamma story'])
  }, 120_000)

  it('takes a story off the site when it becomes a draft', async () => {
    await writeFile(path.join(root, 'stories/alpha.md'), story('Alpha story', 'date: 2026-01-10\ndraft: true\n'))
    expect((await runCli(['publish', 'stories/alpha.md', '--no-pdf'], root)).code).toBe(0)
    expect(existsSync(path.join(site(), 'alpha'))).toBe(false)
    expect(listed()).toEqual(['Beta story', 'Gamma story'])
  }, 120_000)

  it('makes a 1200 × 630 preview picture that is not blank', () => {
    const picture = histogram(path.join(site(), 'gamma', 'preview.png'))
    expect([picture.width, picture.height]).toEqual([1200, 630])
    expect(picture.colours).toBeGreaterThan(50)
    expect(picture.top).toBeLessThan(0.99)
  })

  it('writes absolute link previews on deck, poster and index with `site.url`', async () => {
    await writeFile(
      path.join(root, 'storydeck.config.json'),
      JSON.stringify({ site: { url: 'https://intranet.example.com/vision' } }),
    )
    const result = await runCli(['publish', '--no-pdf'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('Link previews will not show')
    const meta = (file: string): Record<string, string> => {
      const $ = cheerio.load(readFileSync(path.join(site(), file), 'utf8'))
      return Object.fromEntries(
        $('meta[property], meta[name]')
          .toArray()
          .map((element) => [$(element).attr('property') ?? $(element).attr('name'), $(element).attr('content')]),
      ) as Record<string, string>
    }
    const deck = meta('gamma/index.html')
    expect(deck['og:title']).toBe('Gamma story')
    expect(deck['og:description']).toBe('One person owns each claim.')
    expect(deck['og:locale']).toBe('en_GB')
    expect(deck['og:url']).toBe('https://intranet.example.com/vision/gamma/index.html')
    expect(deck['og:image']).toBe('https://intranet.example.com/vision/gamma/preview.png')
    expect(deck['twitter:card']).toBe('summary_large_image')
    expect(meta('gamma/poster.html')['og:url']).toBe('https://intranet.example.com/vision/gamma/poster.html')
    const home = meta('index.html')
    expect(home['og:url']).toBe('https://intranet.example.com/vision/index.html')
    expect(home['og:image']).toMatch(/^https:\/\/intranet\.example\.com\/vision\/(beta|gamma)\/preview\.png$/)
    expect(readFileSync(path.join(site(), 'gamma/index.html'), 'utf8')).not.toContain('secret')
  }, 120_000)

  it('keeps link previews out of the presenter’s build', async () => {
    expect((await runCli(['build', 'stories/gamma.md'], root)).code).toBe(0)
    const deck = readFileSync(path.join(root, 'dist/gamma/index.html'), 'utf8')
    expect(deck).not.toContain('og:title')
    expect(deck).toContain('secret to note')
  }, 60_000)

  it('names a language version as the build does in its progress lines (`gamma/de`, not `de`)', async () => {
    await writeFile(
      path.join(root, 'stories/gamma.de.md'),
      story('Gamma-Geschichte', 'lang: de\n')
        .replace('# From\nWe wait for each other.', '# Von\nWir warten aufeinander.')
        .replace('# To\nOne person owns each claim.', '# Zu\nEine Person kümmert sich um jeden Schaden.')
        .replace(
          '# Because\nCustomers remember the worst moment.',
          '# Weil\nKunden erinnern sich an den schlimmsten Moment.',
        ),
    )
    const result = await runCli(['publish', 'stories/gamma.de.md', '--no-pdf', '--messages', 'en'], root)
    expect(result.code).toBe(0)
    expect(existsSync(path.join(site(), 'gamma', 'de', 'preview.png'))).toBe(true)
    expect(result.stderr).toContain('Pictures: gamma/de\n')
    expect(result.stderr).not.toMatch(/^Pictures: de$/m)
    // The deck's language switcher (a button at the bottom centre) is not in the picture.
    expect(readFileSync(path.join(site(), 'gamma', 'de', 'index.html'), 'utf8')).toContain('languages-toggle')
    expect(
      darkPixels(path.join(site(), 'gamma', 'de', 'preview.png'), { x: 500, y: 570, width: 200, height: 60 }),
    ).toBe(0)
  }, 120_000)
})
