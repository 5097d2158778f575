/**
 * Reading from the project folder: story files, the config, and files the
 * stories reference. Everything read must resolve inside the project.
 *
 * Note: reads are synchronous: the files are small, and in a build of many
 * stories an asynchronous call per file cost more in waiting than in reading.
 */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import { CONFIG_FILE, parseConfig, type ProjectConfig } from './config.ts'
import { decodeStory } from '../story/decode.ts'
import { slugOf } from '../story/parse.ts'
import { stemVersion } from '../story/versions.ts'
import { story as says } from '../messages/catalogue/story.ts'
import { say } from '../messages/say.ts'

export type { ProjectFileResult, ReadFailure } from '../types.ts'
import type { ProjectFileResult } from '../types.ts'

/**
 * Find story files: each argument is a `.md` file or a folder searched (not
 * recursively) for `.md` files. Sorted, without duplicates.
 *
 * @returns absolute paths, and the arguments that matched nothing.
 */
export async function findStoryFiles(
  inputs: readonly string[],
  cwd: string,
): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>()
  const missing: string[] = []
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const info = attempt(() => statSync(absolute))
    if (info?.isDirectory()) {
      const names = readdirSync(absolute)
      for (const name of names) {
        if (isStoryName(name)) {
          files.add(path.join(absolute, name))
        }
      }
    } else if (info?.isFile()) {
      files.add(absolute)
    } else {
      missing.push(input)
    }
  }
  return { files: [...files].sort(), missing }
}

/**
 * The language family of a story file: `<name>.md` and every
 * `<name>.<lang>.md` beside it, itself included, project-relative with posix
 * separators, sorted. Each folder is listed and grouped once per lookup. Note: for one build (or one open project of the dev server, which
 * opens the project again when a story file is created or deleted); a
 * folder listed per story made a build of 1,000 stories a quarter slower.
 */
export function familyLookup(root: string): (storyPath: string) => string[] {
  const folders = new Map<string, Map<string, string[]>>()
  const nameOf = (file: string): string => slugOf(stemVersion(file.replace(/\.md$/i, '')).name)
  return (storyPath) => {
    const folder = path.dirname(path.resolve(root, storyPath))
    let groups = folders.get(folder)
    if (groups === undefined) {
      groups = new Map()
      for (const name of (attempt(() => readdirSync(folder)) ?? []).filter(isStoryName).sort()) {
        const key = nameOf(name)
        const member = path.relative(root, path.join(folder, name)).split(path.sep).join('/')
        groups.set(key, [...(groups.get(key) ?? []), member])
      }
      folders.set(folder, groups)
    }
    return [...(groups.get(nameOf(path.basename(storyPath))) ?? [])]
  }
}

/** Whether a file name is one `findStoryFiles` reads from a folder. */
function isStoryName(name: string): boolean {
  return name.toLowerCase().endsWith('.md') && !name.startsWith('.') && name.toLowerCase() !== 'readme.md'
}

/** Read a story into a VFile whose path is relative to `cwd` (as messages show it). */
export async function readStory(absolute: string, cwd: string): Promise<VFile> {
  const shown = path.relative(cwd, absolute) || absolute
  // Note: a story inside the project that is a symlink to a file outside it
  // (e.g. `stories/x.md -> /etc/…`) is refused before a byte is read, so its
  // text can reach neither an output nor a message.
  const realRoot = attempt(() => realpathSync(cwd)) ?? cwd
  const real = attempt(() => realpathSync(absolute)) ?? absolute
  if (isInside(path.resolve(cwd), absolute) && !isInside(realRoot, real)) {
    const file = new VFile({ path: shown, value: '', cwd })
    say(file, says.outside, {}, { place: { line: 1, column: 1 } })
    return file
  }
  const bytes = readFileSync(absolute)
  const file = decodeStory(bytes, shown)
  file.cwd = cwd
  return file
}

/** Read `storydeck.config.json` from the project folder, if there is one. */
export async function readConfig(root: string): Promise<{ config: ProjectConfig; file?: VFile }> {
  const absolute = path.join(root, CONFIG_FILE)
  const value = attempt(() => readFileSync(absolute, 'utf8'))
  if (value === undefined) return { config: {} }
  const file = new VFile({ path: CONFIG_FILE, value, cwd: root })
  const config = parseConfig(file)
  // Note: unknown rule ids become warnings here, so the core only sees known ones.
  // Note: the coach is loaded only when there are rule switches, so a build that skips every story never loads it.
  if (config.lint) config.lint = (await import('../lint/lint.ts')).checkRuleSettings(file, config.lint)
  return { config, file }
}

/**
 * Read a file given relative to the project root, refusing anything whose
 * real path (symlinks resolved) lies outside the project.
 */
export async function readProjectFile(root: string, relative: string): Promise<ProjectFileResult> {
  const realRoot = realpathSync(root)
  const absolute = path.resolve(realRoot, relative)
  if (!isInside(realRoot, absolute)) return { ok: false, reason: 'outside' }
  const info = attempt(() => lstatSync(absolute))
  if (!info) return { ok: false, reason: 'missing' }
  const real = attempt(() => realpathSync(absolute))
  if (real === undefined) return { ok: false, reason: 'missing' }
  if (!isInside(realRoot, real)) return { ok: false, reason: 'outside' }
  const realInfo = statSync(real)
  if (!realInfo.isFile()) return { ok: false, reason: 'not-a-file' }
  return { ok: true, bytes: readFileSync(real), path: path.relative(realRoot, real).split(path.sep).join('/') }
}

/** The value of `read`, or undefined when it throws (a missing file). */
export function attempt<T>(read: () => T): T | undefined {
  try {
    return read()
  } catch {
    return undefined
  }
}

/** Whether `child` is `parent` or below it. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
