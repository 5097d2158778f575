/**
 * Report a catalogue message on a file, and show a file's messages in
 * another language. A reported message keeps its catalogue key and values,
 * so it can be shown again in any of the six languages (after the story's
 * language is known, or when `--messages` asks for another).
 */
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Lang } from '../types.ts'
import { findMessage } from './catalogue.ts'
import { anchorOf, docsPage, type Message, type Severity } from './entry.ts'
import { fill, type Values } from './text.ts'

declare module 'vfile-message' {
  interface VFileMessage {
    /** Catalogue key (`group.name`) of a message storydeck made. */
    key?: string
    /** The values its text is filled with. */
    values?: Values
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The language messages are shown in whatever the story's own (`--messages`, config `messages`). */
    messagesLang: Lang
  }
}

/** Package name, every message's `source`. */
export const SOURCE = 'storydeck'

/** Options of {@link say}. */
export interface SayOptions {
  /** Place in the file; always give one when it is known. */
  place?: Point | Position | undefined
  /** The severity when not the message's own (a coach rule switched by the author). */
  severity?: Severity
  /** The text found. */
  actual?: string
  /** Suggested replacements. */
  expected?: string[]
  /** Original error, for unexpected failures. */
  cause?: Error
}

/**
 * Report `message` on `file`, filled with `values`, in the file's chosen
 * language (English until {@link localise} is told the story's).
 * Severity `error` -> fatal `true`, `warn` -> `false`, `info` -> `undefined`
 * (vfile's convention).
 */
export function say(file: VFile, message: Message, values: Values = {}, options: SayOptions = {}): VFileMessage {
  const said = file.message(message.texts.en.text, {
    ...(options.place ? { place: options.place } : {}),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
    ruleId: message.id,
    source: SOURCE,
  })
  const severity = options.severity ?? message.severity
  said.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
  if (options.actual !== undefined) said.actual = options.actual
  if (options.expected !== undefined) said.expected = options.expected
  said.key = message.key
  said.values = values
  show(said, message, file.data.messagesLang ?? 'en')
  return said
}

/** Show every catalogue message of `file` in `lang` (its reason, hint and link). */
export function localise(file: VFile, lang: Lang): void {
  for (const said of file.messages) {
    const message = said.key === undefined ? undefined : findMessage(said.key)
    if (message !== undefined) show(said, message, lang)
  }
}

function show(said: VFileMessage, message: Message, lang: Lang): void {
  const texts = message.texts[lang]
  const values = said.values ?? {}
  said.reason = fill(texts.text, values, lang)
  said.message = said.reason
  const fix = fill(texts.fix, values, lang)
  if (fix !== '') said.note = fix
  said.url = `${docsPage(lang)}#${anchorOf(message.id)}`
}

/** Whether any message of the file is an error. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((said) => said.fatal === true)
}
