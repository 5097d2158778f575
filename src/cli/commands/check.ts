/**
 * `storydeck check`: parse and validate stories, write nothing.
 */
import { buildProject } from '../../project/build.ts'
import { exitCode, formatReport } from '../report.ts'
import { booleanFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { docsLinker } from '../docs-link.ts'
import { commandLines } from '../../messages/catalogue/cli.ts'
import { tell } from '../../messages/text.ts'

/** Run `storydeck check`. */
export async function runCheck(parsed: Parsed, io: Io): Promise<number> {
  const named = parsed.positionals.length > 0
  const result = await buildProject({
    root: io.cwd,
    messages: io.messages,
    inputs: named ? parsed.positionals : ['stories'],
  })
  // Note: when no story was named, the line below says what to do; `stories` not found would only repeat it.
  if (named)
    for (const input of result.missing) io.stderr.write(`${tell(commandLines.noStoryAt, result.lang, { input })}\n`)
  if (result.builds.length === 0 && (!named || result.missing.length === 0)) {
    io.stderr.write(`${tell(commandLines.noStoriesFound, result.lang)}\n`)
    return 1
  }
  const files = [
    ...(result.configFile ? [result.configFile] : []),
    ...result.themeFiles,
    ...result.builds.map((build) => build.file),
  ]
  const text = formatReport(files, {
    quiet: booleanFlag(parsed, 'quiet'),
    silent: booleanFlag(parsed, 'silent'),
    lang: result.lang,
    link: docsLinker(io.cwd),
  })
  if (text !== '') io.stderr.write(`${text}\n`)
  return result.missing.length > 0 ? 1 : exitCode(files)
}
