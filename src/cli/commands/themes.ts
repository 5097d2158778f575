/**
 * `storydeck themes`: list the themes a story can name in `theme:`, with
 * their descriptions, and report problems in the project's theme files.
 */
import { exitCode, formatReport } from '../report.ts'
import { readConfig } from '../../project/read.ts'
import { DEFAULT_THEME } from '../../themes/load.ts'
import { describeThemes } from '../../themes/list.ts'
import { UsageError, booleanFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'

/** Run `storydeck themes`. */
export async function runThemes(parsed: Parsed, io: Io): Promise<number> {
  if (parsed.positionals.length > 0)
    throw new UsageError(`unexpected \`${parsed.positionals.join(' ')}\`; \`storydeck themes\` takes no files`)
  const themes = await describeThemes(io.cwd)
  const { config } = await readConfig(io.cwd)
  const fallback = config.theme ?? DEFAULT_THEME
  const width = Math.max(...themes.map((theme) => theme.name.length), 4)
  const lines = themes.map((theme) => {
    const notes = [
      theme.origin === 'project' ? 'project' : 'built-in',
      ...(theme.extends ? [`extends ${theme.extends}`] : []),
      ...(theme.name === fallback ? ['default'] : []),
      ...(theme.ok ? [] : ['has errors']),
    ]
    return `${theme.name.padEnd(width)}  ${theme.description || theme.title} (${notes.join(', ')})`
  })
  io.stdout.write(
    `${lines.join('\n')}\n\nUse one with \`theme: <name>\` in a story's frontmatter, or \`"theme"\` in storydeck.config.json.\n`,
  )
  const files = themes.filter((theme) => theme.file.messages.length > 0).map((theme) => theme.file)
  if (files.length > 0 && !booleanFlag(parsed, 'silent')) io.stderr.write(`${formatReport(files, { quiet: true })}\n`)
  return exitCode(files)
}
