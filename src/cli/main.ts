/**
 * The CLI: `run(argv, io)` returns the exit code; it never exits the
 * process. Command code is loaded only when that command runs.
 */
import pkg from '../../package.json' with { type: 'json' }
import { UsageError, commandHelp, mainHelp, parseCommand, type CommandSpec, type Parsed } from './args.ts'
import type { Io } from './io.ts'

/** A command: its declaration and a loader for its code. */
interface Command extends CommandSpec {
  run(parsed: Parsed, io: Io): Promise<number>
}

const output = {
  out: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  silent: { type: 'boolean', short: 's' }
} as const

const commands: readonly Command[] = [
  {
    name: 'build',
    summary: 'Build decks, posters and the story index into dist/.',
    usage: 'storydeck build [files or folders…] [--out dist] [--quiet] [--silent]',
    help: {
      '--out, -o <dir>': 'output folder (default: dist)',
      '--quiet, -q': 'only report stories with problems',
      '--silent, -s': 'only report errors'
    },
    flags: output,
    run: async (parsed, io) => (await import('./commands/build.ts')).runBuild(parsed, io)
  },
  {
    name: 'check',
    summary: 'Check stories for errors and write nothing.',
    usage: 'storydeck check [files or folders…] [--quiet] [--silent]',
    help: { '--quiet, -q': 'only report stories with problems', '--silent, -s': 'only report errors' },
    flags: { quiet: output.quiet, silent: output.silent },
    run: async (parsed, io) => (await import('./commands/check.ts')).runCheck(parsed, io)
  }
]

/**
 * Run the CLI.
 *
 * @returns 0 on success, 1 when a story has errors, 2 on wrong usage.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
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
    io.stderr.write(`storydeck ${command.name}: unexpected failure: ${(error as Error).message}\nPlease report this, with the command you ran.\n`)
    return 1
  }
}
