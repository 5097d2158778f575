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
import { readersLang } from '../lang.ts'
import { docsLinker } from '../docs-link.ts'
import { themeLines } from '../../messages/catalogue/cli.ts'
import { localise } from '../../messages/say.ts'
import { tell } from '../../messages/text.ts'

/** Run `storydeck themes`. */
export async function runThemes(parsed: Parsed, io: Io): Promise<number> {
  const lang = await readersLang(io)
  if (parsed.positionals.length > 0)
    throw new UsageError(tell(themeLines.noFiles, lang, { extra: parsed.positionals.join(' ') }))
  const themes = await describeThemes(io.cwd)
  const { config } = await readConfig(io.cwd)
  const fallback = config.theme ?? DEFAULT_THEME
  const width = Math.max(...themes.map((theme) => theme.name.length), 4)
  const lines = themes.map((theme) => {
    const notes = [
      tell(theme.origin === 'project' ? themeLines.project : themeLines.builtIn, lang),
      ...(theme.extends ? [tell(themeLines.extends, lang, { theme: theme.extends })] : []),
      ...(theme.name === fallback ? [tell(themeLines.default, lang)] : []),
      ...(theme.ok ? [] : [tell(themeLines.hasErrors, lang)]),
    ]
    return `${theme.name.padEnd(width)}  ${theme.description || theme.title} (${notes.join(', ')})`
  })
  io.stdout.write(`${lines.join('\n')}\n\n${tell(themeLines.useOne, lang)}\n`)
  const files = themes.filter((theme) => theme.file.messages.length > 0).map((theme) => theme.file)
  for (const file of files) localise(file, lang)
  if (files.length > 0 && !booleanFlag(parsed, 'silent'))
    io.stderr.write(`${formatReport(files, { quiet: true, lang, link: docsLinker(io.cwd) })}\n`)
  return exitCode(files)
}
