/**
 * Messages -> text for the terminal, and the exit-code policy. Lines read
 * like a compiler's (`stories/x.md:12:1: error …`) so terminals and editors
 * make them clickable; a file's messages stay together, as vfile-reporter
 * groups them.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { reportLines } from '../messages/catalogue/cli.ts'
import { tell } from '../messages/text.ts'
import type { Lang } from '../types.ts'

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /** Only show files with messages (no "no issues" lines). Default `false`. */
  quiet?: boolean
  /** Only show errors. Default `false`. */
  silent?: boolean
  /** Show each message's hint (`note`) and its link to the documentation. Default `true`. */
  notes?: boolean
  /** Language of the report's own words (severity, summary). Default `en`. */
  lang?: Lang
  /**
   * Turns a message's documentation link (`docs/messages/da.md#…`, relative
   * to the package) into one the reader can open. Default: as it is.
   */
  link?: (url: string) => string
}

/** The severity of a message: `error`, `warning` or `hint` (one word for the lowest, everywhere). */
export function severityOf(message: VFileMessage): 'error' | 'warning' | 'hint' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'hint'
}

/** Format the messages of `files`, one line each, with a closing count. */
export function formatReport(files: readonly VFile[], options: Readonly<FormatReportOptions> = {}): string {
  const lang = options.lang ?? 'en'
  const lines: string[] = []
  for (const file of files) {
    const messages = [...file.messages]
      .filter((message) => !options.silent || message.fatal === true)
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    if (messages.length === 0) {
      if (!options.quiet) lines.push(`${file.path}: ${tell(reportLines.noIssues, lang)}`)
      continue
    }
    for (const message of messages) {
      const place = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`
      lines.push(
        `${file.path}${place}: ${tell(reportLines[severityOf(message)], lang)}: ${message.reason}${message.ruleId ? `  [${message.ruleId}]` : ''}`,
      )
      if (options.notes === false) continue
      if (message.note) lines.push(`    ${message.note.replace(/\n/g, '\n    ')}`)
      if (message.url) lines.push(`    ${tell(reportLines.more, lang, { url: (options.link ?? String)(message.url) })}`)
    }
  }
  const { errors, warnings, infos } = countMessages(files)
  const counts = [
    errors ? tell(reportLines.errors, lang, { count: errors }) : '',
    warnings && !options.silent ? tell(reportLines.warnings, lang, { count: warnings }) : '',
    infos && !options.silent ? tell(reportLines.hints, lang, { count: infos }) : '',
  ].filter(Boolean)
  if (counts.length > 0) lines.push('', `${errors ? '✖' : '⚠'} ${counts.join(', ')}`)
  return lines.join('\n')
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
