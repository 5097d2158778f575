/**
 * `storydeck new <slug>`: start a story from the template in the author's
 * language. Never overwrites a file.
 */
import path from 'node:path'
import { isSafeSlug, storyTemplate } from '../../new/template.ts'
import { slugOf } from '../../story/parse.ts'
import { LANGS, type Lang } from '../../types.ts'
import { writeNewFile } from '../../project/write.ts'
import { UsageError, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { newLines } from '../../messages/catalogue/cli.ts'
import { asLang } from '../../messages/lang.ts'
import { tell } from '../../messages/text.ts'

/** Run `storydeck new`. */
export async function runNew(parsed: Parsed, io: Io): Promise<number> {
  const from = stringFlag(parsed, 'from')
  if (from !== undefined) return (await import('./new-version.ts')).runNewVersion(from, parsed, io)
  const [slug, ...extra] = parsed.positionals
  const lang = stringFlag(parsed, 'lang') ?? 'en'
  // Note: the author reads in the language asked for, else the one the story is written in.
  const says = io.messages ?? asLang(lang) ?? 'en'
  if (slug === undefined) throw new UsageError(tell(newLines.missingName, says))
  if (extra.length > 0) throw new UsageError(tell(newLines.extra, says, { extra: extra.map((a) => `\`${a}\``) }))
  if (!(LANGS as readonly string[]).includes(lang))
    throw new UsageError(
      tell(newLines.badLang, says, {
        lang,
        langs: new Intl.ListFormat(says, { type: 'disjunction' }).format(LANGS.map((l) => `\`${l}\``)),
      }),
    )
  const name = slug.toLowerCase().endsWith('.md') ? slug.slice(0, -3) : slug
  if (!isSafeSlug(name)) {
    const guess = slugOf(name)
    const line =
      guess !== 'story' && isSafeSlug(guess)
        ? tell(newLines.badNameGuess, says, { name: slug, guess })
        : tell(newLines.badName, says, { name: slug })
    io.stderr.write(`${line}\n`)
    return 2
  }
  const title = stringFlag(parsed, 'title')
  if (title !== undefined && title.trim() === '') throw new UsageError(tell(newLines.emptyTitle, says))
  const folder = path.join(io.cwd, 'stories')
  const file = path.join(folder, `${name}.md`)
  const shown = path.relative(io.cwd, file)
  const text = storyTemplate({
    lang: lang as Lang,
    ...(title === undefined ? {} : { title: title.trim() }),
    date: new Date().toISOString().slice(0, 10),
  })
  if (!(await writeNewFile(file, text))) {
    io.stderr.write(`${tell(newLines.exists, says, { file: shown })}\n`)
    return 1
  }
  io.stderr.write(`${tell(newLines.created, says, { file: shown })}\n`)
  return 0
}
