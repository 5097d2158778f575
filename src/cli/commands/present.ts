/**
 * `storydeck present <story>`: town hall live. Runs until Ctrl+C.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fillCount, fillLabel, liveLabelsFor } from '../../i18n/live-labels.ts'
import { openInBrowser } from '../../present/open.ts'
import { qrTerminal } from '../../render/qr.ts'
import { startTownHall } from '../../present/town-hall.ts'
import { exitCode, formatReport } from '../report.ts'
import { docsLinker } from '../docs-link.ts'
import { commandLines, devLines, presentLines } from '../../messages/catalogue/cli.ts'
import { projectLang } from '../../messages/lang.ts'
import { tell } from '../../messages/text.ts'
import { UsageError, booleanFlag, numberFlag, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'

/** Run `storydeck present`; resolves with 0 once stopped by Ctrl+C or SIGTERM. */
export async function runPresent(parsed: Parsed, io: Io): Promise<number> {
  const [story, ...extra] = parsed.positionals
  // Note: before the story is read, only the language asked for is known.
  const asked = io.messages ?? 'en'
  if (story === undefined) throw new UsageError(tell(presentLines.missingStory, asked))
  if (extra.length > 0) throw new UsageError(tell(presentLines.oneStory, asked))
  const port = numberFlag(parsed, 'port') ?? 4321
  if (port > 65535) throw new UsageError(tell(devLines.badPort, asked, { port }))
  const host = stringFlag(parsed, 'host') ?? '127.0.0.1'
  if (!/^[\w.:-]+$/.test(host)) throw new UsageError(tell(presentLines.badHost, asked, { host }))
  let failed: unknown
  // Note: set once the story's language and the log's path are known; a failure before that is thrown.
  let report = (error: unknown): void => {
    io.stderr.write(`storydeck present: ${(error as Error).message}\n`)
  }
  const started = await startTownHall({
    root: io.cwd,
    story: storyPath(io.cwd, story),
    host,
    port,
    messages: io.messages,
    onError: (error) => {
      failed ??= error
      report(error)
    },
  })
  const lang = projectLang(io.messages, started.files)
  const messages = formatReport(started.files, { quiet: true, lang, link: docsLinker(io.cwd) })
  if (messages !== '') io.stderr.write(`${messages}\n`)
  if (!started.ok && started.listen !== undefined) {
    const message =
      started.listen.code === 'EADDRINUSE'
        ? fillLabel(liveLabelsFor(started.listen.lang).cliPortInUse, { port, next: port + 1 })
        : `${host}:${port} (${started.listen.code})`
    io.stderr.write(`storydeck present: ${message}\n`)
    return 1
  }
  if (!started.ok) {
    for (const input of started.missing) io.stderr.write(`${tell(commandLines.noStoryAt, lang, { input })}\n`)
    return started.missing.length > 0 ? 1 : Math.max(1, exitCode(started.files))
  }
  const { server } = started
  const labels = liveLabelsFor(started.story.meta.lang)
  const logPath = path.relative(io.cwd, started.logFile)
  const line = (text: string): void => {
    io.stdout.write(`${text}\n`)
  }
  report = (error) => {
    const reason = (error as Error).message
    io.stderr.write(`storydeck present: ${fillLabel(labels.cliLogFailed, { path: logPath, reason })}\n`)
  }
  for (const problem of started.problems)
    io.stderr.write(`${fillLabel(labels.cliTorn, { place: `${logPath}:${problem.line}:1` })}\n`)
  line(fillLabel(labels.cliReady, { title: started.story.meta.title }))
  line('')
  line(fillLabel(labels.cliJoin, { url: server.joinUrl, code: server.joinUrl.split('/').at(-2) ?? '' }))
  if (server.otherJoinUrls.length > 0)
    line(fillLabel(labels.cliOtherAddresses, { list: server.otherJoinUrls.join('  ') }))
  // Note: only on a terminal: a QR code in a log file or pipe is noise.
  if (io.stdout.isTTY === true) line(qrTerminal(server.joinUrl))
  line(fillLabel(labels.cliPresenter, { url: server.presenterUrl }))
  line(fillLabel(labels.cliModerate, { url: server.moderateUrl }))
  line('')
  line(host === '127.0.0.1' || host === 'localhost' || host === '::1' ? labels.cliLocalOnly : labels.cliNetwork)
  if (started.recovered.questions > 0) {
    const { questions, votes } = started.recovered
    const lang = started.story.meta.lang
    line(
      fillLabel(labels.cliRecovered, {
        questions: fillCount(lang, labels.questionCount, questions),
        votes: fillCount(lang, labels.votes, votes),
        path: logPath,
      }),
    )
  } else line(fillLabel(labels.cliLog, { path: logPath }))
  line(labels.cliStop)
  if (!booleanFlag(parsed, 'no-open')) openInBrowser(server.presenterUrl)
  await (io.stopped ??
    new Promise<void>((resolve) => {
      process.once('SIGINT', resolve)
      process.once('SIGTERM', resolve)
    }))
  await server.close()
  line(fillLabel(labels.cliStopped, { path: logPath }))
  return failed === undefined ? 0 : 1
}

/**
 * The story to present as the presenter named it: a file or folder as given,
 * else a name (`vision-2028`) for `stories/<name>.md`, as `storydeck
 * questions` takes it.
 */
function storyPath(cwd: string, story: string): string {
  if (existsSync(path.resolve(cwd, story)) || /[\\/]/.test(story)) return story
  const named = path.join('stories', `${story.replace(/\.md$/, '')}.md`)
  return existsSync(path.resolve(cwd, named)) ? named : story
}
