/**
 * Branding without a theme: brand colours checked for WCAG AA (positioned
 * `a11y/contrast` warnings, adjusted output), the logo copied and shown as
 * an <img> only, an installed @fontsource font copied to `assets/`, and the
 * theme chosen by frontmatter or config, with errors that name the themes.
 */
import { readFile, readdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from '../../src/colour/contrast.ts'
import { makeProject, runCli } from '../util/cli.ts'
import { SPINE } from '../util/story.ts'

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'
const story = (frontmatter: string): string =>
  `---\ntitle: Brand story\norganisation: Acme\n${frontmatter}\n---\n\n${SPINE}`

/** `--sd-*` custom properties of a page's style attribute. */
function properties(style: string | undefined): Record<string, string> {
  return Object.fromEntries((style ?? '').split(';').map((declaration) => declaration.split(':') as [string, string]))
}

describe('brand colours', () => {
  it('warns about a low-contrast brand colour at its line, and renders a readable one', async () => {
    const root = await makeProject({ 'stories/s.md': story('brand:\n  primary: "#ffd54f"\n  accent: "#0b5394"') })
    const result = await runCli(['build'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      'stories/s.md:5:3: warning: Unexpected contrast of `1.35:1` between `primary` `#ffd54f` and `background` `#fbfaf7`, expected at least `4.5:1`  [a11y/contrast]',
    )
    expect(result.stderr).toMatch(
      /The deck and poster use `#[0-9a-f]{6}` for `primary` instead, so the text stays readable\. Pick a darker colour to keep your own\./,
    )
    expect(result.stderr).not.toContain('`accent`')
    const deck = load(await readFile(path.join(root, 'dist/s/index.html'), 'utf8'))
    const poster = load(await readFile(path.join(root, 'dist/s/poster.html'), 'utf8'))
    for (const style of [deck('html').attr('style'), poster('.poster').attr('style')]) {
      const colours = properties(style)
      expect(colours['--sd-accent']).toBe('#0b5394')
      const primary = colours['--sd-primary'] ?? ''
      expect(contrastRatio(primary, colours['--sd-background'] ?? '')).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(primary, colours['--sd-surface'] ?? '')).toBeGreaterThanOrEqual(4.5)
      expect(contrastRatio(colours['--sd-on-primary'] ?? '', primary)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('shows a project-wide brand problem once, in the config file at the key', async () => {
    const root = await makeProject({
      'storydeck.config.json': '{\n  "theme": "hall",\n  "brand": {\n    "accent": "#444444"\n  }\n}\n',
      'stories/a.md': story(''),
      'stories/b.md': story(''),
    })
    const result = await runCli(['build'], root)
    expect(result.code).toBe(0)
    const warnings = result.stderr.split('\n').filter((line) => line.includes('a11y/contrast'))
    expect(warnings).toEqual([
      'storydeck.config.json:4:5: warning: Unexpected contrast of `1.94:1` between `accent` `#444444` and `background` `#0d1117`, expected at least `4.5:1`  [a11y/contrast]',
      'storydeck.config.json:4:5: warning: Unexpected contrast of `1.63:1` between `accent` `#444444` and `surface` `#1a2230`, expected at least `4.5:1`  [a11y/contrast]',
    ])
  })

  it('checks brand settings in the config with their place', async () => {
    const root = await makeProject({
      'storydeck.config.json':
        '{\n  "brand": {\n    "primary": "navy",\n    "font": "Inter Bold",\n    "logo": "logo.gif",\n    "colour": "#fff"\n  }\n}\n',
      'stories/a.md': story(''),
    })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'storydeck.config.json:3:5: error: Unexpected colour `navy` for `brand.primary`, expected a hex colour such as `#1f4e79`  [config/brand]',
    )
    expect(result.stderr).toContain(
      'storydeck.config.json:4:5: error: Unexpected font `Inter Bold`, expected the name of an `@fontsource` package such as `inter`  [config/brand]',
    )
    expect(result.stderr).toContain(
      'storydeck.config.json:5:5: error: Unexpected logo `logo.gif`, expected an SVG or PNG file inside the project, such as `brand/logo.svg`  [config/brand]',
    )
    expect(result.stderr).toContain(
      'storydeck.config.json:6:5: error: Unexpected key `colour` under `brand`, expected `logo`, `primary`, `accent`, `font`  [config/unknown-key]',
    )
  })
})

describe('brand logo', () => {
  it('copies the logo into the story folder and shows it only through <img>', async () => {
    const root = await makeProject({
      'brand/logo.svg': LOGO_SVG,
      'stories/s.md': story('brand:\n  logo: brand/logo.svg'),
    })
    const result = await runCli(['build'], root)
    expect(result.code, result.stderr).toBe(0)
    expect(await readFile(path.join(root, 'dist/s/brand/logo.svg'), 'utf8')).toBe(LOGO_SVG)
    const deck = await readFile(path.join(root, 'dist/s/index.html'), 'utf8')
    const poster = await readFile(path.join(root, 'dist/s/poster.html'), 'utf8')
    const $ = load(deck)
    expect(
      $('img.logo')
        .toArray()
        .map((node) => `${$(node).attr('class')} ${$(node).attr('src')}`),
    ).toEqual(['logo logo-top-right brand/logo.svg', 'logo logo-top-right brand/logo.svg'])
    expect($('section.slide-title img.logo, section.slide-closing img.logo')).toHaveLength(2)
    expect(load(poster)('header.masthead img.masthead__logo').attr('src')).toBe('brand/logo.svg')
    expect(deck + poster).not.toContain('alert(1)')
    expect(deck + poster).not.toContain('<svg xmlns="http://www.w3.org/2000/svg" width="10"')
  })

  it('refuses a logo that is missing, not an image, or outside the project', async () => {
    const outside = await makeProject({ 'logo.svg': LOGO_SVG })
    const root = await makeProject({
      'brand/fake.png': 'not a png',
      'stories/missing.md': story('brand:\n  logo: brand/nope.svg'),
      'stories/fake.md': story('brand:\n  logo: brand/fake.png'),
      'stories/escape.md': story('brand:\n  logo: ../logo.svg'),
      'stories/linked.md': story('brand:\n  logo: brand/linked.svg'),
      'stories/gif.md': story('brand:\n  logo: brand/logo.gif'),
    })
    await symlink(path.join(outside, 'logo.svg'), path.join(root, 'brand', 'linked.svg'))
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/missing.md:5:3: error: Unexpected missing logo `brand/nope.svg`, expected a file at that path in the project  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/fake.md:5:3: error: Unexpected logo `brand/fake.png` that is not a PNG image, expected an SVG or PNG file  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/escape.md:5:3: error: Unexpected logo that leads outside the project folder, expected a file inside it  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/linked.md:5:3: error: Unexpected logo that leads outside the project folder, expected a file inside it  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/gif.md:5:3: error: Unexpected logo `brand/logo.gif`, expected an SVG or PNG file such as `brand/logo.svg`  [brand/logo]',
    )
  })
})

describe('brand font', () => {
  it('copies the latin and latin-ext woff2 files in 400 and 700 to assets/ and adds @font-face', async () => {
    const root = await makeProject({ 'stories/s.md': story('brand:\n  font: source-sans-3') })
    const result = await runCli(['build'], root)
    expect(result.code, result.stderr).toBe(0)
    const assets = (await readdir(path.join(root, 'dist/assets'))).filter((name) => name.endsWith('.woff2')).sort()
    expect(assets.map((name) => name.replace(/\.[0-9a-f]{8}\.woff2$/, ''))).toEqual([
      'source-sans-3-latin-400-normal',
      'source-sans-3-latin-700-normal',
      'source-sans-3-latin-ext-400-normal',
      'source-sans-3-latin-ext-700-normal',
    ])
    const deck = load(await readFile(path.join(root, 'dist/s/index.html'), 'utf8'))
    const css = deck('head style').text()
    expect(css.match(/@font-face\{font-family:'Source Sans 3';/g)).toHaveLength(4)
    for (const name of assets) expect(css).toContain(`src:url(../assets/${name}) format('woff2')`)
    expect(css).toContain('unicode-range:U+0000-00FF')
    expect(properties(deck('html').attr('style'))['--sd-font-body']).toMatch(/^'Source Sans 3', 'Segoe UI'/)
    const poster = await readFile(path.join(root, 'dist/s/poster.html'), 'utf8')
    expect(poster).toContain(`src:url(../assets/${assets[0]}) format('woff2')`)
    expect(load(poster)('.poster').attr('style')).toContain("--sd-font-heading:'Source Sans 3'")
  })

  it('says which package to install when the font is not there', async () => {
    const root = await makeProject({ 'stories/s.md': story('brand:\n  font: no-such-font-xyz') })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/s.md:5:3: error: Unexpected font `no-such-font-xyz` that is not installed, expected the package `@fontsource/no-such-font-xyz` in the project  [brand/font]',
    )
    expect(result.stderr).toContain('Run `npm install @fontsource/no-such-font-xyz` in the project folder')
  })

  it('checks a font name in the frontmatter as the config checks it (one validator)', async () => {
    const root = await makeProject({
      'storydeck.config.json': '{\n  "brand": {\n    "font": "Inter Bold"\n  }\n}\n',
      'stories/s.md': story('brand:\n  font: Inter Bold\n  primary: navy'),
    })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'storydeck.config.json:3:5: error: Unexpected font `Inter Bold`, expected the name of an `@fontsource` package such as `inter`  [config/brand]',
    )
    expect(result.stderr).toContain(
      'stories/s.md:5:3: error: Unexpected font `Inter Bold`, expected the name of an `@fontsource` package such as `inter`  [frontmatter/brand]',
    )
    expect(result.stderr).toContain(
      'stories/s.md:6:3: error: Unexpected colour `navy` for `brand.primary`, expected a hex colour such as `#1f4e79`  [frontmatter/brand]',
    )
    expect(result.stderr).not.toContain('[brand/font]')
  })
})

describe('choosing a theme', () => {
  it('takes the frontmatter over the config, and names the themes for an unknown one at its line', async () => {
    const root = await makeProject({
      'storydeck.config.json': '{ "theme": "paper" }',
      'stories/a.md': story('theme: hall'),
      'stories/b.md': story(''),
      'stories/c.md': story('lang: en\ntheme: nordik'),
    })
    const result = await runCli(['build'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/c.md:5:1: error: Unexpected theme `nordik`, expected one of `hall`, `nordic`, `paper`  [story/theme]',
    )
    expect(await readFile(path.join(root, 'dist/a/index.html'), 'utf8')).toMatch(
      /assets(\/|&#x2F;)hall-deck\.[0-9a-f]{8}\.css/,
    )
    expect(await readFile(path.join(root, 'dist/b/index.html'), 'utf8')).toMatch(
      /assets(\/|&#x2F;)paper-deck\.[0-9a-f]{8}\.css/,
    )
    expect(await readFile(path.join(root, 'dist/b/poster.html'), 'utf8')).toContain('/* paper */')
  })

  it('fails a story whose theme has errors and lists them', async () => {
    const root = await makeProject({
      'themes/broken/theme.json':
        '{\n  "name": "Broken",\n  "description": "Bad colour.",\n  "extends": "nordic",\n  "colours": { "text": "black" }\n}\n',
      'stories/s.md': story('theme: broken'),
    })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/s.md:4:1: error: Unexpected theme `broken` with errors, expected a theme without errors  [story/theme]',
    )
    expect(result.stderr).toContain(
      'themes/broken/theme.json:5:24: Unexpected colour `black` for `text`, expected a hex colour such as `#1f4e79`',
    )
  })
})
