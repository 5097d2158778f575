/**
 * `buildProject`: find, read and build every story of a project (for
 * `storydeck build` and `check`), reusing unchanged stories from the cache;
 * `coachProject`: the same up to the coach, for `storydeck lint`.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import type { OutputFile, StoryBuild } from '../build.ts'
import { openCache, type BuildCache, type CacheOptions } from './cache.ts'
import type { ProjectConfig } from './config.ts'
import { markDuplicateSlug, openProject } from './project.ts'
import { familyLookup, findStoryFiles, readConfig, readProjectFile, readStory } from './read.ts'
import { loadSpeller } from './spelling.ts'
import type { Lang, Story } from '../types.ts'
import { messagesLangOf, projectLang } from '../messages/lang.ts'
import { localise } from '../messages/say.ts'
import { DEFAULT_THEME, loadTheme } from '../themes/load.ts'
import type { PosterGeometry } from '../themes/poster-geometry.ts'

/** Options of {@link buildProject}. */
export interface ProjectOptions {
  /** Project folder (holds `stories/`, `themes/`, the config). */
  root: string
  /** Story files or folders, relative to `root`. Default `['stories']`. */
  inputs?: readonly string[]
  /** Skip stories whose inputs did not change since the build into `cache.outDir`. Default: build every story. */
  cache?: CacheOptions
  /**
   * Called with each story as soon as it is built and checked for a
   * duplicate output folder, before the next one starts (the CLI writes it
   * here, then lets go of its outputs, so a large batch stays small in
   * memory). Default: none.
   */
  onStory?: (build: StoryBuild) => Promise<void>
  /** Build for the published site (see `BuildEnvironment.publish`). Default `false`. */
  publish?: boolean
  /** Check spelling (see `OpenOptions.spelling`). Default `true`. */
  spelling?: boolean
  /**
   * The language of every message (`--messages`, `STORYDECK_MESSAGES`); wins
   * over the config's `messages`. Default: each story's own language.
   */
  messages?: Lang | undefined
}

/** Result of {@link buildProject}. */
export interface ProjectBuild {
  builds: StoryBuild[]
  /** Files outside story folders: `index.html`, `assets/…`. */
  shared: OutputFile[]
  /** The config file, when it has messages to show. */
  configFile?: VFile
  /** The project's own themes' `theme.json` files that have warnings (e.g. colours adjusted for contrast), by path. */
  themeFiles: VFile[]
  /** Inputs that matched no file. */
  missing: string[]
  config: ProjectConfig
  /** The cache, when asked for: call `save` after writing the outputs. */
  cache?: BuildCache
  /** The language of the project's messages and the CLI's lines (see `messages/lang.ts`). */
  lang: Lang
}

/** Find, read and build every story; the caller writes the outputs. */
export async function buildProject(options: Readonly<ProjectOptions>): Promise<ProjectBuild> {
  const project = await openProject(options.root, {
    publish: options.publish === true,
    spelling: options.spelling !== false,
  })
  const { root, config, configFile } = project
  const { files, missing } = await findStoryFiles(options.inputs ?? ['stories'], root)
  const cache = options.cache ? await openCache(project, options.cache) : undefined
  const builds: StoryBuild[] = []
  const slugs = new Map<string, StoryBuild>()
  const done = async (build: StoryBuild): Promise<void> => {
    markDuplicateSlug(slugs, build)
    builds.push(build)
    await options.onStory?.(build)
  }
  const chosen = options.messages ?? config.messages
  for (const absolute of files) {
    const file = await readStory(absolute, root)
    if (chosen !== undefined) file.data.messagesLang = chosen
    const kept = await cache?.reuse(file)
    if (kept) {
      localise(kept.file, messagesLangOf(kept.file))
      await done(kept)
      continue
    }
    const { build, reads } = await project.build(file)
    if (build.failed && cache) {
      const previous = await cache.previous(file)
      if (previous) build.kept = previous
    }
    cache?.built(build, reads)
    await done(build)
  }
  // Note: stories an earlier run built into the same folder stay listed in the index (a build of some files only).
  const listed = [...builds, ...(cache?.others(builds) ?? [])].sort((a, b) =>
    String(a.file.path) < String(b.file.path) ? -1 : 1,
  )
  const lang = projectLang(
    chosen,
    builds.map((build) => build.file),
  )
  const themeFiles = project.themeFiles()
  for (const file of [...(configFile ? [configFile] : []), ...themeFiles]) localise(file, lang)
  return {
    builds,
    lang,
    shared: project.shared(listed),
    missing,
    config,
    ...(configFile && configFile.messages.length > 0 ? { configFile } : {}),
    themeFiles,
    ...(cache ? { cache } : {}),
  }
}

/** Result of {@link coachProject}. */
export interface ProjectCoaching {
  /** Each story's file, with its messages. */
  stories: VFile[]
  /** The stories that could be parsed, with their files (for the health page). */
  coached: { file: VFile; story: Story }[]
  /** The config file, when it has messages to show. */
  configFile?: VFile
  /** Inputs that matched no file. */
  missing: string[]
  /** The language of the project's messages and the CLI's lines (see `messages/lang.ts`). */
  lang: Lang
}

/**
 * Find, read, parse and coach every story, as {@link buildProject} does
 * before it renders (`storydeck lint`): the same reading, config and core
 * stage (`coachStory`, the first stage of `buildStory`); no themes, images,
 * rendering or cache.
 */
export async function coachProject(
  options: Readonly<Pick<ProjectOptions, 'root' | 'inputs' | 'messages'>>,
): Promise<ProjectCoaching> {
  const root = path.resolve(options.root)
  const { config, file: configFile } = await readConfig(root)
  const { files: paths, missing } = await findStoryFiles(options.inputs ?? ['stories'], root)
  const stories: VFile[] = []
  const coached: { file: VFile; story: Story }[] = []
  // Note: the poster rule fits the poster with the story's theme's geometry, as `build` does; a missing
  // or broken theme is `build`'s and `check`'s to report, and coaching falls back to the default geometry.
  const geometries = new Map<string, Promise<PosterGeometry | null>>()
  const geometryOf = (name: string): Promise<PosterGeometry | null> => {
    let geometry = geometries.get(name)
    if (geometry === undefined) {
      geometry = loadTheme(root, name).then(
        (theme) => theme?.manifest.poster ?? null,
        () => null,
      )
      geometries.set(name, geometry)
    }
    return geometry
  }
  // Note: a language version is coached against its source, as in a build.
  const env = {
    readFile: (projectPath: string) => readProjectFile(root, projectPath),
    family: familyLookup(root),
    loadSpeller,
  }
  // Note: as in openProject, the core is loaded only when there is a story.
  const core = paths.length > 0 ? await import('../build.ts') : undefined
  const chosen = options.messages ?? config.messages
  for (const absolute of paths) {
    const file = await readStory(absolute, root)
    if (chosen !== undefined) file.data.messagesLang = chosen
    const story = await core?.coachStory(file, config, DEFAULT_THEME, geometryOf, env)
    stories.push(file)
    if (story) coached.push({ file, story })
  }
  const lang = projectLang(chosen, stories)
  if (configFile) localise(configFile, lang)
  return { stories, coached, missing, lang, ...(configFile && configFile.messages.length > 0 ? { configFile } : {}) }
}
