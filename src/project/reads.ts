/**
 * The one record of what a story's build read — project files (images, the
 * brand logo), themes, brand fonts — for the build cache and the dev server
 * alike. Both decide from it whether a story must be built again.
 */
import path from 'node:path'
import type { BuildEnvironment } from '../build.ts'
import { digest } from './digest.ts'
import { MISSING, racy, stampOf } from './stamp.ts'

/** A project file a build read: its stamp just before reading and the hash of what was read. */
export interface FileRead {
  /** Project-relative, as the story names it (posix separators). */
  path: string
  /** See `stamp.ts`; taken before reading, so a change during the read shows up next time. */
  stamp: string
  /** sha256 of the bytes, or `missing:<reason>`. */
  hash: string
}

/** What one story's build read. */
export interface StoryReads {
  /** When the build started (ms since the epoch), to tell racy stamps. */
  hashedAt: number
  files: Map<string, FileRead>
  /** Theme name -> content hash (manifest, templates, CSS after `extends`). */
  themes: Map<string, string>
  /** Brand font name -> content hash. */
  fonts: Map<string, string>
}

/** Content hashes of the project's themes and fonts, each computed once per project build. */
export interface InputHashes {
  theme(name: string): Promise<string>
  font(name: string): Promise<string>
  /** Hash of a project file as the environment reads it now. */
  file(projectPath: string): Promise<string>
}

/** Hashes of what `env` gives, memoised. */
export function inputHashes(env: BuildEnvironment): InputHashes {
  const themes = new Map<string, Promise<string>>()
  const fonts = new Map<string, Promise<string>>()
  return {
    theme: (name) =>
      memo(themes, name, () => env.loadTheme(name).then(digest, (error: unknown) => `error:${String(error)}`)),
    font: (name) => memo(fonts, name, async () => digest(await env.loadFont?.(name))),
    file: async (projectPath) => {
      const result = await env.readFile(projectPath)
      return result.ok ? digest(result.bytes) : `missing:${result.reason}`
    },
  }
}

/** An environment that records in `reads` what a build reads through it. */
export function recordReads(
  env: BuildEnvironment,
  root: string,
  hashes: InputHashes,
): { env: BuildEnvironment; reads: StoryReads } {
  const reads: StoryReads = { hashedAt: Date.now(), files: new Map(), themes: new Map(), fonts: new Map() }
  const recording: BuildEnvironment = {
    ...env,
    async readFile(projectPath) {
      // Note: stamp before reading, so a file read half-written looks changed when it is looked at again.
      const stamp = stampOf(path.resolve(root, projectPath))
      const result = await env.readFile(projectPath)
      reads.files.set(projectPath, {
        path: projectPath,
        stamp,
        hash: result.ok ? digest(result.bytes) : `missing:${result.reason}`,
      })
      return result
    },
    async loadTheme(name) {
      reads.themes.set(name, await hashes.theme(name))
      return env.loadTheme(name)
    },
    ...(env.loadFont === undefined
      ? {}
      : {
          async loadFont(name: string) {
            reads.fonts.set(name, await hashes.font(name))
            return env.loadFont?.(name)
          },
        }),
  }
  return { env: recording, reads }
}

/** {@link StoryReads} as plain JSON (for the cache file). */
export interface SavedReads {
  hashedAt: number
  files: FileRead[]
  themes: Record<string, string>
  fonts: Record<string, string>
}

/** Plain JSON of {@link StoryReads}. */
export function saveReads(reads: StoryReads): SavedReads {
  return {
    hashedAt: reads.hashedAt,
    files: [...reads.files.values()],
    themes: Object.fromEntries(reads.themes),
    fonts: Object.fromEntries(reads.fonts),
  }
}

/**
 * Whether everything a build read is as it was: themes and fonts by hash,
 * files by stamp, or by hash when the stamp moved or is too recent to trust.
 */
export async function readsUnchanged(reads: SavedReads, root: string, hashes: InputHashes): Promise<boolean> {
  for (const [name, hash] of Object.entries(reads.themes)) if ((await hashes.theme(name)) !== hash) return false
  for (const [name, hash] of Object.entries(reads.fonts)) if ((await hashes.font(name)) !== hash) return false
  for (const file of reads.files) {
    const stamp = stampOf(path.resolve(root, file.path))
    if (stamp === file.stamp && !racy(stamp, reads.hashedAt)) continue
    if ((await hashes.file(file.path)) !== file.hash) return false
  }
  return true
}

/**
 * Whether the project file `relative` was read by the build and has changed
 * on disk since (by stamp): a save that landed while it was being read.
 */
export function readChangedSince(reads: StoryReads, relative: string, root: string): boolean {
  const read = reads.files.get(relative)
  if (read === undefined) return false
  const now = stampOf(path.resolve(root, relative))
  return now !== MISSING && now !== read.stamp
}

function memo(map: Map<string, Promise<string>>, key: string, make: () => Promise<string>): Promise<string> {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    map.set(key, value)
  }
  return value
}
