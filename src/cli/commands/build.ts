/**
 * `storydeck build`: build every story into the output folder.
 */
import path from 'node:path'
import { formatReport, exitCode, countMessages } from '../../report.ts'
import { buildProject } from '../../project.ts'
import { writeOutputs } from '../../write.ts'
import { booleanFlag, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'

/** Run `storydeck build`. */
export async function runBuild(parsed: Parsed, io: Io): Promise<number> {
  const out = path.resolve(io.cwd, stringFlag(parsed, 'out') ?? 'dist')
  const result = await buildProject({ root: io.cwd, inputs: parsed.positionals.length > 0 ? parsed.positionals : ['stories'] })
  for (const input of result.missing) io.stderr.write(`storydeck: no story found at \`${input}\`\n`)
  if (result.builds.length === 0) {
    io.stderr.write('storydeck: no stories to build. Put stories as `.md` files in `stories/`, or name files or folders.\n')
    return 1
  }
  const summary = await writeOutputs(out, result.builds, result.shared)
  const files = [...(result.configFile ? [result.configFile] : []), ...result.builds.map((build) => build.file)]
  const quiet = booleanFlag(parsed, 'quiet')
  const text = formatReport(files, { quiet: true, silent: booleanFlag(parsed, 'silent') })
  if (text !== '') io.stderr.write(`${text}\n`)
  if (!booleanFlag(parsed, 'silent')) {
    for (const build of result.builds) {
      const { errors, warnings } = countMessages([build.file])
      const name = build.story?.slug ?? build.file.path
      const state = build.failed ? 'not built' : 'built'
      const notes = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '']
        .filter(Boolean)
        .join(', ')
      if (!quiet || build.failed) io.stderr.write(`${build.failed ? '✗' : '✓'} ${name}: ${state}${notes ? ` (${notes})` : ''}\n`)
    }
    const where = path.relative(io.cwd, out) || '.'
    io.stderr.write(`${summary.written.length} of ${result.builds.length} stor${result.builds.length === 1 ? 'y' : 'ies'} built into ${where}/\n`)
  }
  return result.missing.length > 0 ? 1 : exitCode(files)
}
