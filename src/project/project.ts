/**
 * The project engine: opens a project folder into the environment the pure
 * core builds with, builds single stories while recording what each read
 * (`reads.ts`), and makes the files outside story folders (shared assets and
 * the index). `storydeck build`, `check`, `lint`, the dev server and the Vite
 * plugin all go through it, so they cannot drift apart.
 */
import { loadSpeller } from './spelling.ts'
import path from 'node:path'
import type { VFile } from 'vfile'
import type { BuildEnvironment, OutputFile, StoryBuild } from '../build.ts'
import { messagesLangOf } from '../messages/lang.ts'
import { story as says } from '../messages/catalogue/story.ts'
import { localise, say } from '../messages/say.ts'
import { planAssets, type SharedAssets } from '../render/assets.ts'
import { renderIndex } from '../render/index-page.ts'
import { readFontsource } from '../themes/fontsource.ts'
import { DEFAULT_THEME, listThemes, readTheme, usableTheme } from '../themes/load.ts'
import type { Theme } from '../themes/theme.ts'
import { readAssetSources } from './assets.ts'
import type { ProjectConfig } from './config.ts'
import { familyLookup, readConfig, readProjectFile } from './read.ts'
import { inputHashes, recordReads, type InputHashes, type StoryReads } from './reads.ts'

/** Options of {@link openProject}. */
export interface OpenOptions {
  /** Default theme when neither story nor config names one. Default `nordic`. */
  theme?: string | undefined
  /** Build for the published site (see `BuildEnvironment.publish`). Default `false`. */
  publish?: boolean | undefined
  /**
   * Check spelling (`spelling/unknown-word`). Default `true`. Note: reading a
   * language's dictionary costs about 0.2-0.4 s and 25 MB once per process,
   * so `storydeck build` leaves it to `lint`, `check` and the dev server.
   */
  spelling?: boolean | undefined
}

/** An open project; open it again when its config or a theme changes. */
export interface Project {
  /** Absolute project folder. */
  readonly root: string
  readonly config: ProjectConfig
  /** The config file, when there is one (project-wide problems are shown on it). */
  readonly configFile: VFile | undefined
  /** The environment the core builds with, backed by the project folder. */
  readonly env: BuildEnvironment
  readonly assets: SharedAssets
  /** Content hashes of themes, fonts and files, each computed once. */
  readonly hashes: InputHashes
  /** Build one story read from the project, recording what its build read. */
  build(file: VFile): Promise<{ build: StoryBuild; reads: StoryReads }>
  /** The files outside story folders for these builds: the shared assets and `index.html`. */
  shared(builds: readonly StoryBuild[]): OutputFile[]
  /** The project's own themes loaded so far whose `theme.json` has warnings (not errors), by path. */
  themeFiles(): VFile[]
}

/** Open the project in `root`: read its config, shared assets and themes. */
export async function openProject(root: string, options: Readonly<OpenOptions> = {}): Promise<Project> {
  const absolute = path.resolve(root)
  const { config, file: configFile } = await readConfig(absolute)
  const { env, assets, themeFiles } = await projectEnvironment(absolute, config)
  if (options.theme !== undefined) env.defaultTheme = options.theme
  if (options.spelling === false) delete env.loadSpeller
  if (configFile) env.configFile = configFile
  if (options.publish === true) env.publish = true
  const hashes = inputHashes(env)
  // Note: the core (parser, coach, renderers) is loaded only when a story needs building.
  let core: typeof import('../build.ts') | undefined
  return {
    root: absolute,
    config,
    configFile,
    env,
    assets,
    hashes,
    themeFiles,
    async build(file) {
      core ??= await import('../build.ts')
      const recording = recordReads(env, absolute, hashes)
      return { build: await core.buildStory(file, recording.env), reads: recording.reads }
    },
    shared: (builds) => [...assets.files, { path: 'index.html', contents: renderIndex(builds, assets.paths) }],
  }
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
interface ProjectEnvironment {
  env: BuildEnvironment
  assets: SharedAssets
  themeFiles(): VFile[]
}

/** {@link createEnvironment}, also returning the shared assets it read (each theme is read once for both) and the themes' warnings. */
async function projectEnvironment(
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
    family: familyLookup(root),
    loadFont: (name) => readFontsource(root, name),
    loadSpeller,
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

/**
 * Two stories may not write the same folder: the later one fails.
 *
 * @param seen slug -> the first build that claimed it, kept by the caller over one pass.
 */
export function markDuplicateSlug(seen: Map<string, StoryBuild>, build: StoryBuild): void {
  const slug = build.story?.slug ?? build.cached?.slug
  if (slug === undefined) return
  const first = seen.get(slug)
  if (first === undefined) {
    seen.set(slug, build)
    return
  }
  say(build.file, says.duplicateSlug, { slug, first: first.file.path }, { place: { line: 1, column: 1 } })
  // Note: the build already showed its messages in the story's language; this one joins them.
  localise(build.file, messagesLangOf(build.file))
  build.failed = true
  build.outputs = []
  delete build.cached
}
