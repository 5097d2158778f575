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

/** One file in `--format json`. */
export interface LintJsonFile {
  path: string
  messages: Array<{
    line: number | null
    column: number | null
    endLine: number | null
    endColumn: number | null
    severity: 'error' | 'warning' | 'hint'
    ruleId: string | null
    reason: string
    actual: string | null
    expected: string[] | null
    note: string | null
  }>
}

/** Run `storydeck lint`. */
export async function runLint(parsed: Parsed, io: Io): Promise<number> {
  const format = stringFlag(parsed, 'format') ?? 'text'
  if (format !== 'text' && format !== 'json' && format !== 'html')
    throw new UsageError(`Option '--format' takes \`text\`, \`json\` or \`html\`, not '${format}'`)
  const out = stringFlag(parsed, 'out')
  if (out !== undefined && format !== 'html') throw new UsageError(`Option '--out' works with \`--format html\` only`)
  const maxWarnings = numberFlag(parsed, 'max-warnings') ?? Infinity
  const { stories, coached, configFile, missing, lang } = await coachProject({
    root: io.cwd,
    messages: io.messages,
    inputs: parsed.positionals.length > 0 ? parsed.positionals : ['stories'],
  })
  for (const input of missing) io.stderr.write(`storydeck: no story found at \`${input}\`\n`)
  if (stories.length === 0 && missing.length === 0) {
    io.stderr.write(
      'storydeck: no stories found. Put stories as `.md` files in `stories/`, or name files or folders.\n',
    )
    return 1
  }
  const files: VFile[] = [...(configFile ? [configFile] : []), ...stories]
  if (format === 'html') {
    const page = renderHealthPage(coached.map(({ file, story }) => storyHealth(file, story)))
    if (out === undefined) io.stdout.write(page)
    else {
      await writeFileAtomic(path.resolve(io.cwd, out), page)
      io.stderr.write(`storydeck: wrote ${out}\n`)
    }
  } else if (format === 'json') {
    io.stdout.write(`${JSON.stringify(files.map(toJson), null, 2)}\n`)
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

/** A file's messages as plain JSON, sorted by position. */
export function toJson(file: VFile): LintJsonFile {
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
      reason: message.reason,
      actual: message.actual ?? null,
      expected: message.expected ?? null,
      note: message.note ?? null,
    })),
  }
}
