/**
 * Flag parsing and help text. Each command declares its flags; parsing is
 * node's `util.parseArgs` in strict mode, so unknown flags are usage errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** Declared flags of a command. */
export type Flags = NonNullable<ParseArgsConfig['options']>

/** A command's declaration (loaded eagerly; its code is loaded on use). */
export interface CommandSpec {
  name: string
  /** One line for `storydeck --help`. */
  summary: string
  /** Usage line, e.g. `storydeck build [files or folders…] [--out dist]`. */
  usage: string
  /** Flag descriptions for `storydeck <command> --help`: flag -> text. */
  help: Readonly<Record<string, string>>
  flags: Flags
}

/** Parsed flags and positionals. */
export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
}

/** Thrown for wrong usage: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Parse `argv` against a command's flags. */
export function parseCommand(spec: CommandSpec, argv: readonly string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...spec.flags, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
    return { values: values as Parsed['values'], positionals }
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, ''))
  }
}

/** Help for one command. */
export function commandHelp(spec: CommandSpec): string {
  const width = Math.max(0, ...Object.keys(spec.help).map((flag) => flag.length))
  const lines = Object.entries(spec.help).map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`)
  return [`Usage: ${spec.usage}`, '', spec.summary, ...(lines.length > 0 ? ['', 'Options:', ...lines] : []), ''].join(
    '\n',
  )
}

/** Help for `storydeck --help`. */
export function mainHelp(specs: readonly CommandSpec[], version: string): string {
  const width = Math.max(...specs.map((spec) => spec.name.length))
  return [
    `storydeck ${version}: turn a vision story into a town-hall deck, a one-page poster and coaching.`,
    '',
    'Usage: storydeck <command> [options]',
    '',
    'Commands:',
    ...specs.map((spec) => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
    '',
    'Run `storydeck <command> --help` for the options of a command.',
    '',
  ].join('\n')
}

/** A flag's value as a string, or undefined. */
export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name]
  return typeof value === 'string' ? value : undefined
}

/** A flag's value as a boolean. */
export function booleanFlag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true
}

/** A flag's value as a whole number ≥ 0, or undefined; throws a UsageError when not a number. */
export function numberFlag(parsed: Parsed, name: string): number | undefined {
  const value = stringFlag(parsed, name)
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`Option '--${name}' takes a whole number, not '${value}'`)
  return Number(value)
}
