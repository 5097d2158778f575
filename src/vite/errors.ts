/**
 * Story messages -> what Vite shows: an error carrying `id`, `loc` and a
 * code `frame` (the overlay and the terminal make the place clickable), and
 * warnings as `file:line:column` lines. The words around a message (what
 * to do, where to read more, "warning") are in the story's message language
 * (`messages/lang.ts`), as the message itself.
 */
import path from 'node:path'
import type { ErrorPayload } from 'vite'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { docsLinker } from '../cli/docs-link.ts'
import { devLines, reportLines } from '../messages/catalogue/cli.ts'
import { messagesLangOf } from '../messages/lang.ts'
import { tell } from '../messages/text.ts'

/** Name of the plugin, shown by Vite next to errors and warnings. */
export const PLUGIN_NAME = 'storydeck'

/** The fields Vite reads from an error (`ErrorPayload['err']`). */
export type ViteErrorPayload = ErrorPayload['err']

/** An `Error` Vite's error middleware and `this.error()` show with place and frame. */
export interface StoryError extends Error {
  id: string
  plugin: string
  frame: string
  loc: { file: string; line: number; column: number }
  /** The rule id of the message (`story/theme`, …). */
  code: string
}

/**
 * Turn a story message into an error for Vite.
 *
 * The message reads: what is wrong and its rule id, then what to do about
 * it and where to read more, in the story's message language.
 *
 * @param message the message (usually the first fatal one).
 * @param file the story it belongs to; `file.cwd` + `file.path` give the absolute id.
 * @param link turns the message's documentation link into one the reader can open (default: as from `file.cwd`).
 */
export function toStoryError(message: VFileMessage, file: VFile, link?: (url: string) => string): StoryError {
  const id = path.resolve(file.cwd, file.path)
  const line = message.line ?? 1
  const column = message.column ?? 1
  const lang = messagesLangOf(file)
  const text = [
    message.ruleId ? `${message.reason}  [${message.ruleId}]` : message.reason,
    ...(message.note ? [tell(devLines.fix, lang, { fix: message.note })] : []),
    ...(message.url ? [tell(reportLines.more, lang, { url: (link ?? docsLinker(file.cwd))(message.url) })] : []),
  ].join('\n')
  const error = new Error(text) as StoryError
  error.name = 'StoryError'
  // Note: a story problem is not a bug of ours; a stack trace would only distract.
  error.stack = `${error.name}: ${error.message}`
  error.id = id
  error.plugin = PLUGIN_NAME
  error.code = message.ruleId ?? 'story'
  error.loc = { file: id, line, column }
  error.frame = codeFrame(String(file.value), line, column)
  return error
}

/** The payload of a `{type: 'error'}` HMR message for a story error. */
export function toErrorPayload(error: StoryError): ViteErrorPayload {
  return {
    message: error.message,
    stack: '',
    id: error.id,
    frame: error.frame,
    plugin: error.plugin,
    pluginCode: error.code,
    loc: { ...error.loc },
  }
}

/** The first error (fatal message) of a story, if any. */
export function firstError(file: VFile): VFileMessage | undefined {
  return [...file.messages]
    .filter((message) => message.fatal === true)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))[0]
}

/** Warnings and hints of a story as `path:line:column: warning: reason  [rule]` lines, "warning" in its message language. */
export function formatWarnings(file: VFile): string[] {
  const lang = messagesLangOf(file)
  return [...file.messages]
    .filter((message) => message.fatal !== true)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((message) => {
      const place = `${file.path}:${message.line ?? 1}:${message.column ?? 1}`
      const kind = tell(message.fatal === false ? reportLines.warning : reportLines.hint, lang)
      return `${place}: ${kind}: ${message.reason}${message.ruleId ? `  [${message.ruleId}]` : ''}`
    })
}

/**
 * A code frame: the lines around `line`, numbered, with a caret under
 * `column` (1-based), like Vite's own frames.
 */
export function codeFrame(source: string, line: number, column: number, context = 2): string {
  const lines = source.split(/\r?\n|\r/)
  const target = Math.min(Math.max(line, 1), Math.max(lines.length, 1))
  const first = Math.max(1, target - context)
  const last = Math.min(lines.length, target + context)
  const width = String(last).length
  const out: string[] = []
  for (let number = first; number <= last; number++) {
    const text = (lines[number - 1] ?? '').replace(/\t/g, '  ')
    out.push(`${String(number).padStart(width)} | ${text}`)
    if (number === target) {
      const before = (lines[number - 1] ?? '').slice(0, Math.max(column - 1, 0)).replace(/\t/g, '  ')
      out.push(`${' '.repeat(width)} | ${' '.repeat(before.length)}^`)
    }
  }
  return out.join('\n')
}
