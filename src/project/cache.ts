/**
 * The incremental build cache of `storydeck build`: a story whose inputs are
 * unchanged since the last build is not parsed, coached or rendered again;
 * its outputs stay in the output folder and its messages are shown again.
 *
 * Inputs of a story, all compared by content hash:
 * - its bytes and path, the project config, the storydeck version and build
 *   (code) id, the shared asset names (they hash reveal.js, our client files
 *   and every theme's deck CSS) and the project root;
 * - every project file the build read through the environment (images, the
 *   brand logo), every theme it loaded (templates, CSS, manifest, after
 *   `extends`), every brand font it loaded.
 * The outputs must still be there, unchanged in size and time, or it is
 * rebuilt. Failed stories are never cached. PDFs (`--pdf`) are kept too: a
 * reused story's PDFs are not printed again while they are unchanged and the
 * same browser would print them.
 *
 * Note: this module reads and writes one file of its own, in the project's
 * `.storydeck-cache/` folder (one file per output folder, with a `.gitignore`
 * so it is never committed). It is the build's state, not output: keeping it
 * out of `dist/` keeps `dist/` byte-identical for identical inputs. It is
 * written through a temporary name so a crash never leaves half of it.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { VFile } from 'vfile'
import type { Values } from '../messages/text.ts'
import pkg from '../../package.json' with { type: 'json' }
import type { StoryBuild } from '../build.ts'
import { projectPathOf } from '../family.ts'
import type { CachedStory } from '../types.ts'
import { digest } from './digest.ts'
import type { Project } from './project.ts'
import { readsUnchanged, saveReads, type SavedReads, type StoryReads } from './reads.ts'
import { MISSING, stampOf } from './stamp.ts'

export type { CachedStory } from '../types.ts'

/** Folder of the cache, inside the project folder. */
export const CACHE_DIR = '.storydeck-cache'

/** The cache file of an output folder. */
export function cacheFileOf(root: string, outDir: string): string {
  return path.join(
    root,
    CACHE_DIR,
    `${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)}.json`,
  )
}

/** Bump when the cache's shape or meaning changes. */
const FORMAT = 3

// Note: set by scripts/compile.mjs to a hash of the sources and the lock
// file, so a rebuilt storydeck never reuses output of an older one.
declare const __STORYDECK_BUILD_ID__: string | undefined
const BUILD_ID = typeof __STORYDECK_BUILD_ID__ === 'string' ? __STORYDECK_BUILD_ID__ : 'source'

/** Options of {@link openCache}. */
export interface CacheOptions {
  /** Absolute output folder whose stories the cache describes (the cache itself lives in the project's `.storydeck-cache/`). */
  outDir: string
  /** Ignore what is cached (still write a fresh cache). Default `false`. */
  force?: boolean
  /** Version part of the key. Default: storydeck's version and build id. */
  version?: string
}

interface OutputStamp {
  path: string
  stamp: string
}

interface SavedMessage {
  reason: string
  place?: unknown
  ruleId?: string
  source?: string
  fatal?: boolean | null
  note?: string
  url?: string
  actual?: string
  expected?: string[]
  /** Catalogue key and values, to show the message again in another language. */
  key?: string
  values?: Values
}

/** PDFs in the output folder after a `--pdf` run, for {@link BuildCache.save}. */
export interface PdfRecord {
  /** What printed them (the browser's path and stamp); another browser prints them again. */
  browser: string
  /** Story file path (as `VFile#path`) -> its PDFs' output paths. */
  stories: ReadonlyMap<string, readonly string[]>
}

/** A story's entry: the key of its text and settings, what its build read (`reads.ts`), what it wrote. */
interface Entry extends SavedReads {
  key: string
  outputs: OutputStamp[]
  messages: SavedMessage[]
  /** Messages the build put on the config file (project-wide brand settings). */
  configMessages: SavedMessage[]
  story: Omit<CachedStory, 'paths'>
  /** The story's PDFs as the last `--pdf` run left them. */
  pdfs?: { browser: string; files: OutputStamp[] }
}

interface CacheData {
  format: number
  stories: Record<string, Entry>
}

/** What one build read, and the config-file messages it added. */
interface Built {
  reads: StoryReads
  configMessages: SavedMessage[]
}

/** An open cache for one `storydeck build` run. */
export interface BuildCache {
  /** The story's earlier build when nothing it depends on changed, else undefined. */
  reuse(file: VFile): Promise<StoryBuild | undefined>
  /**
   * The story as its last good build left it, when that build's outputs are
   * still in the output folder (a story that fails now keeps them).
   */
  previous(file: VFile): Promise<CachedStory | undefined>
  /** Call after building a story (with what its build read, from `Project.build`), before the next build. */
  built(build: StoryBuild, reads: StoryReads): void
  /**
   * Output paths of the PDFs of a story reused from the cache that are still
   * as they were printed for it, by the same `browser` (see {@link PdfRecord}).
   */
  keptPdfs(build: StoryBuild, browser: string): Promise<string[]>
  /**
   * Stories built into the output folder by an earlier run that are not part
   * of this one (a build of some files only), while their file and every
   * output are still there: the index keeps listing them.
   */
  others(builds: readonly StoryBuild[]): StoryBuild[]
  /** Write the cache for `builds` (after their outputs, and PDFs when `pdfs` is given, were written). */
  save(builds: readonly StoryBuild[], pdfs?: PdfRecord): Promise<void>
}

/**
 * Open the cache of an output folder for a build of `project`.
 * A missing, unreadable or outdated cache file is an empty cache.
 */
export async function openCache(project: Project, options: Readonly<CacheOptions>): Promise<BuildCache> {
  const { root, env, hashes } = project
  const cacheFile = cacheFileOf(root, options.outDir)
  const recorded = await readCacheFile(cacheFile)
  const old = options.force === true ? undefined : recorded
  const identity = digest({
    format: FORMAT,
    version: options.version ?? `${pkg.version}+${BUILD_ID}`,
    root,
    config: env.config,
    assets: env.assets,
    scriptHashes: env.scriptHashes ?? [],
    defaultTheme: env.defaultTheme,
    // Note: a published build (no notes, link previews) never reuses a presenter's build, nor the other way round.
    publish: env.publish === true,
  })
  // Note: the story files of a language family change each member's links (and a version's checks), so they are part of the key.
  const keyOf = (file: VFile): string =>
    digest([identity, file.path, String(file.value), env.family?.(projectPathOf(file)) ?? []])
  const built = new Map<string, Built>()
  const reused = new Map<string, Entry>()
  // Note: config-file messages already accounted for; those a build adds after this belong to it.
  let configSeen = env.configFile?.messages.length ?? 0
  const outputsPresent = (outputs: readonly OutputStamp[]): boolean =>
    outputs.every((output) => stampOf(path.join(options.outDir, output.path)) !== MISSING)
  const outputsUnchanged = (outputs: readonly OutputStamp[]): boolean =>
    outputs.every((output) => stampOf(path.join(options.outDir, output.path)) === output.stamp)

  return {
    async reuse(file) {
      const entry = old?.stories[String(file.path)]
      if (entry === undefined || entry.key !== keyOf(file)) return undefined
      if (!(await readsUnchanged(entry, root, hashes)) || !outputsUnchanged(entry.outputs)) return undefined
      for (const saved of entry.messages) restoreMessage(file, saved)
      const config = env.configFile
      for (const saved of entry.configMessages) {
        // Note: a project-wide problem is said once, however many stories share it.
        if (
          config &&
          !config.messages.some(
            (message) => message.reason === saved.reason && digest(message.place) === digest(saved.place),
          )
        )
          restoreMessage(config, saved)
      }
      configSeen = env.configFile?.messages.length ?? 0
      reused.set(String(file.path), entry)
      return {
        file,
        story: undefined,
        outputs: [],
        failed: false,
        cached: { ...entry.story, paths: entry.outputs.map((output) => output.path) },
      }
    },

    async keptPdfs(build, browser) {
      const pdfs = reused.get(String(build.file.path))?.pdfs
      if (build.cached === undefined || pdfs === undefined || pdfs.browser !== browser) return []
      return pdfs.files
        .filter((pdf) => stampOf(path.join(options.outDir, pdf.path)) === pdf.stamp)
        .map((pdf) => pdf.path)
    },

    async previous(file) {
      const entry = old?.stories[String(file.path)]
      if (entry === undefined) return undefined
      if (entry.outputs.some((output) => stampOf(path.join(options.outDir, output.path)) === MISSING)) return undefined
      return { ...entry.story, paths: entry.outputs.map((output) => output.path) }
    },

    others(builds) {
      const names = new Set(builds.map((build) => String(build.file.path)))
      const slugs = new Set(builds.map((build) => build.story?.slug ?? build.cached?.slug ?? build.kept?.slug))
      return Object.entries(recorded?.stories ?? {})
        .filter(([name, entry]) => !names.has(name) && !slugs.has(entry.story.slug))
        .filter(([name, entry]) => stampOf(path.resolve(root, name)) !== MISSING && outputsPresent(entry.outputs))
        .map(([name, entry]) => ({
          file: new VFile({ path: name, cwd: root }),
          story: undefined,
          outputs: [],
          failed: false,
          cached: { ...entry.story, paths: entry.outputs.map((output) => output.path) },
        }))
    },

    built(build, reads) {
      const messages = env.configFile?.messages ?? []
      built.set(String(build.file.path), { reads, configMessages: messages.slice(configSeen).map(saveMessage) })
      configSeen = messages.length
    },

    async save(builds, pdfs) {
      const stories: Record<string, Entry> = {}
      // Note: a project-wide problem is reported by the first story that meets it only, so every story built now keeps all of them.
      const configMessages = [...built.values()].flatMap((each) => each.configMessages)
      // Note: stories not part of this run keep their entries while their file exists.
      for (const [key, entry] of Object.entries(old?.stories ?? {})) {
        if (stampOf(path.resolve(root, key)) !== MISSING) stories[key] = entry
      }
      for (const build of builds) {
        const name = String(build.file.path)
        delete stories[name]
        const kept = reused.get(name)
        if (build.cached !== undefined && kept !== undefined) {
          stories[name] = kept
          continue
        }
        // Note: a story that fails now keeps its last good entry (and outputs): the
        // index still lists it, and it is reused if the file goes back to that text.
        const previous = old?.stories[name]
        if (build.failed && build.kept !== undefined && previous !== undefined) {
          stories[name] = previous
          continue
        }
        const read = built.get(name)?.reads
        // Note: a draft left out of a published site is checked again each time, so the run always says it was left out.
        if (build.failed || build.story === undefined || build.draft === true || read === undefined) continue
        const outputs: OutputStamp[] = build.outputs.map((output) => ({
          path: output.path,
          stamp: stampOf(path.join(options.outDir, output.path)),
        }))
        if (outputs.some((output) => output.stamp === MISSING)) continue
        const { lang, title, organisation, subtitle, author, date } = build.story.meta
        const headlines = Object.fromEntries(
          (['from', 'to', 'because'] as const).flatMap((kind) => {
            const text = build.story?.spine[kind]?.headline?.text
            return text === undefined ? [] : [[kind, text]]
          }),
        )
        stories[name] = {
          key: keyOf(build.file),
          ...saveReads(read),
          outputs,
          messages: build.file.messages.map(saveMessage),
          configMessages,
          story: {
            slug: build.story.slug,
            meta: {
              lang,
              title,
              ...(organisation === undefined ? {} : { organisation }),
              ...(subtitle === undefined ? {} : { subtitle }),
              ...(author === undefined ? {} : { author }),
              ...(date === undefined ? {} : { date }),
            },
            headlines,
          },
        }
      }
      if (pdfs !== undefined) {
        for (const [name, paths] of pdfs.stories) {
          const entry = stories[name]
          if (entry === undefined) continue
          const files = paths.map((pdf) => ({ path: pdf, stamp: stampOf(path.join(options.outDir, pdf)) }))
          stories[name] = {
            ...entry,
            pdfs: { browser: pdfs.browser, files: files.filter((file) => file.stamp !== MISSING) },
          }
        }
      }
      const data: CacheData = { format: FORMAT, stories }
      const temporary = `${cacheFile}.tmp-${randomBytes(4).toString('hex')}`
      mkdirSync(path.dirname(cacheFile), { recursive: true })
      writeFileSync(path.join(path.dirname(cacheFile), '.gitignore'), '# storydeck build cache: safe to delete\n*\n')
      writeFileSync(temporary, JSON.stringify(data))
      renameSync(temporary, cacheFile)
    },
  }
}

async function readCacheFile(file: string): Promise<CacheData | undefined> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CacheData
    return data.format === FORMAT && typeof data.stories === 'object' && data.stories !== null ? data : undefined
  } catch {
    return undefined
  }
}

function saveMessage(message: VFile['messages'][number]): SavedMessage {
  return {
    reason: message.reason,
    ...(message.place === undefined ? {} : { place: message.place }),
    ...(message.ruleId === undefined ? {} : { ruleId: message.ruleId }),
    ...(message.source === undefined ? {} : { source: message.source }),
    ...(message.fatal === undefined ? {} : { fatal: message.fatal }),
    ...(message.note === undefined ? {} : { note: message.note }),
    ...(message.url === undefined ? {} : { url: message.url }),
    ...(message.actual === undefined ? {} : { actual: message.actual }),
    ...(message.expected === undefined ? {} : { expected: message.expected }),
    ...(message.key === undefined ? {} : { key: message.key, values: message.values ?? {} }),
  }
}

function restoreMessage(file: VFile, saved: SavedMessage): void {
  const message = file.message(saved.reason, {
    ...(saved.place === undefined ? {} : { place: saved.place as NonNullable<VFile['messages'][number]['place']> }),
    ...(saved.ruleId === undefined ? {} : { ruleId: saved.ruleId }),
    ...(saved.source === undefined ? {} : { source: saved.source }),
  })
  message.fatal = saved.fatal
  if (saved.note !== undefined) message.note = saved.note
  if (saved.url !== undefined) message.url = saved.url
  if (saved.actual !== undefined) message.actual = saved.actual
  if (saved.expected !== undefined) message.expected = saved.expected
  if (saved.key !== undefined) {
    message.key = saved.key
    message.values = saved.values ?? {}
  }
}
