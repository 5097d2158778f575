/**
 * Run the CLI in-process with captured streams in a temporary project.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../src/cli/main.ts'

/** Captured result of a CLI run. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Run `storydeck <argv>` in `cwd`. */
export async function runCli(argv: string[], cwd: string): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  })
  return { code, stdout, stderr }
}

/** A temporary project with the given files (path -> contents). */
export async function makeProject(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'storydeck-test-'))
  for (const [name, contents] of Object.entries(files)) {
    const target = path.join(root, name)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, contents)
  }
  return root
}
