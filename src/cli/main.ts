/**
 * The CLI: `run(argv, io)` returns the exit code; it never exits the
 * process. Command code is loaded only when that command runs.
 */
import pkg from '../../package.json' with { type: 'json' }
import { UsageError, commandHelp, mainHelp, parseCommand, type CommandSpec, type Parsed } from './args.ts'
import type { Io } from './io.ts'
import { asLang } from '../messages/lang.ts'
import { LANGS, type Lang } from '../types.ts'

/** A command: its declaration and a loader for its code. */
interface Command extends CommandSpec {
  run(parsed: Parsed, io: Io): Promise<number>
}

const output = {
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  silent: { type: 'boolean', short: 's' },
} as const

const commands: readonly Command[] = [
  {
    name: 'build',
    summary: 'Build decks, posters and the story index into dist/.',
    usage:
      'storydeck build [files or folders…] [--out dist] [--pdf] [--single-file] [--pptx] [--force] [--quiet] [--silent]',
    help: {
      '--out, -o <dir>': 'output folder (default: dist)',
      '--pdf':
        'also print deck.pdf (one page per slide), poster.pdf and handout.pdf (each slide beside its notes, or three to an A4 page) with the system Chromium; an unchanged story keeps its PDFs',
      '--single-file':
        'also write <story>.html and <story>.poster.html: one file each, everything inlined, to mail around',
      '--pptx': 'also write deck.pptx: an editable PowerPoint with the speaker notes',
      '--images': 'also write one picture per slide (slide-01.png, …) and the poster as poster.png',
      '--image-width <px>': 'width of those pictures (default: 1280)',
      '--force': 'build every story again (and print its PDFs again), even those unchanged since the last build',
      '--quiet, -q': 'only report stories with problems',
      '--silent, -s': 'only report errors',
    },
    flags: {
      ...output,
      pdf: { type: 'boolean' },
      force: { type: 'boolean' },
      'single-file': { type: 'boolean' },
      pptx: { type: 'boolean' },
      images: { type: 'boolean' },
      'image-width': { type: 'string' },
    },
    run: async (parsed, io) => (await import('./commands/build.ts')).runBuild(parsed, io),
  },
  {
    name: 'publish',
    summary: 'Build the site for the intranet into site/: no speaker notes, no drafts, PDFs, link previews.',
    usage:
      'storydeck publish [files or folders…] [--out site] [--no-pdf] [--single-file] [--pptx] [--images] [--image-width 1280] [--force] [--quiet] [--silent]',
    help: {
      '--out, -o <dir>': 'output folder to upload (default: site)',
      '--no-pdf': 'do not print deck.pdf, poster.pdf and handout.pdf (printed by default, with the system Chromium)',
      '--single-file': 'also write <story>.html and <story>.poster.html: one file each, everything inlined',
      '--pptx': 'also write deck.pptx: an editable PowerPoint (without speaker notes)',
      '--images': 'also write one picture per slide (slide-01.png, …) and the poster as poster.png',
      '--image-width <px>': 'width of those pictures (default: 1280)',
      '--force': 'build and print every story again, even those unchanged since the last publish',
      '--quiet, -q': 'only report stories with problems',
      '--silent, -s': 'only report errors',
    },
    flags: {
      ...output,
      'no-pdf': { type: 'boolean' },
      force: { type: 'boolean' },
      'single-file': { type: 'boolean' },
      pptx: { type: 'boolean' },
      images: { type: 'boolean' },
      'image-width': { type: 'string' },
    },
    run: async (parsed, io) => (await import('./commands/publish.ts')).runPublish(parsed, io),
  },
  {
    name: 'check',
    summary: 'Check stories for errors and write nothing.',
    usage: 'storydeck check [files or folders…] [--quiet] [--silent]',
    help: { '--quiet, -q': 'only report stories with problems', '--silent, -s': 'only report errors' },
    flags: { quiet: output.quiet, silent: output.silent },
    run: async (parsed, io) => (await import('./commands/check.ts')).runCheck(parsed, io),
  },
  {
    name: 'lint',
    summary: 'Coach stories: buzzwords, abbreviations, readability and focus.',
    usage:
      'storydeck lint [files or folders…] [--format text|json|html] [--out file] [--max-warnings N] [--quiet] [--silent]',
    help: {
      '--format <text|json|html>':
        'text for people (default), json for editors and CI (on stdout), html for a page that shows where the story is hard to read',
      '--out <file>': 'with --format html: write the page to this file instead of stdout',
      '--max-warnings <n>': 'exit 1 when there are more warnings than this (default: no limit)',
      '--quiet, -q': 'only report stories with findings',
      '--silent, -s': 'only report errors',
    },
    flags: {
      quiet: output.quiet,
      silent: output.silent,
      format: { type: 'string' },
      out: { type: 'string' },
      'max-warnings': { type: 'string' },
    },
    run: async (parsed, io) => (await import('./commands/lint.ts')).runLint(parsed, io),
  },
  {
    name: 'dev',
    summary: 'Preview stories live: decks and posters update as you save.',
    usage: 'storydeck dev [folder] [--port 5173] [--host]',
    help: {
      '--port <n>': 'port to listen on (default: 5173, or the next free one)',
      '--host': 'listen on every network interface, not only this computer (127.0.0.1)',
    },
    flags: { port: { type: 'string' }, host: { type: 'boolean' } },
    run: async (parsed, io) => (await import('./commands/dev.ts')).runDev(parsed, io),
  },
  {
    name: 'present',
    summary: 'Town hall live: present a story while the audience follows on their phones and asks questions.',
    usage: 'storydeck present <story> [--host <address>] [--port 4321] [--no-open]',
    help: {
      '--host <address>':
        'address to listen on (default: 127.0.0.1, this computer only); 0.0.0.0 lets phones on the same network join',
      '--port <n>': 'port to listen on (default: 4321); phones reconnect only when you start again on the same port',
      '--no-open': 'do not open the deck in the browser, only print its address',
    },
    flags: { host: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    run: async (parsed, io) => (await import('./commands/present.ts')).runPresent(parsed, io),
  },
  {
    name: 'questions',
    summary: 'Export the questions of a town hall, ranked and grouped by session.',
    usage: 'storydeck questions <story> [--format md|json|csv]',
    help: { '--format <md|json|csv>': 'md to read and answer (default), json for tools, csv for spreadsheets' },
    flags: { format: { type: 'string' } },
    run: async (parsed, io) => (await import('./commands/questions.ts')).runQuestions(parsed, io),
  },
  {
    name: 'new',
    summary: 'Start a new story from a template in your language.',
    usage:
      'storydeck new <name> [--lang en|da|nb|nn|sv|de] [--title "…"]  ·  storydeck new --from <name> --lang <code>',
    help: {
      '--lang <code>': 'language of the template: en, da, nb, nn, sv or de (default: en)',
      '--title <text>': 'the story title (default: a placeholder to replace)',
      '--from <name>':
        'start the --lang version of stories/<name>.md as stories/<name>.<code>.md: same structure, headings in the new language, the text marked for translation',
    },
    flags: { lang: { type: 'string' }, title: { type: 'string' }, from: { type: 'string' } },
    run: async (parsed, io) => (await import('./commands/new.ts')).runNew(parsed, io),
  },
  {
    name: 'translations',
    summary: 'Record that language versions are in step with their source (after translating).',
    usage: 'storydeck translations sync [files…]',
    help: {
      sync: 'write the source’s current fingerprint into each version (default: every version in stories/), so the coach reports when the source changes again',
    },
    flags: {},
    run: async (parsed, io) => (await import('./commands/translations.ts')).runTranslations(parsed, io),
  },
  {
    name: 'themes',
    summary: "List the themes a story can use, and check the project's theme files.",
    usage: 'storydeck themes [--silent]',
    help: { '--silent, -s': 'do not report warnings and errors in theme files' },
    flags: { silent: output.silent },
    run: async (parsed, io) => (await import('./commands/themes.ts')).runThemes(parsed, io),
  },
]

/**
 * Run the CLI.
 *
 * @returns 0 on success, 1 when a story has errors, 2 on wrong usage.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const chosen = messagesOption(argv, io)
  if (typeof chosen === 'string') {
    io.stderr.write(`${chosen}\n`)
    return 2
  }
  const [name, ...rest] = chosen.argv
  if (chosen.lang !== undefined) io = { ...io, messages: chosen.lang }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp(commands, pkg.version))
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${pkg.version}\n`)
    return 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (command === undefined) {
    io.stderr.write(`storydeck: unknown command \`${name}\`. Commands: ${commands.map((c) => c.name).join(', ')}.\n`)
    return 2
  }
  try {
    const parsed = parseCommand(command, rest)
    if (parsed.values.help === true) {
      io.stdout.write(commandHelp(command))
      return 0
    }
    return await command.run(parsed, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`storydeck ${command.name}: ${error.message}\n\n${commandHelp(command)}`)
      return 2
    }
    // Note: a bug of ours, not a problem in a story; say so without a stack trace.
    io.stderr.write(
      `storydeck ${command.name}: unexpected failure: ${(error as Error).message}\nPlease report this, with the command you ran.\n`,
    )
    return 1
  }
}

/** The environment variable that chooses the language of every message (as `--messages`). */
export const MESSAGES_VARIABLE = 'STORYDECK_MESSAGES'

/**
 * Take the global `--messages <lang>` (or `--messages=<lang>`) out of
 * `argv`; else read `STORYDECK_MESSAGES`.
 *
 * @returns the other arguments and the language, or what to print for a wrong value.
 */
function messagesOption(argv: readonly string[], io: Io): { argv: string[]; lang: Lang | undefined } | string {
  const rest: string[] = []
  let value: string | undefined
  let from = `\`${MESSAGES_VARIABLE}\``
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    if (arg === '--messages') {
      value = argv[++index] ?? ''
      from = '`--messages`'
    } else if (arg.startsWith('--messages=')) {
      value = arg.slice('--messages='.length)
      from = '`--messages`'
    } else rest.push(arg)
  }
  value ??= io.env?.[MESSAGES_VARIABLE] || undefined
  if (value === undefined) return { argv: rest, lang: undefined }
  const lang = asLang(value.trim().toLowerCase())
  if (lang !== undefined) return { argv: rest, lang }
  return `storydeck: ${from} takes one of ${LANGS.join(', ')}, not \`${value}\`.`
}
