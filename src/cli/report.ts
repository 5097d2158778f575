/**
 * Messages -> text for the terminal, and the exit-code policy. Lines read
 * like a compiler's (`stories/x.md:12:1: error …`) so terminals and editors
 * make them clickable; a file's messages stay together, as vfile-reporter
 * groups them.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /** Only show files with messages (no "no issues" lines). Default `false`. */
  quiet?: boolean
  /** Only show errors. Default `false`. */
  silent?: boolean
  /** Show each message's hint (`note`). Default `true`. */
  notes?: boolean
}

/** The word printed for a message's severity. */
export function severityOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Format the messages of `files`, one line each, with a closing count. */
export function formatReport(files: readonly VFile[], options: Readonly<FormatReportOptions> = {}): string {
  const lines: string[] = []
  for (const file of files) {
    const messages = [...file.messages]
      .filter((message) => !options.silent || message.fatal === true)
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    if (messages.length === 0) {
      if (!options.quiet) lines.push(`${file.path}: no issues found`)
      continue
    }
    for (const message of messages) {
      const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`
      lines.push(
        `${file.path}${place}: ${severityOf(message)}: ${message.reason}${message.ruleId ? `  [${message.ruleId}]` : ''}`,
      )
      if (options.notes !== false && message.note) lines.push(`    ${message.note.replace(/\n/g, '\n    ')}`)
    }
  }
  const { errors, warnings, infos } = countMessages(files)
  const counts = [
    errors ? plural(errors, 'error') : '',
    warnings && !options.silent ? plural(warnings, 'warning') : '',
    infos && !options.silent ? plural(infos, 'hint') : '',
  ].filter(Boolean)
  if (counts.length > 0) lines.push('', `${errors ? '✖' : '⚠'} ${counts.join(', ')}`)
  return lines.join('\n')
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Count errors (fatal), warnings (non-fatal) and infos. */
export function countMessages(files: readonly VFile[]): { errors: number; warnings: number; infos: number } {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
      else infos++
    }
  }
  return { errors, warnings, infos }
}

/** 1 when any file has an error, or more warnings than `maxWarnings`; else 0. */
export function exitCode(files: readonly VFile[], maxWarnings = Infinity): number {
  const { errors, warnings } = countMessages(files)
  return errors > 0 || warnings > maxWarnings ? 1 : 0
}
