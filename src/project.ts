/**
 * The file-system side of a build, shared by the CLI and the Vite plugin:
 * finds and reads stories, loads themes and config, and runs the core.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import type { BuildEnvironment, OutputFile, StoryBuild } from './build.ts'
import { openCache, type BuildCache, type CacheOptions } from './cache.ts'
import type { ProjectConfig } from './config.ts'
import { planAssets, type SharedAssets } from './render/assets.ts'
import { readAssetSources } from './read-assets.ts'
import { renderIndex } from './render/index-page.ts'
import { findStoryFiles, readConfig, readProjectFile, readStory } from './read.ts'
import { readFontsource } from './themes/fontsource.ts'
import { DEFAULT_THEME, listThemes, readTheme, usableTheme } from './themes/load.ts'
import type { Theme } from './themes/theme.ts'

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
}

/**
 * Create the environment the core needs, backed by the project folder.
 *
 * @param assets the shared assets, when the caller has read them already (default: read them).
 */
export async function createEnvironment(
  root: string,
  config: ProjectConfig,
  assets?: SharedAssets,
): Promise<BuildEnvironment> {
  return (await projectEnvironment(root, config, assets)).env
}

/** What {@link projectEnvironment} gives. */
export interface ProjectEnvironment {
  env: BuildEnvironment
  assets: SharedAssets
  /** The project's own themes loaded so far whose `theme.json` has warnings (not errors: a story using a broken theme reports those), by path. */
  themeFiles(): VFile[]
}

/** {@link createEnvironment}, also returning the shared assets it read (each theme is read once for both) and the themes' warnings. */
export async function projectEnvironment(
  root: string,
  config: ProjectConfig,
  assets?: SharedAssets,
): Promise<ProjectEnvironment> {
  const { load, warned } = themeLoader(root)
  const shared = assets ?? planAssets(await readAssetSources(root, load))
  const env: BuildEnvironment = {
    config,
    defaultTheme: DEFAULT_THEME,
    loadTheme: load,
    themeNames: () => listThemes(root),
    readFile: (projectPath) => readProjectFile(root, projectPath),
    loadFont: (name) => readFontsource(root, name),
    assets: shared.paths,
    scriptHashes: shared.scriptHashes,
  }
  return { env, assets: shared, themeFiles: () => [...warned].sort((a, b) => (a.path < b.path ? -1 : 1)) }
}

/** Loads each theme once per build, and keeps the project's theme files that have warnings. */
function themeLoader(root: string): { load: (name: string) => Promise<Theme | undefined>; warned: VFile[] } {
  const themes = new Map<string, Promise<Theme | undefined>>()
  const warned: VFile[] = []
  const load = (name: string): Promise<Theme | undefined> => {
    let theme = themes.get(name)
    if (theme === undefined) {
      theme = readTheme(root, name).then((read) => {
        const usable = usableTheme(name, read)
        if (read.origin === 'project' && read.file !== undefined && read.file.messages.length > 0)
          warned.push(read.file)
        return usable
      })
      themes.set(name, theme)
    }
    return theme
  }
  return { load, warned }
}

/** Find, read and build every story; the caller writes the outputs. */
export async function buildProject(options: Readonly<ProjectOptions>): Promise<ProjectBuild> {
  const root = path.resolve(options.root)
  const { config, file: configFile } = await readConfig(root)
  const { files, missing } = await findStoryFiles(options.inputs ?? ['stories'], root)
  const { env, assets, themeFiles } = await projectEnvironment(root, config)
  if (configFile) env.configFile = configFile
  const cache = options.cache ? await openCache(root, env, options.cache) : undefined
  const builds: StoryBuild[] = []
  const slugs = new Map<string, StoryBuild>()
  const done = async (build: StoryBuild): Promise<void> => {
    markDuplicateSlug(slugs, build)
    builds.push(build)
    await options.onStory?.(build)
  }
  // Note: the core (parser, coach, renderers) is loaded only when a story needs building.
  let core: typeof import('./build.ts') | undefined
  for (const absolute of files) {
    const file = await readStory(absolute, root)
    const kept = await cache?.reuse(file)
    if (kept) {
      await done(kept)
      continue
    }
    core ??= await import('./build.ts')
    const build = await core.buildStory(file, cache ? cache.environment(file) : env)
    if (build.failed && cache) {
      const previous = await cache.previous(file)
      if (previous) build.kept = previous
    }
    cache?.built(build)
    await done(build)
  }
  const shared = [...assets.files, { path: 'index.html', contents: renderIndex(builds, assets.paths) }]
  return {
    builds,
    shared,
    missing,
    config,
    ...(configFile && configFile.messages.length > 0 ? { configFile } : {}),
    themeFiles: themeFiles(),
    ...(cache ? { cache } : {}),
  }
}

/** Two stories may not write the same folder: the later one fails. */
function markDuplicateSlug(seen: Map<string, StoryBuild>, build: StoryBuild): void {
  const slug = build.story?.slug ?? build.cached?.slug
  if (slug === undefined) return
  const first = seen.get(slug)
  if (first === undefined) {
    seen.set(slug, build)
    return
  }
  build.file.message(
    `Unexpected story with the same output folder \`${slug}\` as \`${first.file.path}\`, expected a different file name`,
    {
      place: { line: 1, column: 1 },
      ruleId: 'story/duplicate-slug',
      source: 'storydeck',
    },
  ).fatal = true
  build.failed = true
  build.outputs = []
  delete build.cached
}
