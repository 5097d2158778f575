/**
 * The catalogue: every message storydeck can report, from its group files
 * (`catalogue/*.ts`), found by key. The CLI's own lines live beside them
 * (`catalogue/cli.ts`, `catalogue/help.ts`) and are imported directly.
 */
import { coach } from './catalogue/coach.ts'
import { config } from './catalogue/config.ts'
import { frontmatter } from './catalogue/frontmatter.ts'
import { story } from './catalogue/story.ts'
import { theme } from './catalogue/theme.ts'
import type { Message } from './entry.ts'

/** Every group of messages, in documentation order. */
export const GROUPS = Object.freeze({ story, frontmatter, theme, config, coach })

let byKey: Map<string, Message> | undefined

/** Every message of the catalogue, in documentation order. */
export function allMessages(): Message[] {
  return Object.values(GROUPS).flatMap((group) => Object.values(group) as Message[])
}

/** The message with catalogue key `key` (`group.name`). */
export function findMessage(key: string): Message | undefined {
  byKey ??= new Map(allMessages().map((message) => [message.key, message]))
  return byKey.get(key)
}
