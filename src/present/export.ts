/**
 * `storydeck questions`: a talk's questions from its logs, ranked and grouped
 * by session (one log file a day), as Markdown, JSON or CSV.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fillCount, fillLabel, liveLabelsFor } from '../i18n/live-labels.ts'
import { LANGS, type Lang } from '../types.ts'
import { readLogFile, type LogProblem } from './log.ts'
import { rankQuestions, Room, type QuestionState } from './room.ts'

/** One exported question. */
export interface ExportedQuestion {
  rank: number
  id: string
  text: string
  name: string
  votes: number
  state: QuestionState
  answered: boolean
  at: string
}

/** The questions of one session (one log file). */
export interface Session {
  /** `YYYY-MM-DD`, from the file name. */
  date: string
  file: string
  title: string
  lang: Lang
  questions: ExportedQuestion[]
  problems: LogProblem[]
}

/** Export formats. */
export type ExportFormat = 'md' | 'json' | 'csv'

/**
 * Read every session of a talk.
 *
 * @param folder `town-halls/<slug>/`.
 * @returns sessions in date order; an empty list when the folder has no logs.
 */
export async function readSessions(folder: string): Promise<Session[]> {
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(name))
    .sort()
  return names.map((name) => {
    const file = path.join(folder, name)
    const { events, problems } = readLogFile(file)
    const room = new Room()
    let title = ''
    let lang: Lang = 'en'
    for (const event of events) {
      if (event.type === 'start') {
        title = String(event.title)
        if ((LANGS as readonly string[]).includes(event.lang)) lang = event.lang as Lang
      }
      room.apply(event)
    }
    const questions = rankQuestions(room.questions.values()).map((question, index) => ({
      rank: index + 1,
      id: question.id,
      text: question.text,
      name: question.name,
      votes: question.voters.size,
      state: question.state,
      answered: question.answered,
      at: question.at,
    }))
    return { date: name.slice(0, 10), file, title, lang, questions, problems }
  })
}

/** Format sessions for `storydeck questions --format`. */
export function formatSessions(slug: string, sessions: readonly Session[], format: ExportFormat): string {
  if (format === 'json')
    return `${JSON.stringify({ slug, sessions: sessions.map(({ problems: _p, file: _f, ...session }) => session) }, null, 2)}\n`
  if (format === 'csv') {
    const rows = [['session', 'rank', 'id', 'votes', 'answered', 'state', 'name', 'question', 'asked_at']]
    for (const session of sessions)
      for (const q of session.questions)
        rows.push([
          session.date,
          String(q.rank),
          q.id,
          String(q.votes),
          String(q.answered),
          q.state,
          q.name,
          q.text,
          q.at,
        ])
    return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
  }
  const lines: string[] = []
  for (const session of sessions) {
    const labels = liveLabelsFor(session.lang)
    if (lines.length === 0 && session.title !== '') lines.push(`# ${markdownText(session.title)}`, '')
    lines.push(`## ${fillLabel(labels.exportSession, { date: session.date })}`, '')
    if (session.questions.length === 0) lines.push(labels.exportNone, '')
    for (const q of session.questions) {
      const details = [
        q.name === '' ? labels.anonymous : markdownText(q.name),
        fillCount(session.lang, labels.votes, q.votes),
        ...(q.answered ? [labels.answered] : []),
        ...(q.state === 'hidden' ? [labels.stateHidden] : q.state === 'new' ? [labels.stateNew] : []),
      ]
      lines.push(`${q.rank}. ${markdownText(q.text)} (${details.join(' · ')})`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

/** CSV cell, quoted; a leading `=`, `+`, `-` or `@` is defused so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}

/** Audience text as literal Markdown text (no links, emphasis or HTML). */
function markdownText(value: string): string {
  return value.replace(/[\\`*_[\]<>#|!~&]/g, (char) => `\\${char}`)
}
