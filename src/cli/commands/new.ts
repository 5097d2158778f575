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

/** Run `storydeck new`. */
export async function runNew(parsed: Parsed, io: Io): Promise<number> {
  const from = stringFlag(parsed, 'from')
  if (from !== undefined) return (await import('./new-version.ts')).runNewVersion(from, parsed, io)
  const [slug, ...extra] = parsed.positionals
  if (slug === undefined) throw new UsageError('Missing the story name, e.g. `storydeck new vision-2028`')
  if (extra.length > 0)
    throw new UsageError(
      `Unexpected extra arguments ${extra.map((a) => `\`${a}\``).join(' ')}; put a title in quotes after --title`,
    )
  const lang = stringFlag(parsed, 'lang') ?? 'en'
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`Unexpected language \`${lang}\`, expected one of ${LANGS.map((l) => `\`${l}\``).join(', ')}`)
  }
  const name = slug.toLowerCase().endsWith('.md') ? slug.slice(0, -3) : slug
  if (!isSafeSlug(name)) {
    const guess = slugOf(name)
    io.stderr.write(
      `storydeck new: unexpected story name \`${slug}\`, expected lower-case letters, digits and single dashes` +
        (guess !== 'story' && isSafeSlug(guess) ? `, such as \`${guess}\`` : '') +
        '. The name becomes the file name and the web address of the deck.\n',
    )
    return 2
  }
  const title = stringFlag(parsed, 'title')
  if (title !== undefined && title.trim() === '')
    throw new UsageError('Option --title needs a text, e.g. --title "From queue to care"')
  const folder = path.join(io.cwd, 'stories')
  const file = path.join(folder, `${name}.md`)
  const shown = path.relative(io.cwd, file)
  const text = storyTemplate({
    lang: lang as Lang,
    ...(title === undefined ? {} : { title: title.trim() }),
    date: new Date().toISOString().slice(0, 10),
  })
  if (!(await writeNewFile(file, text))) {
    io.stderr.write(`storydeck new: \`${shown}\` already exists; choose another name or edit that file.\n`)
    return 1
  }
  io.stderr.write(
    `Created ${shown}. Open it in your editor, then run \`storydeck dev\` to see the deck and poster as you write.\n`,
  )
  return 0
}
