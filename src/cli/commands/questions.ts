/**
 * `storydeck questions <slug>`: export a town hall's questions.
 */
import path from 'node:path'
import { fillLabel, liveLabelsFor } from '../../i18n/live-labels.ts'
import { formatSessions, readSessions, type ExportFormat } from '../../present/export.ts'
import { talkFolder, TOWN_HALLS } from '../../present/session.ts'
import { UsageError, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { readersLang } from '../lang.ts'
import { questionLines } from '../../messages/catalogue/cli.ts'
import { tell } from '../../messages/text.ts'

const FORMATS: readonly ExportFormat[] = ['md', 'json', 'csv']

/** Run `storydeck questions`. */
export async function runQuestions(parsed: Parsed, io: Io): Promise<number> {
  const [slug, ...extra] = parsed.positionals
  const lang = await readersLang(io)
  if (slug === undefined) throw new UsageError(tell(questionLines.missingName, lang))
  if (extra.length > 0) throw new UsageError(tell(questionLines.oneName, lang))
  const format = stringFlag(parsed, 'format') ?? 'md'
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(tell(questionLines.badFormat, lang, { format }))
  // Note: only the file name counts (`stories/vision.md` -> `vision`), so no path can lead outside `town-halls/`.
  const name = path.basename(slug, '.md')
  if (name === '' || name.startsWith('.')) throw new UsageError(tell(questionLines.badName, lang, { name: slug }))
  const folder = talkFolder(io.cwd, name)
  const sessions = await readSessions(folder)
  if (sessions.length === 0) {
    io.stderr.write(`${tell(questionLines.noLogs, lang, { folder: path.join(TOWN_HALLS, name) })}\n`)
    return 1
  }
  for (const session of sessions)
    for (const problem of session.problems)
      io.stderr.write(
        `${fillLabel(liveLabelsFor(io.messages ?? session.lang).cliTorn, { place: `${path.relative(io.cwd, session.file)}:${problem.line}:1` })}\n`,
      )
  io.stdout.write(formatSessions(name, sessions, format as ExportFormat))
  return 0
}
