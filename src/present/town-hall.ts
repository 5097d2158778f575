/**
 * Start a town hall: build the story, read back today's log, start the
 * server. The CLI (`storydeck present`) and the tests call this.
 */
import path from 'node:path'
import type { ServerLimits } from './limits.ts'
import { TalkLog, type LogProblem } from './log.ts'
import { Room } from './room.ts'
import { startServer, type TownHallServer } from './server.ts'
import { loadCredentials, logFileFor, talkFolder } from './session.ts'
import { makeSite } from './site.ts'
import { buildTalk } from './talk.ts'
import type { VFile } from 'vfile'
import type { Lang, Story } from '../types.ts'

/** Options of {@link startTownHall}. */
export interface TownHallOptions {
  /** Project folder. */
  root: string
  /** Story file, relative to `root`. */
  story: string
  /** Address to listen on (default `127.0.0.1`). */
  host?: string
  /** Port (default 4321; 0 picks a free one). */
  port?: number
  /** Overrides of the server's limits. */
  limits?: Partial<ServerLimits>
  /** The day of the log (default: today). */
  date?: Date
  /** Storage failures while running (default: ignored). */
  onError?: (error: unknown) => void
  /** The language of the story's messages, when asked for (`--messages`; default: the story's). */
  messages?: Lang | undefined
}

/** A started town hall, or why it did not start. */
export type TownHallStart =
  | {
      ok: true
      server: TownHallServer
      story: Story
      /** The story file with its warnings. */
      files: VFile[]
      logFile: string
      /** Lines of the log that could not be read (skipped). */
      problems: LogProblem[]
      recovered: { questions: number; votes: number }
    }
  | {
      ok: false
      files: VFile[]
      missing: string[]
      /** Set when the server could not listen (`EADDRINUSE`, `EACCES`, `EADDRNOTAVAIL`), with the story's language for the message. */
      listen?: { code: string; lang: Lang }
    }

/** Build the story and start its town hall. */
export async function startTownHall(options: Readonly<TownHallOptions>): Promise<TownHallStart> {
  const root = path.resolve(options.root)
  const built = await buildTalk(root, options.story, options.messages)
  if (!built.ok) return built
  const { story } = built.talk
  const folder = talkFolder(root, story.slug)
  const credentials = await loadCredentials(folder)
  const logFile = logFileFor(root, story.slug, options.date ?? new Date())
  const { log, read } = await TalkLog.open(logFile)
  const room = new Room()
  for (const event of read.events) room.apply(event)
  const recovered = { questions: room.questions.size, votes: room.voteCount() }
  try {
    const server = await startServer({
      credentials,
      room,
      log,
      lang: story.meta.lang,
      site: (joinUrl) => makeSite(built.talk, credentials.code, joinUrl),
      ...(options.host === undefined ? {} : { host: options.host }),
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    })
    await log.append({
      type: 'start',
      at: new Date().toISOString(),
      slug: story.slug,
      title: story.meta.title,
      lang: story.meta.lang,
    })
    return { ok: true, server, story, files: built.files, logFile, problems: read.problems, recovered }
  } catch (error) {
    await log.close()
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL'].includes(code))
      return { ok: false, files: built.files, missing: [], listen: { code, lang: story.meta.lang } }
    throw error
  }
}
