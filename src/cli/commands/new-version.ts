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
import { hasErrors } from '../../story/report.ts'
import { stemVersion } from '../../story/versions.ts'
import { LANGS, type Lang } from '../../types.ts'
import { UsageError, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'

/** Run `storydeck new --from`. */
export async function runNewVersion(from: string, parsed: Parsed, io: Io): Promise<number> {
  if (parsed.positionals.length > 0 || stringFlag(parsed, 'title') !== undefined)
    throw new UsageError(
      'With --from, give only the source and the language, e.g. `storydeck new --from claims-2029 --lang de`',
    )
  const lang = stringFlag(parsed, 'lang')
  if (lang === undefined) throw new UsageError('Missing --lang: which language is the new version in? e.g. --lang de')
  if (!(LANGS as readonly string[]).includes(lang))
    throw new UsageError(`Unexpected language \`${lang}\`, expected one of ${LANGS.map((l) => `\`${l}\``).join(', ')}`)
  const name = path.basename(from).replace(/\.md$/i, '')
  if (stemVersion(name).kind !== 'plain') {
    io.stderr.write(
      `storydeck new: \`${from}\` is a language version; start the new version from its source \`${stemVersion(name).name}\`.\n`,
    )
    return 2
  }
  const folder = path.join(io.cwd, 'stories')
  const sourcePath = path.join(folder, `${name}.md`)
  const shownSource = path.relative(io.cwd, sourcePath)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(sourcePath)
  } catch {
    io.stderr.write(
      `storydeck new: unexpected missing source \`${shownSource}\`, expected the story to make a version of.\n`,
    )
    return 1
  }
  const file = decodeStory(bytes, shownSource)
  const story = hasErrors(file) ? undefined : parseStory(file)
  if (story === undefined || hasErrors(file)) {
    io.stderr.write(
      `storydeck new: \`${shownSource}\` has errors; run \`storydeck check ${shownSource}\` and fix them first.\n`,
    )
    return 1
  }
  if (story.meta.lang === lang) {
    io.stderr.write(
      `storydeck new: \`${shownSource}\` is already in \`${lang}\`; choose another language for the version.\n`,
    )
    return 2
  }
  const target = path.join(folder, `${name}.${lang}.md`)
  const shown = path.relative(io.cwd, target)
  if (!(await writeNewFile(target, versionTemplate(String(file.value), story, lang as Lang)))) {
    io.stderr.write(`storydeck new: \`${shown}\` already exists; edit that file.\n`)
    return 1
  }
  io.stderr.write(
    `Created ${shown}: the structure of ${shownSource} with the headings in the new language. Translate each passage marked like \`[…]\` (the coach lists those left), then run \`storydeck translations sync\`.\n`,
  )
  return 0
}
