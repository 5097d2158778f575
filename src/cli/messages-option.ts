/**
 * The option every command takes: `--messages <lang>` (or the
 * `STORYDECK_MESSAGES` variable), the language of every message and of
 * help. Taken out of the arguments before the command is looked up.
 */
import { usageLines } from '../messages/catalogue/help.ts'
import { asLang } from '../messages/lang.ts'
import { tell } from '../messages/text.ts'
import { LANGS, type Lang } from '../types.ts'
import type { Io } from './io.ts'

/** The environment variable that chooses the language of every message (as `--messages`). */
export const MESSAGES_VARIABLE = 'STORYDECK_MESSAGES'

/** The languages, each with its own name, for a wrong `--messages`. */
const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  da: 'dansk',
  nb: 'norsk bokmål',
  nn: 'nynorsk',
  sv: 'svenska',
  de: 'Deutsch',
}

/**
 * Take the global `--messages <lang>` (or `--messages=<lang>`) out of
 * `argv`; else read `STORYDECK_MESSAGES`.
 *
 * @returns the other arguments and the language, or what to print for a
 *   wrong value (in the variable's language when that one is right, else English).
 */
export function messagesOption(argv: readonly string[], io: Io): { argv: string[]; lang: Lang | undefined } | string {
  const rest: string[] = []
  let value: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    if (arg === '--messages') {
      // Note: `--messages --help` is a missing language, not a language called `--help`.
      const next = argv[index + 1]
      value = next === undefined || next.startsWith('-') ? '' : next
      if (value !== '') index++
    } else if (arg.startsWith('--messages=')) value = arg.slice('--messages='.length)
    else rest.push(arg)
  }
  const variable = io.env?.[MESSAGES_VARIABLE] || undefined
  const fromVariable = asLang(variable?.trim().toLowerCase())
  const langs = LANGS.map((lang) => `${lang} (${LANG_NAMES[lang]})`).join(', ')
  const say = fromVariable ?? 'en'
  if (value === '') return tell(usageLines.messagesMissing, say, { langs })
  const lang = value === undefined ? fromVariable : asLang(value.trim().toLowerCase())
  if (value === undefined && variable === undefined) return { argv: rest, lang: undefined }
  if (lang !== undefined) return { argv: rest, lang }
  const from = value === undefined ? `\`${MESSAGES_VARIABLE}\`` : '`--messages`'
  return tell(usageLines.messagesValue, value === undefined ? 'en' : say, {
    from,
    langs,
    value: value ?? variable ?? '',
  })
}
