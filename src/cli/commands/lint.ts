/**
 * `storydeck lint`: coach stories (parse and lint only, write nothing);
 * text for people, JSON for editors and CI. Reads and coaches through the
 * project engine, as `storydeck check` does, and stops before rendering.
 */
import type { VFile } from 'vfile'
import path from 'node:path'
import { storyHealth } from '../../lint/health.ts'
import { coachProject } from '../../project/build.ts'
import { writeFileAtomic } from '../../project/write.ts'
import { renderHealthPage } from '../../render/health.ts'
import { exitCode, formatReport, severityOf } from '../report.ts'
import { UsageError, booleanFlag, numberFlag, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { docsLinker } from '../docs-link.ts'
import { commandLines, lintLines } from '../../messages/catalogue/cli.ts'
import { tell } from '../../messages/text.ts'

/** One message in `--format json` (documented in docs/rules.md, "Lint as JSON"). */
export interface LintJsonMessage {
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  severity: 'error' | 'warning' | 'hint'
  /** Stable rule id (`jargon/buzzword`), the same in every language. */
  ruleId: string | null
  /** What is wrong, in the message language. */
  message: string
  /** What to do about it, in the message language. */
  fix: string | null
  /** The rule's documentation in the message language, as the text report links it. */
  url: string | null
  actual: string | null
  expected: string[] | null
}

/** One file in `--format json`. */
export interface LintJsonFile {
  path: string
  messages: LintJsonMessage[]
}

/** Run `storydeck lint`. */
export async function runLint(parsed: Parsed, io: Io): Promise<number> {
  const format = stringFlag(parsed, 'format') ?? 'text'
  // Note: before the stories are read, only the language asked for is known.
  const asked = io.messages ?? 'en'
  if (format !== 'text' && format !== 'json' && format !== 'html')
    throw new UsageError(tell(lintLines.badFormat, asked, { format }))
  const out = stringFlag(parsed, 'out')
  if (out !== undefined && format !== 'html') throw new UsageError(tell(lintLines.outHtmlOnly, asked))
  const maxWarnings = numberFlag(parsed, 'max-warnings') ?? Infinity
  const named = parsed.positionals.length > 0
  const { stories, coached, configFile, missing, lang } = await coachProject({
    root: io.cwd,
    messages: io.messages,
    inputs: named ? parsed.positionals : ['stories'],
  })
  // Note: when no story was named, the line below says what to do; `stories` not found would only repeat it.
  if (named) for (const input of missing) io.stderr.write(`${tell(commandLines.noStoryAt, lang, { input })}\n`)
  if (stories.length === 0 && (!named || missing.length === 0)) {
    io.stderr.write(`${tell(commandLines.noStoriesFound, lang)}\n`)
    return 1
  }
  const files: VFile[] = [...(configFile ? [configFile] : []), ...stories]
  if (format === 'html') {
    const page = renderHealthPage(coached.map(({ file, story }) => storyHealth(file, story)))
    if (out === undefined) io.stdout.write(page)
    else {
      await writeFileAtomic(path.resolve(io.cwd, out), page)
      io.stderr.write(`${tell(commandLines.wrote, lang, { file: out })}\n`)
    }
  } else if (format === 'json') {
    const link = docsLinker(io.cwd)
    io.stdout.write(
      `${JSON.stringify(
        files.map((file) => toJson(file, link)),
        null,
        2,
      )}\n`,
    )
  } else {
    const text = formatReport(files, {
      quiet: booleanFlag(parsed, 'quiet'),
      silent: booleanFlag(parsed, 'silent'),
      lang,
      link: docsLinker(io.cwd),
    })
    if (text !== '') io.stderr.write(`${text}\n`)
  }
  return missing.length > 0 ? 1 : exitCode(files, maxWarnings)
}

/**
 * A file's messages as plain JSON, sorted by position.
 *
 * @param link turns a message's documentation link into one the reader can open (default: as it is).
 */
export function toJson(file: VFile, link: (url: string) => string = String): LintJsonFile {
  const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return {
    path: file.path,
    messages: messages.map((message) => ({
      line: message.line ?? null,
      column: message.column ?? null,
      endLine: message.place && 'end' in message.place ? message.place.end.line : null,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
      severity: severityOf(message),
      ruleId: message.ruleId ?? null,
      message: message.reason,
      fix: message.note ?? null,
      url: message.url ? link(message.url) : null,
      actual: message.actual ?? null,
      expected: message.expected ?? null,
    })),
  }
}
