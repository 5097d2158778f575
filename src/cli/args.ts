/**
 * Flag parsing and help text. Each command declares its flags; parsing is
 * node's `util.parseArgs` in strict mode, so unknown flags are usage errors.
 * Help and usage errors are shown in the language asked for
 * (`--messages`, `STORYDECK_MESSAGES`), else English.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { helpLines, usageLines } from '../messages/catalogue/help.ts'
import type { Line } from '../messages/entry.ts'
import { tell, type Values } from '../messages/text.ts'
import type { Lang } from '../types.ts'

/** Declared flags of a command. */
export type Flags = NonNullable<ParseArgsConfig['options']>

/** A command's declaration (loaded eagerly; its code is loaded on use). */
export interface CommandSpec {
  name: string
  /** One line for `storydeck --help`, in the six languages. */
  summary: Line
  /** Usage line, e.g. `storydeck build [files or folders…] [--out dist]` (syntax: not translated). */
  usage: string
  /** Flag descriptions for `storydeck <command> --help`: flag -> text in the six languages. */
  help: Readonly<Record<string, Line>>
  flags: Flags
}

/** Parsed flags and positionals. */
export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
}

/**
 * Thrown for wrong usage: the CLI prints it with the usage and exits 2.
 * Made from a catalogue line (shown in the reader's language) or, as
 * before, from English text.
 */
export class UsageError extends Error {
  override name = 'UsageError'
  /** The catalogue line, when made from one. */
  readonly line: Line | undefined
  /** Its values. */
  readonly values: Values

  constructor(message: string | Line, values: Values = {}) {
    super(typeof message === 'string' ? message : tell(message, 'en', values))
    this.line = typeof message === 'string' ? undefined : message
    this.values = values
  }

  /** The message in `lang` (English when it was made from plain text). */
  textIn(lang: Lang): string {
    return this.line === undefined ? this.message : tell(this.line, lang, this.values)
  }
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
    throw usageErrorOf(error as Error)
  }
}

/**
 * Node's words for a wrong flag as a catalogue line: unknown option,
 * missing value, value given to a switch, value that looks like an option.
 * Anything else keeps node's text.
 */
function usageErrorOf(error: Error): UsageError {
  const message = error.message
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (unknown !== null) return new UsageError(usageLines.unknownOption, { option: unknown[1] as string })
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(message)
  if (ambiguous !== null) {
    const option = ambiguous[1] as string
    // Note: node names the long form (`--out=-XYZ`) even when `-o` was typed.
    const long = /'(--[\w-]+)=-/.exec(message)?.[1] ?? option
    return new UsageError(usageLines.ambiguous, { option, example: `'${long}=-…'` })
  }
  const missing = /^Option '([^']+)' argument missing/.exec(message)
  if (missing !== null) return new UsageError(usageLines.missingValue, { option: longName(missing[1] as string) })
  const noValue = /^Option '([^']+)' does not take an argument/.exec(message)
  if (noValue !== null) return new UsageError(usageLines.noValue, { option: longName(noValue[1] as string) })
  return new UsageError(message.replace(/\. To specify.*$/s, ''))
}

/** `-o, --out <value>` -> `--out`. */
function longName(described: string): string {
  return /--[\w-]+/.exec(described)?.[0] ?? described
}

/** The option every command takes, as rows of an option table. */
function globalRows(): [string, Line][] {
  return [
    ['--messages <lang>', helpLines.messages],
    ['STORYDECK_MESSAGES=<lang>', helpLines.messagesVariable],
  ]
}

/** Rows `flag  text`, the texts lined up. */
function table(rows: readonly [string, Line][], lang: Lang): string[] {
  const width = Math.max(0, ...rows.map(([flag]) => flag.length))
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${tell(text, lang)}`)
}

/** Help for one command, in `lang`. */
export function commandHelp(spec: CommandSpec, lang: Lang = 'en'): string {
  const rows = Object.entries(spec.help)
  return [
    tell(helpLines.usage, lang, { usage: spec.usage }),
    '',
    tell(spec.summary, lang),
    ...(rows.length > 0 ? ['', tell(helpLines.options, lang), ...table(rows, lang)] : []),
    '',
    tell(helpLines.everyCommand, lang),
    ...table(globalRows(), lang),
    '',
  ].join('\n')
}

/** Help for `storydeck --help`, in `lang`. */
export function mainHelp(specs: readonly CommandSpec[], version: string, lang: Lang = 'en'): string {
  const width = Math.max(...specs.map((spec) => spec.name.length))
  return [
    tell(helpLines.tagline, lang, { version }),
    '',
    tell(helpLines.usage, lang, { usage: 'storydeck <command> [options]' }),
    '',
    tell(helpLines.commands, lang),
    ...specs.map((spec) => `  ${spec.name.padEnd(width)}  ${tell(spec.summary, lang)}`),
    '',
    tell(helpLines.everyCommand, lang),
    ...table(globalRows(), lang),
    '',
    tell(helpLines.more, lang),
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
  if (!/^\d+$/.test(value)) throw new UsageError(usageLines.wholeNumber, { name, value })
  return Number(value)
}

/** The one of `candidates` within two typos of `name` (for "Did you mean …?"). */
export function nearest(name: string, candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => distance(candidate, name) <= 2)
}

/** How many letters to add, remove or change to make `a` into `b` (for "Did you mean …?"). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    row = next
  }
  return row[b.length] as number
}
