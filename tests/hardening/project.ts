/**
 * Temporary projects on disk for the hardening tests: a `stories/` folder
 * beside a secret file outside the project, and helpers to hash a `dist/`.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Text of the file outside the project that no build may read. */
export const SECRET = 'TOP-SECRET-9f3c2a outside the project'

/** A minimal good story; `extra` is appended to its body. */
export function goodStory(title = 'From queue to care', extra = ''): string {
  return `---\ntitle: ${title}\nlang: en\n---\n\nOne queue becomes the right care.\n\n# From\nEvery claim waits in the same queue.\n\n# To\nSimple claims settle themselves within a day.\n\n# Because\nA person in trouble needs a person.\n${extra}`
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** A sandbox folder holding `project/` (the project root) and `outside/secret.png`. */
export interface Sandbox {
  base: string
  root: string
  outside: string
  write(relative: string, contents: string | Uint8Array): Promise<string>
  remove(): Promise<void>
}

/** Create a sandbox in the system temp folder. */
export async function createSandbox(): Promise<Sandbox> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'storydeck-hardening-'))
  const root = path.join(base, 'project')
  const outside = path.join(base, 'outside')
  await mkdir(path.join(root, 'stories'), { recursive: true })
  await mkdir(outside, { recursive: true })
  await writeFile(path.join(outside, 'secret.png'), SECRET)
  await writeFile(path.join(outside, 'secret.md'), SECRET)
  return {
    base,
    root,
    outside,
    async write(relative, contents) {
      const file = path.join(root, relative)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, contents)
      return file
    },
    remove: () => rm(base, { recursive: true, force: true }),
  }
}

/**
 * Every file under `dir` (relative posix path -> sha256), sorted. The build
 * cache lives outside `dist/` (src/project/cache.ts), so nothing is left out.
 */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true })
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) await walk(full)
      else
        result[path.relative(dir, full).split(path.sep).join('/')] = createHash('sha256')
          .update(await readFile(full))
          .digest('hex')
    }
  }
  await walk(dir)
  return result
}
