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
import { createHash, randomBytes, type Hash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { VFile } from 'vfile'
import pkg from '../package.json' with { type: 'json' }
import type { BuildEnvironment, StoryBuild } from './build.ts'
import { attempt } from './read.ts'
import type { StoryMeta } from './types.ts'

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
const FORMAT = 1

// Note: set by scripts/compile.mjs to a hash of the sources and the lock
// file, so a rebuilt storydeck never reuses output of an older one.
declare const __STORYDECK_BUILD_ID__: string | undefined
const BUILD_ID = typeof __STORYDECK_BUILD_ID__ === 'string' ? __STORYDECK_BUILD_ID__ : 'source'

/** Timestamps closer than this to the moment a file was hashed are not trusted (coarse file-system clocks). */
const RACY_MS = 2000

/** What the index and the CLI need of a story that was not rebuilt. */
export interface CachedStory {
  slug: string
  meta: Pick<StoryMeta, 'lang' | 'title' | 'organisation' | 'subtitle'>
  /** Output paths (relative to the output folder) the earlier build wrote. */
  paths: string[]
}

/** Options of {@link openCache}. */
export interface CacheOptions {
  /** Absolute output folder; the cache lives in it. */
  outDir: string
  /** Ignore what is cached (still write a fresh cache). Default `false`. */
  force?: boolean
  /** Version part of the key. Default: storydeck's version and build id. */
  version?: string
}

interface FileDep {
  path: string
  /** sha256 of the bytes, or `missing:<reason>`. */
  hash: string
  stamp: string
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
}

/** PDFs in the output folder after a `--pdf` run, for {@link BuildCache.save}. */
export interface PdfRecord {
  /** What printed them (the browser's path and stamp); another browser prints them again. */
  browser: string
  /** Story file path (as `VFile#path`) -> its PDFs' output paths. */
  stories: ReadonlyMap<string, readonly string[]>
}

interface Entry {
  key: string
  hashedAt: number
  files: FileDep[]
  /** Theme or font name -> content hash. */
  themes: Record<string, string>
  fonts: Record<string, string>
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

/** What one build read, collected by {@link BuildCache.environment}. */
interface Reads {
  hashedAt: number
  files: Map<string, FileDep>
  themes: Map<string, string>
  fonts: Map<string, string>
  /** Config-file messages before the build, to tell which ones it added. */
  configBefore: number
  configMessages: SavedMessage[]
}

/** An open cache for one `storydeck build` run. */
export interface BuildCache {
  /** The story's earlier build when nothing it depends on changed, else undefined. */
  reuse(file: VFile): Promise<StoryBuild | undefined>
  /** An environment that records what a build of `file` reads. */
  environment(file: VFile): BuildEnvironment
  /**
   * The story as its last good build left it, when that build's outputs are
   * still in the output folder (a story that fails now keeps them).
   */
  previous(file: VFile): Promise<CachedStory | undefined>
  /** Call after building with {@link BuildCache.environment}, before the next build. */
  built(build: StoryBuild): void
  /**
   * Output paths of the PDFs of a story reused from the cache that are still
   * as they were printed for it, by the same `browser` (see {@link PdfRecord}).
   */
  keptPdfs(build: StoryBuild, browser: string): Promise<string[]>
  /** Write the cache for `builds` (after their outputs, and PDFs when `pdfs` is given, were written). */
  save(builds: readonly StoryBuild[], pdfs?: PdfRecord): Promise<void>
}

/**
 * Open the cache of an output folder for a build in `root` with `env`.
 * A missing, unreadable or outdated cache file is an empty cache.
 */
export async function openCache(
  root: string,
  env: BuildEnvironment,
  options: Readonly<CacheOptions>,
): Promise<BuildCache> {
  const cacheFile = cacheFileOf(root, options.outDir)
  const old = options.force === true ? undefined : await readCacheFile(cacheFile)
  const identity = digest({
    format: FORMAT,
    version: options.version ?? `${pkg.version}+${BUILD_ID}`,
    root,
    config: env.config,
    assets: env.assets,
    scriptHashes: env.scriptHashes ?? [],
    defaultTheme: env.defaultTheme,
  })
  const keyOf = (file: VFile): string => digest([identity, file.path, String(file.value)])
  const reads = new Map<string, Reads>()
  const themeHashes = new Map<string, Promise<string>>()
  const fontHashes = new Map<string, Promise<string>>()
  const themeHash = (name: string): Promise<string> =>
    memo(themeHashes, name, () => env.loadTheme(name).then(digest, (error: unknown) => `error:${String(error)}`))
  const fontHash = (name: string): Promise<string> =>
    memo(fontHashes, name, async () => digest(await env.loadFont?.(name)))
  const reused = new Map<string, Entry>()

  async function fresh(entry: Entry): Promise<boolean> {
    for (const [name, hash] of Object.entries(entry.themes)) if ((await themeHash(name)) !== hash) return false
    for (const [name, hash] of Object.entries(entry.fonts)) if ((await fontHash(name)) !== hash) return false
    for (const dep of entry.files) {
      const stamp = await stampOf(path.resolve(root, dep.path))
      if (stamp === dep.stamp && !racy(stamp, entry.hashedAt)) continue
      if ((await fileHash(env, dep.path)) !== dep.hash) return false
    }
    const stamps = await Promise.all(entry.outputs.map((output) => stampOf(path.join(options.outDir, output.path))))
    return stamps.every((stamp, index) => stamp === entry.outputs[index]?.stamp)
  }

  return {
    async reuse(file) {
      const entry = old?.stories[String(file.path)]
      if (entry === undefined || entry.key !== keyOf(file) || !(await fresh(entry))) return undefined
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
      const stamps = await Promise.all(pdfs.files.map((pdf) => stampOf(path.join(options.outDir, pdf.path))))
      return pdfs.files.filter((pdf, index) => stamps[index] === pdf.stamp).map((pdf) => pdf.path)
    },

    async previous(file) {
      const entry = old?.stories[String(file.path)]
      if (entry === undefined) return undefined
      const stamps = await Promise.all(entry.outputs.map((output) => stampOf(path.join(options.outDir, output.path))))
      if (stamps.some((stamp) => stamp === '')) return undefined
      return { ...entry.story, paths: entry.outputs.map((output) => output.path) }
    },

    environment(file) {
      const read: Reads = {
        hashedAt: Date.now(),
        files: new Map(),
        themes: new Map(),
        fonts: new Map(),
        configBefore: env.configFile?.messages.length ?? 0,
        configMessages: [],
      }
      reads.set(String(file.path), read)
      return {
        ...env,
        async readFile(projectPath) {
          // Note: stamp before reading, so a change during the read shows up next time.
          const stamp = await stampOf(path.resolve(root, projectPath))
          const result = await env.readFile(projectPath)
          read.files.set(projectPath, {
            path: projectPath,
            stamp,
            hash: result.ok ? digest(result.bytes) : `missing:${result.reason}`,
          })
          return result
        },
        async loadTheme(name) {
          read.themes.set(name, await themeHash(name))
          return env.loadTheme(name)
        },
        ...(env.loadFont === undefined
          ? {}
          : {
              async loadFont(name: string) {
                read.fonts.set(name, await fontHash(name))
                return env.loadFont?.(name)
              },
            }),
      }
    },

    built(build) {
      const read = reads.get(String(build.file.path))
      if (read) read.configMessages = (env.configFile?.messages.slice(read.configBefore) ?? []).map(saveMessage)
    },

    async save(builds, pdfs) {
      const stories: Record<string, Entry> = {}
      // Note: a project-wide problem is reported by the first story that meets it only, so every story built now keeps all of them.
      const configMessages = [...reads.values()].flatMap((read) => read.configMessages)
      // Note: stories not part of this run keep their entries while their file exists.
      const olds = Object.entries(old?.stories ?? {})
      const exists = await Promise.all(olds.map(async ([key]) => (await stampOf(path.resolve(root, key))) !== ''))
      olds.forEach(([key, entry], index) => {
        if (exists[index] === true) stories[key] = entry
      })
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
        const read = reads.get(name)
        if (build.failed || build.story === undefined || read === undefined) continue
        const outputs: OutputStamp[] = await Promise.all(
          build.outputs.map(async (output) => ({
            path: output.path,
            stamp: await stampOf(path.join(options.outDir, output.path)),
          })),
        )
        if (outputs.some((output) => output.stamp === '')) continue
        const { lang, title, organisation, subtitle } = build.story.meta
        stories[name] = {
          key: keyOf(build.file),
          hashedAt: read.hashedAt,
          files: [...read.files.values()],
          themes: Object.fromEntries(read.themes),
          fonts: Object.fromEntries(read.fonts),
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
            },
          },
        }
      }
      if (pdfs !== undefined) {
        for (const [name, paths] of pdfs.stories) {
          const entry = stories[name]
          if (entry === undefined) continue
          const files = await Promise.all(
            paths.map(async (pdf) => ({ path: pdf, stamp: await stampOf(path.join(options.outDir, pdf)) })),
          )
          stories[name] = {
            ...entry,
            pdfs: { browser: pdfs.browser, files: files.filter((file) => file.stamp !== '') },
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

function memo(map: Map<string, Promise<string>>, key: string, make: () => Promise<string>): Promise<string> {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    map.set(key, value)
  }
  return value
}

async function fileHash(env: BuildEnvironment, projectPath: string): Promise<string> {
  const result = await env.readFile(projectPath)
  return result.ok ? digest(result.bytes) : `missing:${result.reason}`
}

/** Size, times and inode of a file (links followed), or '' when there is none. */
// Note: synchronous, as every read of a build is (src/read.ts); a rebuild stamps a few files per story.
async function stampOf(absolute: string): Promise<string> {
  const info = attempt(() => statSync(absolute, { bigint: true }))
  return info ? `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}` : ''
}

function racy(stamp: string, hashedAt: number): boolean {
  const mtimeMs = Number(BigInt(stamp.split(':')[1] ?? '0') / 1_000_000n)
  return mtimeMs >= hashedAt - RACY_MS
}

/** sha256 of any JSON-like value, bytes and strings included, independent of how it is held. */
export function digest(value: unknown): string {
  const hash = createHash('sha256')
  feed(hash, value)
  return hash.digest('hex')
}

function feed(hash: Hash, value: unknown): void {
  if (value instanceof Uint8Array) {
    hash.update(`b${value.byteLength}:`).update(value)
  } else if (typeof value === 'string') {
    hash.update(`s${Buffer.byteLength(value)}:`).update(value)
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`)
    for (const item of value) feed(hash, item)
    hash.update(']')
  } else if (value instanceof Map) {
    feed(hash, [...value.entries()])
  } else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort()
    hash.update(`o${keys.length}{`)
    for (const key of keys) {
      feed(hash, key)
      feed(hash, (value as Record<string, unknown>)[key])
    }
    hash.update('}')
  } else if (typeof value === 'function') {
    // Note: functions carry no data; what they compute is recorded where they are called.
    hash.update('f')
  } else {
    hash.update(`p${String(value)};`)
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
}
