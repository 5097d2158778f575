/**
 * Loading themes: project themes before built-in ones, `extends` with
 * inherited files, nothing read from outside `themes/`, broken themes as
 * ThemeError with positioned messages; `storydeck themes`.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeThemes } from '../../src/themes/list.ts'
import { createSite } from '../../src/project/site.ts'
import { ThemeError, listThemes, loadTheme, readTheme } from '../../src/themes/load.ts'
import { makeProject, runCli } from '../util/cli.ts'

const child = (extra = ''): string =>
  JSON.stringify({
    name: 'Acme',
    description: 'Acme house style on top of Nordic.',
    extends: 'nordic',
    colours: { primary: '#0b5394' },
  }).replace(/}$/, `${extra}}`)

describe('loadTheme', () => {
  it('loads the three built-in themes, each clearly its own', async () => {
    const root = await makeProject({})
    expect(await listThemes(root)).toEqual(['hall', 'nordic', 'paper'])
    const [nordic, hall, paper] = await Promise.all(['nordic', 'hall', 'paper'].map((name) => loadTheme(root, name)))
    expect(nordic?.manifest.colours.background).toBe('#fbfaf7')
    expect(hall?.manifest.colours.background).toBe('#0d1117')
    expect(paper?.manifest.colours.background).toBe('#ffffff')
    // Hall and Paper reuse Nordic's templates and add their CSS after Nordic's.
    expect(hall?.templates).toEqual(nordic?.templates)
    expect(hall?.css.deck.startsWith(nordic?.css.deck ?? '-')).toBe(true)
    expect(hall?.css.deck).toContain('/* hall */')
    expect(paper?.css.poster).toContain('/* paper */')
    expect(Object.isFrozen(hall)).toBe(true)
  })

  it('prefers a project theme and lets it extend a built-in one, taking missing files from it', async () => {
    const root = await makeProject({
      'themes/acme/theme.json': child(),
      'themes/acme/deck.css': '.reveal h2 { color: red; }',
    })
    const acme = await loadTheme(root, 'acme')
    const nordic = await loadTheme(root, 'nordic')
    expect(acme?.manifest.colours).toEqual({ ...nordic?.manifest.colours, primary: '#0b5394' })
    expect(acme?.templates.poster).toBe(nordic?.templates.poster)
    expect(acme?.css.deck).toBe(`${nordic?.css.deck}\n/* acme */\n.reveal h2 { color: red; }`)
    expect(acme?.css.poster).toBe(nordic?.css.poster)
    expect(await listThemes(root)).toEqual(['acme', 'hall', 'nordic', 'paper'])
  })

  it('returns undefined for names that are not plain folder names', async () => {
    const root = await makeProject({ 'themes/acme/theme.json': child() })
    for (const name of ['../themes/acme', 'acme/..', '.acme', 'Acme', '', 'a'.repeat(80), '/etc']) {
      expect(await loadTheme(root, name), name).toBeUndefined()
    }
  })

  it('refuses a theme folder or file that links outside the themes folder', async () => {
    const outside = await makeProject({ 'evil/theme.json': child(), 'evil/deck.css': 'body{}', 'secret.css': 'secret' })
    const root = await makeProject({ 'themes/ok/theme.json': child() })
    await symlink(path.join(outside, 'evil'), path.join(root, 'themes', 'evil'))
    await symlink(path.join(outside, 'secret.css'), path.join(root, 'themes', 'ok', 'deck.css'))
    expect(await listThemes(root)).not.toContain('evil')
    expect(await loadTheme(root, 'evil')).toBeUndefined()
    const read = await readTheme(root, 'ok')
    expect(read.theme).toBeUndefined()
    expect(read.file?.messages.map(String)).toEqual([
      'themes/ok/theme.json:1:1: `deck.css` leads outside the theme folder, so storydeck does not read it.',
    ])
  })

  it('throws a ThemeError with positioned messages for a broken theme', async () => {
    const root = await makeProject({
      'themes/loop/theme.json': '{ "name": "Loop", "description": "Extends itself.", "extends": "loop" }',
      'themes/ghost/theme.json': '{\n  "name": "Ghost",\n  "description": "Extends nothing.",\n  "extends": "nope"\n}',
      'themes/bare/theme.json': `{ "name": "Bare", "description": "No files.", "colours": ${JSON.stringify({ background: '#fff', text: '#111', primary: '#1f4e79', accent: '#9a3412', muted: '#555', surface: '#eee', onPrimary: '#fff' })}, "fonts": { "body": "Arial" } }`,
    })
    const error = await loadTheme(root, 'ghost').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ThemeError)
    expect((error as ThemeError).file.messages.map(String)).toEqual([
      'themes/ghost/theme.json:4:3: This theme extends `nope`, but there is no theme of that name.',
    ])
    expect((error as ThemeError).file.messages[0]?.note).toBe(
      'Choose one of these themes: `bare`, `ghost`, `hall`, `loop`, `nordic`, and `paper`.',
    )
    const loop = await readTheme(root, 'loop')
    expect(loop.file?.messages.map(String)).toEqual([
      'themes/loop/theme.json:1:53: This theme extends `loop`, which leads back to `loop` (or more than four themes deep).',
    ])
    const bare = await readTheme(root, 'bare')
    expect(bare.file?.messages.map((message) => message.reason)).toEqual([
      'The theme has no `deck.mustache`.',
      'The theme has no `poster.mustache`.',
      'The theme has no `deck.css`.',
      'The theme has no `poster.css`.',
    ])
    expect(bare.file?.messages[0]?.note).toBe(
      'Put `deck.mustache` beside `theme.json`, or name a theme to take it from in `"extends"`.',
    )
  })
})

describe('storydeck themes', () => {
  it('lists every theme with its description and where it comes from', async () => {
    const root = await makeProject({
      'themes/acme/theme.json': child(),
      'storydeck.config.json': '{ "theme": "acme" }',
    })
    const result = await runCli(['themes'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('acme    Acme house style on top of Nordic. (project, extends nordic, default)\n')
    expect(result.stdout).toContain(
      'hall    Dark and high-contrast with large type, for big rooms, projectors and the back row. (built-in, extends nordic)\n',
    )
    expect(result.stdout).toMatch(/nordic {2}Calm and light.*\(built-in\)\n/)
    expect(result.stdout).toMatch(/paper {3}Print first.*\(built-in, extends nordic\)\n/)
    expect(result.stdout).toContain('`theme: <name>`')
    expect((await describeThemes(root)).map((theme) => `${theme.name}:${theme.origin}:${theme.ok}`)).toEqual([
      'acme:project:true',
      'hall:built-in:true',
      'nordic:built-in:true',
      'paper:built-in:true',
    ])
  })

  it('reports problems in theme files with their place and exits 1', async () => {
    const root = await makeProject({
      'themes/acme/theme.json': child(', "colours": { "primary": "blue" }'.replace(/^/, '')),
    })
    await mkdir(path.join(root, 'themes', 'pale'), { recursive: true })
    await writeFile(
      path.join(root, 'themes', 'pale', 'theme.json'),
      '{\n  "name": "Pale",\n  "description": "Too pale.",\n  "extends": "nordic",\n  "colours": { "muted": "#b0b0b0" }\n}\n',
    )
    const result = await runCli(['themes'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/acme {4}Acme house style on top of Nordic\. \(project, extends nordic, has errors\)/)
    expect(result.stderr).toContain('themes/acme/theme.json:1:')
    expect(result.stderr).toContain('error: `blue` for `primary` is not a colour storydeck can use.  [theme/colour]')
    expect(result.stderr).toContain(
      'themes/pale/theme.json:5:16: warning: Text in `muted` (#b0b0b0) on `background` (#fbfaf7) is hard to read (contrast 2.07 : 1; it needs 4.5 : 1).  [a11y/contrast]',
    )
    expect(result.stderr).toContain(
      'Choose a darker text colour, such as #6d6d6d; until you do, the deck and poster use that one, so the text stays readable.',
    )
  })

  it("shows a project theme's warnings in build and check (once, with their place) and still builds", async () => {
    const pale =
      '{\n  "name": "Pale",\n  "description": "Too pale.",\n  "extends": "nordic",\n  "colours": { "muted": "#b0b0b0" }\n}\n'
    const story = (await readFile(path.join(process.cwd(), 'stories', 'harbour-mutual-claims.md'), 'utf8')).replace(
      /^lang: en$/m,
      'lang: en\ntheme: pale',
    )
    const root = await makeProject({ 'themes/pale/theme.json': pale, 'stories/harbour.md': story })
    const warning =
      'themes/pale/theme.json:5:16: warning: Text in `muted` (#b0b0b0) on `background` (#fbfaf7) is hard to read (contrast 2.07 : 1; it needs 4.5 : 1).  [a11y/contrast]'
    for (const command of [
      ['build', '--quiet'],
      ['check', '--quiet'],
      ['build', '--quiet'],
    ]) {
      const result = await runCli(command, root)
      expect(result.code, result.stderr).toBe(0)
      expect(
        result.stderr.split('\n').filter((line) => line === warning),
        command.join(' '),
      ).toHaveLength(1)
    }
    // The second build skipped the unchanged story; the theme's warning is still shown.
    expect(await readFile(path.join(root, 'dist', 'harbour', 'index.html'), 'utf8')).toContain('pale')

    // The dev server's full build carries them too.
    const site = createSite({ root, stories: 'stories', theme: undefined })
    const update = await site.buildAll()
    expect(update.themeFiles?.map((file) => file.path)).toEqual(['themes/pale/theme.json'])
  })
})
