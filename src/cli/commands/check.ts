/**
 * `storydeck check`: parse and validate stories, write nothing.
 */
import { buildProject } from '../../project/build.ts'
import { exitCode, formatReport } from '../report.ts'
import { booleanFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { docsLinker } from '../docs-link.ts'

/** Run `storydeck check`. */
export async function runCheck(parsed: Parsed, io: Io): Promise<number> {
  const result = await buildProject({
    root: io.cwd,
    messages: io.messages,
    inputs: parsed.positionals.length > 0 ? parsed.positionals : ['stories'],
  })
  for (const input of result.missing) io.stderr.write(`storydeck: no story found at \`${input}\`\n`)
  if (result.builds.length === 0 && result.missing.length === 0) {
    io.stderr.write(
      'storydeck: no stories found. Put stories as `.md` files in `stories/`, or name files or folders.\n',
    )
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
