/**
 * What the catalogue holds. A *message* is something storydeck reports
 * about a story, a theme or the config: it has a rule id (`frontmatter/type`,
 * permanent, what people switch off and search for), a severity, and in each
 * of the six languages a short title, the text with named values and how to
 * fix it. A *line* is one of the CLI's own texts (summary, progress, help).
 *
 * Several messages may share a rule id (a type error says different things
 * for a list and a date); the documentation has one paragraph per rule id.
 */
import type { Lang } from '../types.ts'

/** How serious a message is: errors stop that story's build; hints never fail anything. */
export type Severity = 'error' | 'warn' | 'info'

/** A message in one language. */
export interface MessageText {
  /** A few words, for the documentation's heading and the dev server's overlay. */
  title: string
  /** What is wrong, in the reader's terms, second person; `{name}` values (see `text.ts`). */
  text: string
  /** What to do about it; may use the same values. */
  fix: string
}

/** A message as a group file declares it. */
export interface MessageInput {
  /** Rule id, `group/name`. */
  id: string
  severity: Severity
  texts: Readonly<Record<Lang, MessageText>>
}

/** A message of the catalogue: its input plus its key (`group.name`), unique in the catalogue. */
export interface Message extends MessageInput {
  key: string
}

/** A line of the CLI in the six languages. */
export type Line = Readonly<Record<Lang, string>>

/**
 * Declare a group's messages: each gets its key `group.name` (the name of
 * its property), by which a reported message is found again to be shown
 * in another language.
 */
export function defineMessages<const T extends Record<string, MessageInput>>(
  group: string,
  inputs: T,
): { readonly [K in keyof T]: Message } {
  const out: Record<string, Message> = {}
  for (const [name, input] of Object.entries(inputs)) out[name] = Object.freeze({ ...input, key: `${group}.${name}` })
  return Object.freeze(out) as { readonly [K in keyof T]: Message }
}

/** Declare a group of CLI lines (an identity that types them). */
export function defineLines<const T extends Record<string, Line>>(lines: T): Readonly<T> {
  return Object.freeze(lines)
}

/** The anchor of a rule id in the messages documentation: `frontmatter/type` -> `frontmatter-type`. */
export function anchorOf(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-')
}

/** Where the messages of `lang` are documented, relative to the package folder. */
export function docsPage(lang: Lang): string {
  return `docs/messages/${lang}.md`
}
