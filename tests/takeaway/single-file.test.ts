/**
 * The single-file inliner on small pages: what gets inlined, how scripts are
 * escaped and allowed by hash, how fonts stay lean (issue 10).
 */
import { createHash } from 'node:crypto'
import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { escapeScript, inlineCss, inlineDocument, singleFilePolicy } from '../../src/render/single-file.ts'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
const sha = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`

const PAGE = `<!doctype html><html lang="da"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-SPEAKER'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; frame-src 'self'">
<link rel="stylesheet" href="../assets/deck.1234.css">
</head><body><p>Blåbær</p><img src="img/team.png" alt="Team" loading="lazy">
<script src="../assets/app.5678.js"></script></body></html>`

const FILES: Record<string, Uint8Array> = {
  'assets/deck.1234.css': encode(
    [
      "@font-face{font-family:'Brand';src:url(fonts/brand-latin.woff2) format('woff2'),url(fonts/brand-latin.woff) format('woff');unicode-range:U+0000-00FF}",
      "@font-face{font-family:'Brand';src:url(fonts/brand-cyrillic.woff2) format('woff2');unicode-range:U+0400-045F}",
      'body{background:url("bg.png")}',
    ].join('\n'),
  ),
  'assets/fonts/brand-latin.woff2': encode('LATIN'),
  'assets/bg.png': encode('BG'),
  'assets/app.5678.js': encode('var html = "</script><!-- <script>"; document.title = "ok"'),
  'story/img/team.png': encode('PNG'),
}

describe('inlineDocument', () => {
  const html = inlineDocument(PAGE, { path: 'story/index.html', read: (file) => FILES[file] })
  const $ = load(html)

  it('inlines stylesheets, scripts and images, with nothing left to fetch', () => {
    expect($('link[rel=stylesheet]')).toHaveLength(0)
    expect($('script[src]')).toHaveLength(0)
    expect($('img').attr('src')).toBe(`data:image/png;base64,${Buffer.from('PNG').toString('base64')}`)
    expect($('img').attr('loading')).toBeUndefined()
    expect($('style').text()).toContain(`url("data:image/png;base64,${Buffer.from('BG').toString('base64')}")`)
  })

  it('keeps only WOFF2 files and only the font subsets the page needs', () => {
    const css = $('style').text()
    expect(css).toContain(`data:font/woff2;base64,${Buffer.from('LATIN').toString('base64')}`)
    expect(css).not.toContain('brand-latin.woff)')
    expect(css).not.toContain('font/woff;')
    expect(css).not.toContain('cyrillic')
  })

  it('escapes what would end the inline script, so the script stays whole', () => {
    const script = $('script').text()
    expect(script).not.toMatch(/<\/script|<!--|<script/i)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
  })

  it('allows each inlined script by its hash, keeps the speaker view hash, and never allows inline scripts at large', () => {
    const policy = $('meta[http-equiv=Content-Security-Policy]').attr('content') ?? ''
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? []
    expect(scripts).toEqual(["'sha256-SPEAKER'", `'${sha($('script').text())}'`])
    expect(scripts).not.toContain("'unsafe-inline'")
    expect(policy).toMatch(/font-src 'self' data:/)
    expect(policy).toContain("frame-src 'self'")
  })

  it('throws when the page links a file the build did not write (a bug of ours)', () => {
    expect(() =>
      inlineDocument('<img src="missing.png">', { path: 'story/index.html', read: () => undefined }),
    ).toThrow(/missing\.png/)
  })

  it('leaves links to other sites alone', () => {
    const out = inlineDocument('<a href="https://example.com">x</a><img src="data:image/png;base64,AA==">', {
      path: 'a/index.html',
      read: () => undefined,
    })
    expect(out).toContain('href="https://example.com"')
  })
})

describe('escapeScript', () => {
  it('keeps the meaning of strings and regular expressions', () => {
    const source = 'var a = "</script>"; var b = /<!--x/u.test("<!--x"); var c = `<script>`'
    const escaped = escapeScript(source)
    expect(escaped).not.toMatch(/<\/script|<!--|<script/i)
    // eslint-disable-next-line no-new-func -- evaluating our own fixed test source
    const run = (code: string): unknown => new Function(`${code}; return [a, b, c]`)()
    expect(run(escaped)).toEqual(run(source))
  })
})

describe('singleFilePolicy', () => {
  it('adds script hashes and data: sources to a policy without them', () => {
    expect(singleFilePolicy("default-src 'none'; style-src 'unsafe-inline'", ['sha256-A'])).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-A'; img-src data:; font-src data:",
    )
  })
})

describe('inlineCss', () => {
  it('keeps a font without unicode-range and every font when no text is given', () => {
    const css = "@font-face{font-family:X;src:url(x.woff2) format('woff2');unicode-range:U+0400-045F}"
    expect(inlineCss(css, { url: () => 'data:x' })).toContain('url("data:x")')
    expect(inlineCss(css, { text: 'abc', url: () => 'data:x' })).toBe('')
    expect(inlineCss('@font-face{font-family:Y;src:url(y.woff2)}', { text: 'abc', url: () => 'data:y' })).toContain(
      'data:y',
    )
  })
})
