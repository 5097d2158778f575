import { describe, expect, test } from 'vitest'
import { makeProject, runCli } from '../util/cli.ts'
import { compose } from './languages.ts'

const clean = compose('en')
const noisy = compose('en', { fromText: 'We leverage synergies and our KPIs.' })
const broken = compose('en', { toText: '- A list, not a headline.' })

describe('storydeck lint', () => {
  test('prints findings grouped by file and exits 0 on warnings', async () => {
    const root = await makeProject({ 'stories/clean.md': clean, 'stories/noisy.md': noisy })
    const result = await runCli(['lint'], root)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('stories/clean.md: no issues found')
    expect(result.stderr).toContain(
      'stories/noisy.md:8:4: warning: “leverage” sounds important but tells your listeners nothing concrete.  [jargon/buzzword]',
    )
    expect(result.stderr).toContain('⚠ 3 warnings')
  })

  test('exits 1 on errors, and when warnings exceed --max-warnings', async () => {
    const root = await makeProject({ 'stories/noisy.md': noisy, 'broken.md': broken })
    expect((await runCli(['lint', 'broken.md'], root)).code).toBe(1)
    expect((await runCli(['lint', 'stories', '--max-warnings', '3'], root)).code).toBe(0)
    expect((await runCli(['lint', 'stories', '--max-warnings', '2'], root)).code).toBe(1)
  })

  test('writes the health page with --format html --out, and prints it without --out (issue 16)', async () => {
    const root = await makeProject({ 'stories/noisy.md': noisy })
    const written = await runCli(['lint', '--format', 'html', '--out', 'health/story.html'], root)
    expect(written.code).toBe(0)
    expect(written.stderr).toContain('storydeck: wrote health/story.html')
    const { readFile } = await import('node:fs/promises')
    const page = await readFile(`${root}/health/story.html`, 'utf8')
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain('“leverage” sounds important but tells your listeners nothing concrete.')
    const printed = await runCli(['lint', '--format', 'html'], root)
    expect(printed.stdout).toBe(page)
  })

  test('issue 16, done when: buzzword compounds with advice, one typo with its correction, nothing about PIN or PC', async () => {
    const story = [
      '---',
      'title: Kundene først',
      'lang: nb',
      '---',
      '',
      '# Fra',
      '',
      'NESTE FASE',
      '',
      'I dag venter kunndene for lenge, og omnikanalstrategien hjelper ingen.',
      '',
      '# Til',
      '',
      'Kundene får svar samme dag, med PIN og PC som før.',
      '',
      '# Fordi',
      '',
      'Verdiskapingsprosessen vår er for treg, og folk gir opp.',
      '',
      '# Hva det betyr for deg',
      '',
      '## Kundeservice',
      '',
      'Mer tid til kundene.',
      '',
    ].join('\n')
    const root = await makeProject({ 'stories/kundene.md': story })
    const result = await runCli(['lint', '--format', 'json'], root)
    const [file] = JSON.parse(result.stdout) as Array<{
      messages: Array<{ line: number; ruleId: string; actual: string; expected: string[] }>
    }>
    const found = (file?.messages ?? []).map((message) => [
      message.line,
      message.ruleId,
      message.actual,
      message.expected,
    ])
    expect(found).toEqual([
      [10, 'spelling/unknown-word', 'kunndene', ['kundene']],
      [10, 'jargon/buzzword', 'omnikanalstrategien', ['alle veier kundene når oss']],
      [18, 'jargon/buzzword', 'Verdiskapingsprosessen', ['det vi gjør bedre (si hva)']],
    ])
  })

  test('checks spelling in lint and check, not in build (docs/performance.md)', async () => {
    const typo = compose('en', { fromText: 'Every claim waits in the same queeue.' })
    const root = await makeProject({ 'stories/typo.md': typo })
    const rule = '[spelling/unknown-word]'
    expect((await runCli(['lint'], root)).stderr).toContain(rule)
    expect((await runCli(['check'], root)).stderr).toContain(rule)
    const build = await runCli(['build'], root)
    expect(build.code).toBe(0)
    expect(build.stderr).not.toContain(rule)
  })

  test('refuses --out without --format html', async () => {
    const root = await makeProject({ 'stories/noisy.md': noisy })
    const result = await runCli(['lint', '--out', 'x.html'], root)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("Option '--out' works with `--format html` only")
  })

  test('prints JSON for editors and CI', async () => {
    const root = await makeProject({ 'stories/noisy.md': noisy })
    const result = await runCli(['lint', '--format', 'json'], root)
    const files = JSON.parse(result.stdout) as Array<{ path: string; messages: Array<Record<string, unknown>> }>
    expect(files.map((file) => file.path)).toEqual(['stories/noisy.md'])
    expect(files[0]?.messages[0]).toEqual({
      line: 8,
      column: 4,
      endLine: 8,
      endColumn: 12,
      severity: 'warning',
      ruleId: 'jargon/buzzword',
      message: '“leverage” sounds important but tells your listeners nothing concrete.',
      fix: 'Say what you mean in everyday words, for example “use”.',
      url: expect.stringMatching(/docs\/messages\/en\.md#jargon-buzzword$/),
      actual: 'leverage',
      expected: ['use'],
    })
  })

  test('prints JSON in the story’s language, with the fix, the link and a stable rule id (issue 15)', async () => {
    const root = await makeProject({ 'stories/mangler.md': compose('da').replace(/# Fra\n\n[^\n]*\n/, '') })
    const danish = JSON.parse((await runCli(['lint', '--format', 'json'], root)).stdout) as Array<{
      messages: Array<Record<string, unknown>>
    }>
    const missing = danish[0]?.messages.find((message) => message.ruleId === 'story/missing-section')
    expect(missing).toMatchObject({
      severity: 'error',
      ruleId: 'story/missing-section',
      message: 'Din fortælling har ingen *Fra*-del: hvor vi står i dag.',
      fix: 'Tilføj overskriften `# Fra` med én sætning om, hvor vi står i dag.',
      url: expect.stringMatching(/docs\/messages\/da\.md#story-missing-section$/),
      line: expect.any(Number),
      column: expect.any(Number),
    })
    expect(Object.keys(missing ?? {}).sort()).toEqual([
      'actual',
      'column',
      'endColumn',
      'endLine',
      'expected',
      'fix',
      'line',
      'message',
      'ruleId',
      'severity',
      'url',
    ])
    // Note: another message language changes the words, never the rule id.
    const german = JSON.parse((await runCli(['lint', '--format', 'json', '--messages', 'de'], root)).stdout) as Array<{
      messages: Array<Record<string, unknown>>
    }>
    expect(german[0]?.messages.find((message) => message.ruleId === 'story/missing-section')).toMatchObject({
      message: expect.stringMatching(/^Ihrer Geschichte fehlt der Teil \*\w+\*: wo wir heute stehen\.$/),
      url: expect.stringMatching(/docs\/messages\/de\.md#story-missing-section$/),
    })
  })

  test('applies project switches from storydeck.config.json and warns about unknown ones', async () => {
    const config = JSON.stringify({ lint: { 'jargon/buzzword': 'off', 'jargon/acronyms': 'off' } }, null, 2)
    const root = await makeProject({ 'stories/noisy.md': noisy, 'storydeck.config.json': config })
    const result = await runCli(['lint'], root)
    expect(result.stderr).not.toContain('[jargon/buzzword]')
    expect(result.stderr).toContain(
      'storydeck.config.json:4:5: warning: Your `lint` settings name the rule `jargon/acronyms`, which storydeck does not have.  [lint/unknown-rule]',
    )
  })

  test('exits 2 on wrong usage', async () => {
    const root = await makeProject({ 'stories/clean.md': clean })
    expect((await runCli(['lint', '--format', 'xml'], root)).code).toBe(2)
    expect((await runCli(['lint', '--max-warnings', 'many'], root)).code).toBe(2)
  })

  test('reports what check reports for a story it cannot read: both go through the project engine', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(clean.slice(0, 20)),
      Buffer.from([0xe6, 0xf8, 0xe5]),
      Buffer.from(clean.slice(20)),
    ])
    const root = await makeProject({ 'stories/latin1.md': latin1 })
    const lint = await runCli(['lint'], root)
    const check = await runCli(['check'], root)
    expect(lint.code).toBe(1)
    expect(lint.stderr).toContain(
      'stories/latin1.md:3:5: error: From here on, the file contains characters storydeck cannot read: it is not saved as UTF-8 text.  [file/encoding]',
    )
    // Note: nothing is parsed or coached in a file that could not be read, so no follow-on findings.
    expect(lint.stderr).toBe(check.stderr)
  })
})
