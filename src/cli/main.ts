/**
 * The CLI: `run(argv, io)` returns the exit code; it never exits the
 * process. Command code is loaded only when that command runs.
 */
import pkg from '../../package.json' with { type: 'json' }
import { UsageError, commandHelp, mainHelp, nearest, parseCommand, type CommandSpec, type Parsed } from './args.ts'
import type { Io } from './io.ts'
import { messagesOption } from './messages-option.ts'
import {
  buildHelp,
  checkHelp,
  devHelp,
  flagLines,
  lintHelp,
  newHelp,
  presentHelp,
  publishHelp,
  questionsHelp,
  themesHelp,
  translationsHelp,
  usageLines,
} from '../messages/catalogue/help.ts'
import { tell } from '../messages/text.ts'

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
    summary: buildHelp.summary,
    usage:
      'storydeck build [files or folders…] [--out dist] [--pdf] [--single-file] [--pptx] [--images] [--image-width 1280] [--force] [--quiet] [--silent]',
    help: {
      '--out, -o <dir>': buildHelp.out,
      '--pdf': buildHelp.pdf,
      '--single-file': buildHelp.singleFile,
      '--pptx': buildHelp.pptx,
      '--images': flagLines.images,
      '--image-width <px>': flagLines.imageWidth,
      '--force': buildHelp.force,
      '--quiet, -q': flagLines.quiet,
      '--silent, -s': flagLines.silent,
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
    summary: publishHelp.summary,
    usage:
      'storydeck publish [files or folders…] [--out site] [--no-pdf] [--single-file] [--pptx] [--images] [--image-width 1280] [--force] [--quiet] [--silent]',
    help: {
      '--out, -o <dir>': publishHelp.out,
      '--no-pdf': publishHelp.noPdf,
      '--single-file': publishHelp.singleFile,
      '--pptx': publishHelp.pptx,
      '--images': flagLines.images,
      '--image-width <px>': flagLines.imageWidth,
      '--force': publishHelp.force,
      '--quiet, -q': flagLines.quiet,
      '--silent, -s': flagLines.silent,
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
    summary: checkHelp.summary,
    usage: 'storydeck check [files or folders…] [--quiet] [--silent]',
    help: { '--quiet, -q': flagLines.quiet, '--silent, -s': flagLines.silent },
    flags: { quiet: output.quiet, silent: output.silent },
    run: async (parsed, io) => (await import('./commands/check.ts')).runCheck(parsed, io),
  },
  {
    name: 'lint',
    summary: lintHelp.summary,
    usage:
      'storydeck lint [files or folders…] [--format text|json|html] [--out file] [--max-warnings N] [--quiet] [--silent]',
    help: {
      '--format <text|json|html>': lintHelp.format,
      '--out <file>': lintHelp.out,
      '--max-warnings <n>': lintHelp.maxWarnings,
      '--quiet, -q': lintHelp.quiet,
      '--silent, -s': flagLines.silent,
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
    summary: devHelp.summary,
    usage: 'storydeck dev [folder] [--port 5173] [--host]',
    help: { '--port <n>': devHelp.port, '--host': devHelp.host },
    flags: { port: { type: 'string' }, host: { type: 'boolean' } },
    run: async (parsed, io) => (await import('./commands/dev.ts')).runDev(parsed, io),
  },
  {
    name: 'present',
    summary: presentHelp.summary,
    usage: 'storydeck present <story> [--host <address>] [--port 4321] [--no-open]',
    help: { '--host <address>': presentHelp.host, '--port <n>': presentHelp.port, '--no-open': presentHelp.noOpen },
    flags: { host: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    run: async (parsed, io) => (await import('./commands/present.ts')).runPresent(parsed, io),
  },
  {
    name: 'questions',
    summary: questionsHelp.summary,
    usage: 'storydeck questions <story> [--format md|json|csv]',
    help: { '--format <md|json|csv>': questionsHelp.format },
    flags: { format: { type: 'string' } },
    run: async (parsed, io) => (await import('./commands/questions.ts')).runQuestions(parsed, io),
  },
  {
    name: 'new',
    summary: newHelp.summary,
    usage:
      'storydeck new <name> [--lang en|da|nb|nn|sv|de] [--title "…"]  ·  storydeck new --from <name> --lang <code>',
    help: { '--lang <code>': newHelp.lang, '--title <text>': newHelp.title, '--from <name>': newHelp.from },
    flags: { lang: { type: 'string' }, title: { type: 'string' }, from: { type: 'string' } },
    run: async (parsed, io) => (await import('./commands/new.ts')).runNew(parsed, io),
  },
  {
    name: 'translations',
    summary: translationsHelp.summary,
    usage: 'storydeck translations sync [files…]',
    help: { sync: translationsHelp.sync },
    flags: {},
    run: async (parsed, io) => (await import('./commands/translations.ts')).runTranslations(parsed, io),
  },
  {
    name: 'themes',
    summary: themesHelp.summary,
    usage: 'storydeck themes [--silent]',
    help: { '--silent, -s': themesHelp.silent },
    flags: { silent: output.silent },
    run: async (parsed, io) => (await import('./commands/themes.ts')).runThemes(parsed, io),
  },
]

/**
 * Run the CLI. Help and usage errors are in the language asked for
 * (`--messages`, `STORYDECK_MESSAGES`), else English: no project is read
 * for them.
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
  const lang = chosen.lang ?? 'en'
  // Note: `storydeck help build` is `storydeck build --help`.
  const asked = name === 'help' ? commands.find((candidate) => candidate.name === rest[0]) : undefined
  if (asked !== undefined) {
    io.stdout.write(commandHelp(asked, lang))
    return 0
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp(commands, pkg.version, lang))
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${pkg.version}\n`)
    return 0
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (command === undefined) {
    const names = commands.map((c) => c.name)
    const near = nearest(name, names)
    io.stderr.write(`${tell(usageLines.unknownCommand, lang, { name, commands: names.join(', ') })}\n`)
    if (near !== undefined) io.stderr.write(`${tell(usageLines.didYouMean, lang, { name: near })}\n`)
    return 2
  }
  try {
    const parsed = parseCommand(command, rest)
    if (parsed.values.help === true) {
      io.stdout.write(commandHelp(command, lang))
      return 0
    }
    return await command.run(parsed, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`storydeck ${command.name}: ${error.textIn(lang)}\n\n${commandHelp(command, lang)}`)
      return 2
    }
    // Note: a bug of ours, not a problem in a story; say so without a stack trace.
    const message = (error as Error).message
    io.stderr.write(`${tell(usageLines.failure, lang, { command: command.name, message })}\n`)
    return 1
  }
}

/** The environment variable that chooses the language of every message (as `--messages`). */
export { MESSAGES_VARIABLE } from './messages-option.ts'
