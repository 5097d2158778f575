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
      'stories/s.md:5:3: warning: Text in `brand.primary` (#ffd54f) on `background` (#fbfaf7) is hard to read (contrast 1.35 : 1; it needs 4.5 : 1).  [a11y/contrast]',
    )
    expect(result.stderr).toContain(
      'Choose a darker text colour, such as #806b28; until you do, the deck and poster use that one, so the text stays readable.',
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
      'storydeck.config.json:4:5: warning: Text in `brand.accent` (#444444) on `background` (#0d1117) is hard to read (contrast 1.94 : 1; it needs 4.5 : 1).  [a11y/contrast]',
      'storydeck.config.json:4:5: warning: Text in `brand.accent` (#444444) on `surface` (#1a2230) is hard to read (contrast 1.63 : 1; it needs 4.5 : 1).  [a11y/contrast]',
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
      'storydeck.config.json:3:5: error: `navy` for `brand.primary` is not a colour storydeck can use.  [config/brand]',
    )
    expect(result.stderr).toContain(
      'storydeck.config.json:4:5: error: `Inter Bold` is not the name of a font package storydeck can install.  [config/brand]',
    )
    expect(result.stderr).toContain(
      'storydeck.config.json:5:5: error: The logo `logo.gif` is not an SVG or PNG file.  [config/brand]',
    )
    expect(result.stderr).toContain(
      'storydeck.config.json:6:5: error: Under `brand`, the configuration has a key `colour` that storydeck does not know.  [config/unknown-key]',
    )
    expect(result.stderr).toContain(
      'Remove it, or use one of the keys `brand` takes: `logo`, `primary`, `accent`, and `font`.',
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
      'stories/missing.md:5:3: error: There is no logo at `brand/nope.svg`.  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/fake.md:5:3: error: `brand/fake.png` is not really a PNG image.  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/escape.md:5:3: error: The logo leads outside the project folder.  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/linked.md:5:3: error: The logo leads outside the project folder.  [brand/logo]',
    )
    expect(result.stderr).toContain(
      'stories/gif.md:5:3: error: The logo `brand/logo.gif` is not an SVG or PNG file.  [brand/logo]',
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
      'stories/s.md:5:3: error: The font `no-such-font-xyz` is not installed in the project.  [brand/font]',
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
      'storydeck.config.json:3:5: error: `Inter Bold` is not the name of a font package storydeck can install.  [config/brand]',
    )
    expect(result.stderr).toContain(
      'stories/s.md:5:3: error: `Inter Bold` is not the name of a font package storydeck can install.  [frontmatter/brand]',
    )
    expect(result.stderr).toContain(
      'stories/s.md:6:3: error: `navy` for `brand.primary` is not a colour storydeck can use.  [frontmatter/brand]',
    )
    expect(result.stderr).not.toContain('[brand/font]')
  })
})

describe('brand messages in the story’s language', () => {
  it('says a brand problem in Swedish in a Swedish story', async () => {
    const root = await makeProject({ 'stories/s.md': story('lang: sv\nbrand:\n  primary: navy') })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/s.md:6:3: fel: `navy` i `brand.primary` är ingen färg som storydeck kan använda.  [frontmatter/brand]',
    )
    expect(result.stderr).toContain(
      'Skriv färgen som en hexkod, till exempel `#1f4e79` (den finns i er grafiska profil, eller ta fram den med en färgväljare).',
    )
  })

  it('says a contrast warning in Swedish, with the numbers written the Swedish way', async () => {
    const root = await makeProject({ 'stories/s.md': story('lang: sv\nbrand:\n  accent: "#ffd54f"') })
    const result = await runCli(['build'], root)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(
      'stories/s.md:6:3: varning: Text i `brand.accent` (#ffd54f) på `background` (#fbfaf7) är svår att läsa (kontrast 1,35 : 1; den behöver vara minst 4,5 : 1).  [a11y/contrast]\n' +
        '    Välj en mörkare textfärg, till exempel #806b28. Tills vidare använder presentationen och affischen den, så att texten går att läsa.\n',
    )
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
      'stories/c.md:5:1: error: storydeck does not know the theme `nordik`. Did you mean `nordic`?  [story/theme]',
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
      'stories/s.md:4:1: error: The theme `broken` has errors, so this story cannot use it.  [story/theme]',
    )
    expect(result.stderr).toContain(
      'themes/broken/theme.json:5:24: `black` for `text` is not a colour storydeck can use.',
    )
  })
})
