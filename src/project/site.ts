/**
 * The dev server's built project: every story's outputs and the shared files,
 * kept in memory and rebuilt per story when a file changes. Stories are built
 * and their reads recorded by the project engine (`project.ts`), changes are
 * judged by `changes.ts`, exactly as for `storydeck build`.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import type { OutputFile, StoryBuild } from '../build.ts'
import { storySlug } from '../story/parse.ts'
import { changeOf, projectPath } from './changes.ts'
import { markDuplicateSlug, openProject, type Project } from './project.ts'
import { findStoryFiles, readStory } from './read.ts'
import { readChangedSince, type StoryReads } from './reads.ts'
import { MISSING, stampOf } from './stamp.ts'
import { projectLang } from '../messages/lang.ts'
import { localise } from '../messages/say.ts'
import type { Lang } from '../types.ts'

/** Options of {@link createSite}. */
export interface SiteOptions {
  /** Absolute project folder. */
  root: string
  /** Stories folder relative to `root`. */
  stories: string
  /** Default theme, when set. */
  theme: string | undefined
  /** The language of every message (`--messages`); wins over the config's `messages`. Default: each story's own. */
  messages?: Lang | undefined
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
  /** What the story's build read (images, brand logo, themes), with stamps taken just before reading. */
  reads: StoryReads
  /** The story file's stamp when it was read. */
  stamp: string
}

/** Create an empty site; call `buildAll()` first. */
export function createSite(options: Readonly<SiteOptions>): Site {
  const root = options.root
  const storiesDir = path.resolve(root, options.stories)
  const entries = new Map<string, Entry>()
  let outputs = new Map<string, OutputFile>()
  let shared: OutputFile[] = []
  let project: Project | undefined
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
    if (project === undefined) throw new Error('buildAll() must run before single stories are built')
    const stamp = stampOf(absolute)
    const file = await readStory(absolute, root)
    const chosen = options.messages ?? project.config.messages
    if (chosen !== undefined) file.data.messagesLang = chosen
    const { build, reads } = await project.build(file)
    const slug = build.story?.slug ?? storySlug(path.basename(absolute, path.extname(absolute)))
    const entry: Entry = { build, slug, reads, stamp }
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
    if (project === undefined) throw new Error('buildAll() must run first')
    const before = outputs.get('index.html')?.contents
    shared = project.shared(builds())
    index()
    return outputs.get('index.html')?.contents !== before
  }

  async function buildAll(): Promise<SiteUpdate> {
    project = await openProject(root, { theme: options.theme })
    const { files } = await findStoryFiles([options.stories], root)
    entries.clear()
    for (const absolute of files) {
      // Note: a story deleted between listing and reading is gone, not broken; its own event follows.
      await buildOne(absolute).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      })
    }
    const seen = new Map<string, StoryBuild>()
    for (const entry of entries.values()) markDuplicateSlug(seen, entry.build)
    shared = project.shared(builds())
    index()
    const slugs = new Set([...entries.values()].map((entry) => entry.slug))
    const removed = [...served].filter((slug) => !slugs.has(slug))
    served = slugs
    const themeFiles = project.themeFiles()
    const lang = projectLang(
      options.messages ?? project.config.messages,
      builds().map((build) => build.file),
    )
    for (const file of themeFiles) {
      file.data.messagesLang = lang
      localise(file, lang)
    }
    return { rebuilt: builds(), removed, shared: true, themeFiles }
  }

  async function fileChanged(absolute: string, event: 'create' | 'update' | 'delete'): Promise<SiteUpdate | undefined> {
    const reads = new Map([...entries].map(([file, entry]) => [file, entry.reads]))
    const change = changeOf(absolute, event, { root, storiesDir, reads })
    if (change === undefined) return undefined
    switch (change.kind) {
      case 'project':
        // Note: stamped before the build reads it, so a file read half-written looks changed when it is looked at again.
        projectFiles.set(absolute, stampOf(absolute))
        return serial(buildAll)
      case 'stories':
        return serial(buildAll)
      case 'story':
        return serial(async () => {
          // Note: the watcher may report a save and a delete that follows it as one change.
          if (stampOf(absolute) === MISSING) return buildAll()
          const before = entries.get(absolute)
          const entry = await buildOne(absolute)
          if (before !== undefined && before.slug !== entry.slug) return buildAll()
          // Note: a source's language versions read it (their links and drift checks): they are built again too.
          const relative = projectPath(root, absolute)
          const readers = [...entries].filter(([file, each]) => file !== absolute && each.reads.files.has(relative))
          const rebuilt = [entry.build]
          for (const [file] of readers) rebuilt.push((await buildOne(file)).build)
          return { rebuilt, removed: [], shared: refreshShared() }
        })
      case 'readers':
        return serial(async () => {
          const rebuilt: StoryBuild[] = []
          for (const file of change.files) rebuilt.push((await buildOne(file)).build)
          return { rebuilt, removed: [], shared: refreshShared() }
        })
    }
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
      const now = stampOf(absolute)
      if (now === MISSING) return false
      const entry = entries.get(absolute)
      if (entry !== undefined) return entry.stamp !== now
      const before = projectFiles.get(absolute)
      if (before !== undefined) return before !== now
      // Note: an image or logo a story showed, changed again since that story read it.
      const relative = projectPath(root, absolute)
      return [...entries.values()].some((each) => readChangedSince(each.reads, relative, root))
    },
  }
}
