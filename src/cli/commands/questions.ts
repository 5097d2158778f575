/**
 * `storydeck questions <slug>`: export a town hall's questions.
 */
import path from 'node:path'
import { fillLabel, liveLabelsFor } from '../../i18n/live-labels.ts'
import { formatSessions, readSessions, type ExportFormat } from '../../present/export.ts'
import { talkFolder, TOWN_HALLS } from '../../present/session.ts'
import { UsageError, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'

const FORMATS: readonly ExportFormat[] = ['md', 'json', 'csv']

/** Run `storydeck questions`. */
export async function runQuestions(parsed: Parsed, io: Io): Promise<number> {
  const [slug, ...extra] = parsed.positionals
  if (slug === undefined) throw new UsageError('Expected the story’s name, e.g. `vision` for stories/vision.md')
  if (extra.length > 0) throw new UsageError('Expected one story name')
  const format = stringFlag(parsed, 'format') ?? 'md'
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`Option '--format' takes md, json or csv, not '${format}'`)
  // Note: only the file name counts (`stories/vision.md` -> `vision`), so no path can lead outside `town-halls/`.
  const name = path.basename(slug, '.md')
  if (name === '' || name.startsWith('.'))
    throw new UsageError(`Expected a story name such as \`vision\`, not \`${slug}\``)
  const folder = talkFolder(io.cwd, name)
  const sessions = await readSessions(folder)
  if (sessions.length === 0) {
    io.stderr.write(`storydeck questions: no town hall logs in \`${path.join(TOWN_HALLS, name)}/\`\n`)
    return 1
  }
  for (const session of sessions)
    for (const problem of session.problems)
      io.stderr.write(
        `${fillLabel(liveLabelsFor(session.lang).cliTorn, { place: `${path.relative(io.cwd, session.file)}:${problem.line}:1` })}\n`,
      )
  io.stdout.write(formatSessions(name, sessions, format as ExportFormat))
  return 0
}
