/**
 * `storydeck lint`: coach stories (parse and lint only, write nothing);
 * text for people, JSON for editors and CI.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import { type StoryHealth, storyHealth } from '../../lint/health.ts'
import { renderHealthPage } from '../../render/health.ts'
import { writeFileAtomic } from '../../project/write.ts'
import { lintStory } from '../../lint/lint.ts'
import { findStoryFiles, readConfig, readStory } from '../../project/read.ts'
import { loadSpeller } from '../../project/spelling.ts'
import { exitCode, formatReport, severityOf } from '../report.ts'
import { parseStory } from '../../story/parse.ts'
import { DEFAULT_THEME, loadTheme } from '../../themes/load.ts'
import type { PosterGeometry } from '../../themes/poster-geometry.ts'
import { UsageError, booleanFlag, numberFlag, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'

/** One file in `--format json`. */
export interface LintJsonFile {
  path: string
  messages: Array<{
    line: number | null
    column: number | null
    endLine: number | null
    endColumn: number | null
    severity: 'error' | 'warning' | 'info'
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
  const { config, file: configFile } = await readConfig(io.cwd)
  const rules = config.lint ?? {}
  const { files: paths, missing } = await findStoryFiles(
    parsed.positionals.length > 0 ? parsed.positionals : ['stories'],
    io.cwd,
  )
  for (const input of missing) io.stderr.write(`storydeck: no story found at \`${input}\`\n`)
  if (paths.length === 0 && missing.length === 0) {
    io.stderr.write(
      'storydeck: no stories found. Put stories as `.md` files in `stories/`, or name files or folders.\n',
    )
    return 1
  }
  const files: VFile[] = configFile && configFile.messages.length > 0 ? [configFile] : []
  // Note: the poster rule fits the poster with the story's theme's geometry, as `build` does; a missing
  // or broken theme is `build`'s and `check`'s to report, and coaching falls back to the default geometry.
  const geometries = new Map<string, Promise<PosterGeometry | null>>()
  const posterOf = (name: string): Promise<PosterGeometry | null> => {
    let geometry = geometries.get(name)
    if (geometry === undefined) {
      geometry = loadTheme(io.cwd, name).then(
        (theme) => theme?.manifest.poster ?? null,
        () => null,
      )
      geometries.set(name, geometry)
    }
    return geometry
  }
  const health: StoryHealth[] = []
  for (const absolute of paths) {
    const file = await readStory(absolute, io.cwd)
    const story = parseStory(file)
    if (story) {
      const poster = await posterOf(story.meta.theme ?? config.theme ?? DEFAULT_THEME)
      lintStory(file, story, {
        rules,
        poster,
        speller: await loadSpeller(story.meta.lang),
        words: config.words ?? null,
        abbreviations: config.abbreviations ?? null,
      })
    }
    if (story && format === 'html') health.push(storyHealth(file, story))
    files.push(file)
  }
  if (format === 'html') {
    const page = renderHealthPage(health)
    if (out === undefined) io.stdout.write(page)
    else {
      await writeFileAtomic(path.resolve(io.cwd, out), page)
      io.stderr.write(`storydeck: wrote ${out}\n`)
    }
  } else if (format === 'json') {
    io.stdout.write(`${JSON.stringify(files.map(toJson), null, 2)}\n`)
  } else {
    const text = formatReport(files, { quiet: booleanFlag(parsed, 'quiet'), silent: booleanFlag(parsed, 'silent') })
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
