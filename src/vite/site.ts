/**
 * The dev server's cache of a built project: every story's outputs and the
 * shared files, kept in memory and rebuilt per story when a file changes.
 * Builds go through `buildStory`, the same core as `storydeck build`.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { buildStory, type OutputFile, type StoryBuild } from '../build.ts'
import { CONFIG_FILE } from '../config.ts'
import { findStoryFiles, isInside, readConfig, readStory } from '../read.ts'
import { slugOf } from '../story/parse.ts'
import { createCore, type ProjectCore } from './core.ts'

/** Options of {@link createSite}. */
export interface SiteOptions {
  /** Absolute project folder. */
  root: string
  /** Stories folder relative to `root`. */
  stories: string
  /** Default theme, when set. */
  theme: string | undefined
}

/** What a change did. */
export interface SiteUpdate {
  /** Stories rebuilt (their pages may have changed). */
  rebuilt: StoryBuild[]
  /** Slugs whose story went away. */
  removed: string[]
  /** Whether the shared files (index, assets) may have changed. */
  shared: boolean
  /** After a full build: the project's own theme files with warnings, to show once. */
  themeFiles?: VFile[]
}

/** A project built in memory. */
export interface Site {
  /** Build every story and the shared files (again). */
  buildAll(): Promise<SiteUpdate>
  /** React to a file that was created, changed or deleted; undefined when it does not matter. */
  fileChanged(absolute: string, event: 'create' | 'update' | 'delete'): Promise<SiteUpdate | undefined>
  /** Output at a path relative to the output folder (`index.html`, `<slug>/poster.html`). */
  output(outputPath: string): OutputFile | undefined
  /** The build of the story whose folder is `slug`, also when it failed. */
  story(slug: string): StoryBuild | undefined
  /** All builds, in file order. */
  builds(): StoryBuild[]
  /** Paths of every output, sorted. */
  files(): string[]
  /**
   * Whether a story file, an image or logo a story shows, or a theme or config
   * file changed on disk since it was last read (a save can land while the
   * previous one is being read, and the watcher may fold the two events into
   * one).
   */
  stale(absolute: string): Promise<boolean>
}

interface Entry {
  build: StoryBuild
  slug: string
  /** Project-relative files the story's build read (images, brand logo), with their stamps just before reading. */
  deps: Map<string, string>
  /** Modification time and size when it was read. */
  stamp: string
}

/** Create an empty site; call `buildAll()` first. */
export function createSite(options: Readonly<SiteOptions>): Site {
  const root = options.root
  const storiesDir = path.resolve(root, options.stories)
  const entries = new Map<string, Entry>()
  let outputs = new Map<string, OutputFile>()
  let shared: OutputFile[] = []
  let core: ProjectCore | undefined
  // Note: slugs the last full build served; a full build that failed half-way must not make a removal go unannounced.
  let served = new Set<string>()
  // Note: config and theme files as they were when a full build was started for them.
  const projectFiles = new Map<string, string>()
  // Note: builds run one after another so a slow full build never overwrites a newer story build.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task)
    queue = next.catch(() => undefined)
    return next
  }

  async function buildOne(absolute: string): Promise<Entry> {
    if (core === undefined) throw new Error('buildAll() must run before single stories are built')
    const stamp = await stampOf(absolute)
    // Note: record every project file the build reads (images, the brand logo,
    // even ones that are missing now), so saving any of them rebuilds this story.
    const deps = new Map<string, string>()
    const env = core.env
    const recording = {
      ...env,
      readFile: async (projectPath: string) => {
        // Note: stamped before reading, so a file read half-written looks changed when it is looked at again.
        deps.set(projectPath, await stampOf(path.resolve(root, projectPath)))
        return env.readFile(projectPath)
      },
    }
    const build = await buildStory(await readStory(absolute, root), recording)
    const slug = build.story?.slug ?? slugOf(path.basename(absolute, path.extname(absolute)))
    const entry: Entry = { build, slug, deps, stamp }
    entries.set(absolute, entry)
    return entry
  }

  function index(): void {
    const next = new Map<string, OutputFile>()
    for (const file of shared) next.set(file.path, file)
    for (const entry of entries.values()) {
      if (entry.build.failed) continue
      for (const file of entry.build.outputs) next.set(file.path, file)
    }
    outputs = next
  }

  /** Render the shared files again; whether the index page changed. */
  function refreshShared(): boolean {
    if (core === undefined) throw new Error('buildAll() must run first')
    const before = outputs.get('index.html')?.contents
    shared = core.shared(builds())
    index()
    return outputs.get('index.html')?.contents !== before
  }

  async function buildAll(): Promise<SiteUpdate> {
    const { config } = await readConfig(root)
    core = await createCore(root, config, options.theme)
    const { files } = await findStoryFiles([options.stories], root)
    entries.clear()
    for (const absolute of files) {
      // Note: a story deleted between listing and reading is gone, not broken; its own event follows.
      await buildOne(absolute).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      })
    }
    markDuplicates()
    shared = core.shared(builds())
    index()
    const slugs = new Set([...entries.values()].map((entry) => entry.slug))
    const removed = [...served].filter((slug) => !slugs.has(slug))
    served = slugs
    return { rebuilt: builds(), removed, shared: true, themeFiles: core.themeFiles() }
  }

  /** Two stories may not share an output folder: the later file fails, as in `buildProject`. */
  function markDuplicates(): void {
    const seen = new Set<string>()
    for (const entry of entries.values()) {
      if (seen.has(entry.slug) && !entry.build.failed) {
        entry.build.file.message(
          `Unexpected story with the same output folder \`${entry.slug}\`, expected a different file name`,
          {
            place: { line: 1, column: 1 },
            ruleId: 'story/duplicate-slug',
            source: 'storydeck',
          },
        ).fatal = true
        entry.build.failed = true
        entry.build.outputs = []
      }
      seen.add(entry.slug)
    }
  }

  async function fileChanged(absolute: string, event: 'create' | 'update' | 'delete'): Promise<SiteUpdate | undefined> {
    const relative = path.relative(root, absolute).split(path.sep).join('/')
    if (!isInside(root, absolute) || relative.split('/').some((part) => part.startsWith('.'))) return undefined
    if (relative === CONFIG_FILE || relative.startsWith('themes/')) {
      // Note: stamped before the build reads it, so a file read half-written looks changed when it is looked at again.
      projectFiles.set(absolute, await stampOf(absolute))
      return serial(buildAll)
    }
    const isStory =
      path.dirname(absolute) === storiesDir &&
      /\.md$/i.test(absolute) &&
      path.basename(absolute).toLowerCase() !== 'readme.md'
    if (isStory && event !== 'update') return serial(buildAll)
    if (isStory) {
      return serial(async () => {
        // Note: the watcher may report a save and a delete that follows it as one change.
        if ((await stampOf(absolute)) === 'missing') return buildAll()
        const before = entries.get(absolute)
        const entry = await buildOne(absolute)
        if (before !== undefined && before.slug !== entry.slug) return buildAll()
        return { rebuilt: [entry.build], removed: [], shared: refreshShared() }
      })
    }
    const users = [...entries.entries()].filter(([, entry]) => entry.deps.has(relative))
    if (users.length === 0) return undefined
    return serial(async () => {
      const rebuilt: StoryBuild[] = []
      for (const [file] of users) rebuilt.push((await buildOne(file)).build)
      return { rebuilt, removed: [], shared: refreshShared() }
    })
  }

  function builds(): StoryBuild[] {
    return [...entries.values()].map((entry) => entry.build)
  }

  return {
    buildAll: () => serial(buildAll),
    fileChanged,
    output: (outputPath) => outputs.get(outputPath),
    story: (slug) => [...entries.values()].find((entry) => entry.slug === slug)?.build,
    builds,
    files: () => [...outputs.keys()].sort(),
    async stale(absolute) {
      const now = await stampOf(absolute)
      if (now === 'missing') return false
      const entry = entries.get(absolute)
      if (entry !== undefined) return entry.stamp !== now
      const before = projectFiles.get(absolute)
      if (before !== undefined) return before !== now
      // Note: an image or logo a story showed, changed again since that story read it.
      const relative = path.relative(root, absolute).split(path.sep).join('/')
      return [...entries.values()].some((each) => each.deps.has(relative) && each.deps.get(relative) !== now)
    },
  }
}

async function stampOf(absolute: string): Promise<string> {
  const info = await stat(absolute).catch(() => undefined)
  return info ? `${info.mtimeMs}:${info.size}` : 'missing'
}
