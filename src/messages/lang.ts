/**
 * Which language messages are shown in. A story's messages: the language
 * asked for (`--messages`, `STORYDECK_MESSAGES`, config `messages`; set as
 * `file.data.messagesLang`), else the story's own `lang`. The project's
 * messages (config, themes) and the CLI's own lines: the language asked
 * for, else the language most of the project's stories are written in,
 * else English.
 */
import type { VFile } from 'vfile'
import { LANGS, type Lang } from '../types.ts'
import '../story/data.ts'

const DECLARED = /^---[ \t]*\r?\n(?:(?!---).*\r?\n)*?lang:[ \t]*["']?([a-z]{2})\b/

/** The language of a story's messages (read from the frontmatter's text when the story could not be parsed). */
export function messagesLangOf(file: VFile): Lang {
  const chosen = file.data.messagesLang ?? file.data.story?.meta.lang
  if (chosen !== undefined) return chosen
  return asLang(DECLARED.exec(String(file.value))?.[1]) ?? 'en'
}

/** The language of the project's messages and the CLI's lines, given its stories' files. */
export function projectLang(chosen: Lang | undefined, stories: readonly VFile[]): Lang {
  return chosen ?? mostCommonLang(stories.map(messagesLangOf))
}

/** The language that occurs most often in `langs`; English when none does, or when two are as common. */
export function mostCommonLang(langs: Iterable<Lang>): Lang {
  const counts = new Map<Lang, number>()
  for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  let best: Lang = 'en'
  let most = 0
  for (const [lang, count] of counts) {
    if (count > most) {
      best = lang
      most = count
    } else if (count === most) best = 'en'
  }
  return best
}

/** `value` when it is one of the six languages. */
export function asLang(value: string | undefined): Lang | undefined {
  return (LANGS as readonly (string | undefined)[]).includes(value) ? (value as Lang) : undefined
}
