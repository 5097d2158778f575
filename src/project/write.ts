/**
 * Writes the build's outputs (and a new story for `storydeck new`) to disk.
 * Not the only module that writes: the build cache writes its own file
 * (`project/cache.ts`) and the browser used for PDFs makes and removes a
 * temporary profile folder (`export/browser.ts`). Each story's folder is
 * written to a temporary folder and moved into place whole, so a failed or
 * interrupted build never leaves half a deck and never removes the previous
 * one.
 *
 * Note: only the file contents are written asynchronously; the steps around
 * them (folders, renames) are synchronous, so a story's write does not wait
 * for the main thread between steps while the next story is being built
 * (docs/performance.md).
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { OutputFile, StoryBuild } from '../build.ts'
import { LANGS } from '../types.ts'
import { MISSING, stampOf } from './stamp.ts'

/** What {@link writeOutputs} did. */
export interface WriteSummary {
  /** Story slugs whose folder was replaced. */
  written: string[]
  /** Story slugs left untouched because they failed. */
  kept: string[]
  /** Story slugs left untouched because they did not change (see `cache.ts`). */
  unchanged: string[]
}

/**
 * Write the successful stories' folders and the shared files.
 *
 * @param outDir absolute output folder (`dist/`).
 * @param builds results of `buildStory`; failed ones keep their old output.
 * @param shared files outside story folders (`index.html`, `assets/…`).
 */
export async function writeOutputs(
  outDir: string,
  builds: readonly StoryBuild[],
  shared: readonly OutputFile[],
): Promise<WriteSummary> {
  await mkdir(outDir, { recursive: true })
  const summary: WriteSummary = { written: [], kept: [], unchanged: [] }
  for (const build of builds) await writeStory(outDir, build, summary)
  for (const file of shared) await writeFileAtomic(path.join(outDir, file.path), file.contents)
  return summary
}

/**
 * Write one story's folder (as {@link writeOutputs} does), noting what
 * happened in `summary`. Lets a caller write each story as soon as it is
 * built and let go of its outputs.
 */
export async function writeStory(outDir: string, build: StoryBuild, summary: WriteSummary): Promise<void> {
  if (build.cached !== undefined && !build.failed) {
    summary.unchanged.push(build.cached.slug)
    return
  }
  if (build.failed || build.story === undefined) {
    if (build.story) summary.kept.push(build.story.slug)
    return
  }
  const own = `${build.story.slug}/`
  await replaceFolder(
    outDir,
    build.story.slug,
    build.outputs.filter((file) => file.path.startsWith(own)),
  )
  // Note: a story may add content-hashed shared files (`assets/…`, a brand font); they sit beside the other assets.
  for (const file of build.outputs)
    if (!file.path.startsWith(own)) await writeFileAtomic(path.join(outDir, file.path), file.contents)
  summary.written.push(build.story.slug)
}

/** Replace `outDir/<slug>/` by a folder holding exactly `outputs`. */
async function replaceFolder(outDir: string, slug: string, outputs: readonly OutputFile[]): Promise<void> {
  const token = randomBytes(4).toString('hex')
  // Note: a language version's slug is `<name>/<lang>`; its temporary folders sit beside the source's folder.
  const flat = slug.replace('/', '.')
  const temporary = path.join(outDir, `.tmp-${flat}-${token}`)
  const old = path.join(outDir, `.old-${flat}-${token}`)
  const target = path.join(outDir, slug)
  try {
    const files = outputs.map((file) => ({
      destination: path.join(
        temporary,
        file.path.startsWith(`${slug}/`) ? file.path.slice(slug.length + 1) : file.path,
      ),
      contents: file.contents,
    }))
    mkdirSync(temporary, { recursive: true })
    for (const folder of new Set(files.map((file) => path.dirname(file.destination))))
      mkdirSync(folder, { recursive: true })
    // Note: creating a file is the slow part on many disks (about a millisecond here); these run on libuv's threads while the next story builds.
    await Promise.all(files.map((file) => writeFile(file.destination, file.contents)))
    // Note: a first build (no folder yet) skips the moves and their failing calls (a dozen per story).
    const hadOld = stampOf(target) !== MISSING
    // Note: the language versions' folders (`<name>/<lang>/`) inside a source's folder are theirs: they move over.
    if (hadOld && !slug.includes('/')) {
      for (const lang of LANGS) {
        const inside = path.join(target, lang)
        if (stampOf(inside) !== MISSING && stampOf(path.join(temporary, lang)) === MISSING)
          renameSync(inside, path.join(temporary, lang))
      }
    }
    mkdirSync(path.dirname(target), { recursive: true })
    let movedOld = hadOld
    if (hadOld) {
      try {
        renameSync(target, old)
      } catch {
        movedOld = false
      }
    }
    renameSync(temporary, target)
    if (movedOld) rmSync(old, { recursive: true, force: true })
  } finally {
    rmSync(temporary, { recursive: true, force: true })
  }
}

/** Write one file through a temporary name; skip it when the contents are already there. */
export async function writeFileAtomic(destination: string, contents: string | Uint8Array): Promise<void> {
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents
  if (sameBytes(destination, bytes)) return
  mkdirSync(path.dirname(destination), { recursive: true })
  const temporary = `${destination}.tmp-${randomBytes(4).toString('hex')}`
  writeFileSync(temporary, bytes)
  renameSync(temporary, destination)
}

function sameBytes(file: string, bytes: Uint8Array): boolean {
  try {
    return readFileSync(file).equals(bytes)
  } catch {
    return false
  }
}

/**
 * Create a new file, never replacing one that exists.
 *
 * @returns false when the file already exists.
 */
export async function writeNewFile(destination: string, contents: string): Promise<boolean> {
  await mkdir(path.dirname(destination), { recursive: true })
  try {
    // Note: `wx` fails if the file exists, so two runs can never overwrite each other.
    await writeFile(destination, contents, { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}
