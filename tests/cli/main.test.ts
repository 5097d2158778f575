import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import pkg from '../../package.json' with { type: 'json' }
import { makeProject, runCli } from '../util/cli.ts'
import { SPINE } from '../util/story.ts'
import { compose } from '../lint/languages.ts'

const good = `---\ntitle: Good story\n---\n\n${SPINE}`
const bad = `---\ntittle: Bad story\nlang: xx\n---\n\n# From\nOld.\n`

describe('storydeck CLI', () => {
  test('prints help and version', async () => {
    const root = await makeProject({})
    const help = await runCli(['--help'], root)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: storydeck <command>')
    expect(help.stdout).toMatch(/build\s+Build decks/)
    expect((await runCli(['--version'], root)).stdout).toBe(`${pkg.version}\n`)
    expect((await runCli(['build', '--help'], root)).stdout).toContain('--out, -o <dir>')
  })

  test('exits 2 on wrong usage', async () => {
    const root = await makeProject({})
    expect((await runCli([], root)).code).toBe(2)
    const unknown = await runCli(['bulid'], root)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown command `bulid`')
    const flag = await runCli(['check', '--bogus'], root)
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain("Unknown option '--bogus'")
  })

  test('check: exits 0 for a good story and 1 with positioned errors for a bad one', async () => {
    const root = await makeProject({ 'stories/good.md': good, 'stories/bad.md': bad })
    const ok = await runCli(['check', 'stories/good.md'], root)
    expect(ok.code).toBe(0)
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/bad.md:2:1: error: storydeck does not know the key `tittle`. Did you mean `title`?  [frontmatter/unknown-key]',
    )
    expect(result.stderr).toContain('stories/bad.md:3:1: error: storydeck does not know the language `xx`.')
    expect(result.stderr).toContain(
      'stories/bad.md:6:1: error: Your story has no *To* part: where we are going.  [story/missing-section]',
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('build: one run reports the frontmatter, the theme and the images together, and builds nothing of that story', async () => {
    const story = `---\ntitle: Claims\ntheme: nordik\nposter: { size: A5 }\n---\n\n${SPINE}\n![Our team](images/team.jpg)\n`
    const root = await makeProject({ 'stories/claims.md': story })
    const result = await runCli(['build'], root)
    expect(result.code).toBe(1)
    const errors = result.stderr.split('\n').filter((line) => line.includes(': error: '))
    expect(errors.map((line) => line.replace(/: error: .*\[/, ' ['))).toEqual([
      'stories/claims.md:3:1 [story/theme]',
      'stories/claims.md:4:11 [frontmatter/poster]',
      expect.stringMatching(/^stories\/claims\.md:\d+:1 \[image\/path\]$/),
    ])
    await expect(readFile(path.join(root, 'dist', 'claims', 'index.html'), 'utf8')).rejects.toThrow()
    // A theme name with a typo gets the closest theme; one far from every theme gets the list only.
    expect(result.stderr).toContain('storydeck does not know the theme `nordik`. Did you mean `nordic`?')
    expect(result.stderr).toContain('Write `theme: nordic`. The themes you can use are `hall`, `nordic`, and `paper`.')
    const far = await makeProject({ 'stories/claims.md': `---\ntitle: Claims\ntheme: corporate\n---\n\n${SPINE}` })
    const other = await runCli(['check'], far)
    expect(other.stderr).toContain('storydeck does not know the theme `corporate`.  [story/theme]')
  })

  test('build: a story with an unknown language is not coached in another one', async () => {
    const danish = `---\ntitle: Kø\nlang: dk\n---\n\n# Fra\nAlle skader venter i den samme kø i dag.\n\n# Til\nKunderne får hjælp inden for en dag.\n\n# Fordi\nKunder, der venter, holder op med at stole på os.\n`
    const root = await makeProject({ 'stories/ko.md': danish })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/ko.md:3:1: error: storydeck does not know the language `dk`. Did you mean `da`?',
    )
    expect(result.stderr).not.toMatch(/warning|hint/)
  })

  test('check: reports a missing input and an empty project', async () => {
    const root = await makeProject({})
    const missing = await runCli(['check', 'nope.md'], root)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no story found at `nope.md`')
    expect((await runCli(['check'], root)).code).toBe(1)
  })

  test('build, check and lint in a folder without stories: one line that says how to start, exit 1', async () => {
    const root = await makeProject({})
    for (const command of ['build', 'check', 'lint']) {
      const result = await runCli([command], root)
      expect(result.code, command).toBe(1)
      const lines = result.stderr.trim().split('\n')
      expect(lines, command).toHaveLength(1)
      expect(lines[0], command).toMatch(
        /^storydeck: no stories (to build|found)\. .*To start one: `npx storydeck new`\.$/,
      )
    }
    const danish = await runCli(['check', '--messages', 'da'], root)
    expect(danish.stderr).toContain('For at begynde på en: `npx storydeck new`.')
  })

  test('check: positions stay right with a BOM and CRLF', async () => {
    const text = `\uFEFF---\r\ntitle: A\r\nlang: xx\r\n---\r\n\r\n${SPINE.replace(/\n/g, '\r\n')}`
    const root = await makeProject({ 'stories/bom.md': text })
    const result = await runCli(['check'], root)
    expect(result.stderr).toContain('stories/bom.md:3:1: error: storydeck does not know the language `xx`.')
  })

  test('check: says where a file is not UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: A\n---\n\n# From\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ])
    const root = await makeProject({ 'stories/latin1.md': bytes })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/latin1.md:6:4: error: From here on, the file contains characters storydeck cannot read: it is not saved as UTF-8 text.',
    )
  })

  test('build: writes story.json for good stories and keeps going past a bad one', async () => {
    const root = await makeProject({ 'stories/good.md': good, 'stories/bad.md': bad })
    const result = await runCli(['build', '--out', 'out'], root)
    expect(result.code).toBe(1)
    const json = JSON.parse(await readFile(path.join(root, 'out/good/story.json'), 'utf8')) as {
      meta: { title: string }
    }
    expect(json.meta.title).toBe('Good story')
    expect(result.stderr).toMatch(/✓ good: built/)
    expect(result.stderr).toMatch(/✗ stories\/bad\.md: not built/)
  })
})

describe('the CLI speaks the project’s language (issue 15)', () => {
  test('build: progress and summary in Swedish for a Swedish project', async () => {
    const root = await makeProject({
      'stories/bra.md': compose('sv'),
      'stories/trasig.md': compose('sv').replace(/# Från\n\n[^\n]*\n/, ''),
    })
    const first = await runCli(['build', '--out', 'ut'], root)
    expect(first.code).toBe(1)
    expect(first.stderr).toContain('✓ bra: byggd\n')
    expect(first.stderr).toContain('✗ trasig: inte byggd (1 fel)\n')
    expect(first.stderr).toMatch(/stories\/trasig\.md:\d+:\d+: fel: /)
    expect(first.stderr).toContain('1 av 2 berättelser har byggts i ut/\n')
    const again = await runCli(['build', '--out', 'ut', 'stories/bra.md'], root)
    expect(again.stderr).toContain('✓ bra: oförändrad\n')
    expect(again.stderr).toContain(
      '1 av 1 berättelse har byggts i ut/ (1 oförändrad, inte byggd igen; `--force` bygger alla)\n',
    )
    // Note: `--messages` wins over the stories' language.
    const english = await runCli(['build', '--out', 'ut', '--messages', 'en', 'stories/bra.md'], root)
    expect(english.stderr).toContain(
      '1 of 1 story built into ut/ (1 unchanged, not built again; `--force` builds all)\n',
    )
  })

  test('themes and questions speak the language most stories are written in', async () => {
    const root = await makeProject({ 'stories/a.md': compose('da'), 'stories/b.md': compose('da') })
    const themes = await runCli(['themes'], root)
    expect(themes.stdout).toMatch(/nordic {2}.*\(indbygget, standard\)\n/)
    expect(themes.stdout).toContain('Brug et med `theme: <navn>` i en fortællings frontmatter')
    const german = await runCli(['themes', '--messages', 'de'], root)
    expect(german.stdout).toMatch(/paper {3}.*\(eingebaut, erweitert nordic\)\n/)
    const questions = await runCli(['questions', 'a'], root)
    expect(questions.code).toBe(1)
    expect(questions.stderr).toContain('storydeck questions: ingen logfiler fra town halls i `town-halls/a/`')
  })

  test('build: says in the language asked for that there is nothing to build', async () => {
    const root = await makeProject({})
    const result = await runCli(['build', '--messages', 'nn', 'nowhere.md'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('storydeck: fann inga forteljing ved `nowhere.md`')
    expect(result.stderr).toContain('storydeck: ingen forteljingar å byggje.')
  })
})

describe('reserved story names', () => {
  test('refuses a story that would write over storydeck’s own files', async () => {
    const root = await makeProject({ 'stories/assets.md': good, 'stories/index.md': good, 'stories/good.md': good })
    const result = await runCli(['check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'stories/assets.md:1:1: error: storydeck keeps its own files under the name `assets`, so a story cannot be called that.',
    )
    expect(result.stderr).toContain('stories/index.md:1:1: error: storydeck keeps its own files under the name `index`')
  })
})
