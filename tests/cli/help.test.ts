import { describe, expect, test } from 'vitest'
import pkg from '../../package.json' with { type: 'json' }
import { run } from '../../src/cli/main.ts'
import { makeProject } from '../util/cli.ts'

/** Run `storydeck <argv>` with environment variables (runCli passes none). */
async function cli(argv: string[], env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const cwd = await makeProject({})
  const code = await run(argv, {
    cwd,
    env,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  })
  return { code, stdout, stderr, lines: stdout.split('\n') }
}

// The summary of `build` as it stands in each language's help (exact line).
const buildSummary = {
  en: 'Build decks, posters and the story index into dist/.',
  da: 'Byg præsentationer, plakater og oversigten over fortællinger i dist/.',
  nb: 'Bygg presentasjoner, plakater og oversikten over fortellinger i dist/.',
  nn: 'Bygg presentasjonar, plakatar og oversikta over forteljingar i dist/.',
  sv: 'Bygg presentationer, affischer och översikten över berättelser i dist/.',
  de: 'Erstellt Präsentationen, Plakate und die Übersicht der Geschichten in dist/.',
} as const

const usageWord = { en: 'Usage:', da: 'Brug:', nb: 'Bruk:', nn: 'Bruk:', sv: 'Användning:', de: 'Aufruf:' } as const

describe('help in six languages', () => {
  test.each(Object.entries(buildSummary))('%s: `build --help` and the main help', async (lang, summary) => {
    const build = await cli(['build', '--help', '--messages', lang])
    expect(build.code).toBe(0)
    expect(build.lines).toContain(summary)
    // Note: usage syntax stays as typed; only the word before it is translated.
    expect(build.lines[0]).toBe(
      `${usageWord[lang as keyof typeof usageWord]} storydeck build [files or folders…] [--out dist] [--pdf] [--single-file] [--pptx] [--images] [--image-width 1280] [--force] [--quiet] [--silent]`,
    )
    expect(build.stdout).toMatch(/^ {2}--messages <lang> {2,}\S/m)
    expect(build.stdout).toMatch(/^ {2}STORYDECK_MESSAGES=<lang> {2,}\S/m)
    const main = await cli(['--help', `--messages=${lang}`])
    expect(main.code).toBe(0)
    expect(main.lines).toContain(`  build         ${summary}`)
    expect(main.stdout).toMatch(/^ {2}--messages <lang> {2,}\S/m)
  })

  test('STORYDECK_MESSAGES chooses the language of help; --messages wins over it', async () => {
    const main = await cli(['--help'], { STORYDECK_MESSAGES: 'da' })
    expect(main.lines).toContain(`  build         ${buildSummary.da}`)
    const build = await cli(['build', '--help'], { STORYDECK_MESSAGES: 'da' })
    expect(build.lines).toContain(buildSummary.da)
    expect(build.stdout).toContain('Tilvalg:\n  --out, -o <dir>     mappe til resultatet (standard: dist)')
    const helpBuild = await cli(['help', 'build', '--messages', 'nn'])
    expect(helpBuild.code).toBe(0)
    expect(helpBuild.lines).toContain(buildSummary.nn)
    const both = await cli(['build', '--help', '--messages', 'sv'], { STORYDECK_MESSAGES: 'da' })
    expect(both.lines).toContain(buildSummary.sv)
  })

  test('English help, as before, when no language is asked for', async () => {
    const main = await cli(['--help'])
    expect(main.lines[0]).toBe(
      `storydeck ${pkg.version}: turn a vision story into a town-hall deck, a one-page poster and coaching.`,
    )
    expect(main.lines).toContain('Usage: storydeck <command> [options]')
    expect(main.lines).toContain(`  build         ${buildSummary.en}`)
    expect(main.lines).toContain('Run `storydeck <command> --help` for the options of a command.')
    expect(main.stdout).toContain(
      '  --messages <lang>          language of messages and help: en, da, nb, nn, sv or de (default: `messages` in storydeck.config.json, else each story’s own language; help in English)',
    )
    const lint = await cli(['lint', '--help'])
    expect(lint.stdout).toContain(
      'Options:\n  --format <text|json|html>  text for people (default), json for editors and CI (on stdout), html for a page that shows where the story is hard to read',
    )
    expect(lint.lines).toContain('  --quiet, -q                only report stories with findings')
  })
})

describe('usage errors in the language asked for', () => {
  test('an unknown option, in German, with the command’s help', async () => {
    const result = await cli(['build', '--bogus', '--messages', 'de'])
    expect(result.code).toBe(2)
    const lines = result.stderr.split('\n')
    expect(lines[0]).toBe("storydeck build: Unbekannte Option '--bogus'. Die Optionen des Befehls stehen unten.")
    expect(lines).toContain(buildSummary.de)
    expect(result.stderr).not.toMatch(/To specify|positional/)
  })

  test('a missing value, a value given to a switch, a value that is an option, a number that is not', async () => {
    expect((await cli(['build', '--out', '--messages', 'nn'])).stderr).toMatch(
      /^storydeck build: Valet '--out' må ha ein verdi\n/,
    )
    expect((await cli(['check', '--quiet=yes', '--messages', 'sv'])).stderr).toMatch(
      /^storydeck check: Flaggan '--quiet' tar inget värde\n/,
    )
    expect((await cli(['build', '-o', '--quiet'])).stderr).toMatch(
      /^storydeck build: Option '-o' needs a value, not another option; for a value that starts with a dash, write '--out=-…'\n/,
    )
    const number = await cli(['lint', '--max-warnings', 'ten', '--messages', 'da'])
    expect(number.code).toBe(2)
    expect(number.stderr).toMatch(/^storydeck lint: Tilvalget '--max-warnings' skal være et helt tal, ikke 'ten'\n/)
  })

  test('an unknown command, in Bokmål', async () => {
    const result = await cli(['bulid'], { STORYDECK_MESSAGES: 'nb' })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'storydeck: kommandoen `bulid` finnes ikke. Kommandoer: build, publish, check, lint, dev, present, questions, new, translations, themes.\nMente du `build`?\n',
    )
    const far = await cli(['poster'], { STORYDECK_MESSAGES: 'de' })
    expect(far.stderr).toBe(
      'storydeck: Den Befehl `poster` gibt es nicht. Befehle: build, publish, check, lint, dev, present, questions, new, translations, themes.\n',
    )
  })

  test('a language storydeck does not speak: exit 2 and one clear line', async () => {
    const langs = 'en (English), da (dansk), nb (norsk bokmål), nn (nynorsk), sv (svenska), de (Deutsch)'
    const flag = await cli(['build', '--messages', 'xx'])
    expect(flag.code).toBe(2)
    expect(flag.stdout).toBe('')
    expect(flag.stderr).toBe(
      `storydeck: \`xx\` is not a language storydeck speaks. \`--messages\` takes one of these: ${langs}.\n`,
    )
    const variable = await cli(['check'], { STORYDECK_MESSAGES: 'dk' })
    expect(variable.code).toBe(2)
    expect(variable.stderr).toBe(
      `storydeck: \`dk\` is not a language storydeck speaks. \`STORYDECK_MESSAGES\` takes one of these: ${langs}.\n`,
    )
    // Note: with a right variable, the line about a wrong flag is in the variable's language.
    expect((await cli(['--messages', 'xx'], { STORYDECK_MESSAGES: 'de' })).stderr).toContain(
      'storydeck: `xx` ist keine Sprache, die storydeck beherrscht.',
    )
    const missing = await cli(['build', '--messages'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(`storydeck: \`--messages\` needs a language: ${langs}.\n`)
  })
})
