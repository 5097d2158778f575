/**
 * `storydeck new --from <name> --lang <code>`: start a language version of
 * `stories/<name>.md` as `stories/<name>.<code>.md`. Never overwrites a file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { versionTemplate } from '../../new/version.ts'
import { writeNewFile } from '../../project/write.ts'
import { decodeStory } from '../../story/decode.ts'
import { parseStory } from '../../story/parse.ts'
import { hasErrors } from '../../messages/say.ts'
import { stemVersion } from '../../story/versions.ts'
import { LANGS, type Lang } from '../../types.ts'
import { UsageError, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { newLines } from '../../messages/catalogue/cli.ts'
import { asLang } from '../../messages/lang.ts'
import { tell } from '../../messages/text.ts'

/** Run `storydeck new --from`. */
export async function runNewVersion(from: string, parsed: Parsed, io: Io): Promise<number> {
  const lang = stringFlag(parsed, 'lang')
  // Note: the lines are for the translator, who reads the new version's language (unless another is asked for).
  const says = io.messages ?? asLang(lang) ?? 'en'
  if (parsed.positionals.length > 0 || stringFlag(parsed, 'title') !== undefined)
    throw new UsageError(tell(newLines.fromOnly, says))
  if (lang === undefined) throw new UsageError(tell(newLines.missingLang, says))
  if (!(LANGS as readonly string[]).includes(lang))
    throw new UsageError(
      tell(newLines.badLang, says, {
        lang,
        langs: new Intl.ListFormat(says, { type: 'disjunction' }).format(LANGS.map((l) => `\`${l}\``)),
      }),
    )
  const name = path.basename(from).replace(/\.md$/i, '')
  if (stemVersion(name).kind !== 'plain') {
    io.stderr.write(`${tell(newLines.fromVersion, says, { from, source: stemVersion(name).name })}\n`)
    return 2
  }
  const folder = path.join(io.cwd, 'stories')
  const sourcePath = path.join(folder, `${name}.md`)
  const shownSource = path.relative(io.cwd, sourcePath)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(sourcePath)
  } catch {
    io.stderr.write(`${tell(newLines.noSource, says, { file: shownSource })}\n`)
    return 1
  }
  const file = decodeStory(bytes, shownSource)
  const story = hasErrors(file) ? undefined : parseStory(file)
  if (story === undefined || hasErrors(file)) {
    io.stderr.write(`${tell(newLines.sourceErrors, says, { file: shownSource })}\n`)
    return 1
  }
  if (story.meta.lang === lang) {
    io.stderr.write(`${tell(newLines.sameLang, says, { file: shownSource, lang })}\n`)
    return 2
  }
  const target = path.join(folder, `${name}.${lang}.md`)
  const shown = path.relative(io.cwd, target)
  if (!(await writeNewFile(target, versionTemplate(String(file.value), story, lang as Lang)))) {
    io.stderr.write(`${tell(newLines.versionExists, says, { file: shown })}\n`)
    return 1
  }
  io.stderr.write(`${tell(newLines.versionCreated, says, { file: shown, source: shownSource })}\n`)
  return 0
}
