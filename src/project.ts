/**
 * The file-system side of a build, shared by the CLI and the Vite plugin:
 * finds and reads stories, loads themes and config, and runs the core.
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import { buildStory, type BuildEnvironment, type OutputFile, type StoryBuild } from './build.ts'
import type { ProjectConfig } from './config.ts'
import { planAssets, readAssetSources, type SharedAssets } from './render/assets.ts'
import { renderIndex } from './render/index-page.ts'
import { findStoryFiles, readConfig, readProjectFile, readStory } from './read.ts'
import { DEFAULT_THEME, listThemes, loadTheme } from './themes/load.ts'
import type { Theme } from './themes/theme.ts'

/** Options of {@link buildProject}. */
export interface ProjectOptions {
  /** Project folder (holds `stories/`, `themes/`, the config). */
  root: string
  /** Story files or folders, relative to `root`. Default `['stories']`. */
  inputs?: readonly string[]
}

/** Result of {@link buildProject}. */
export interface ProjectBuild {
  builds: StoryBuild[]
  /** Files outside story folders: `index.html`, `assets/…`. */
  shared: OutputFile[]
  /** The config file, when it has messages to show. */
  configFile?: VFile
  /** Inputs that matched no file. */
  missing: string[]
  config: ProjectConfig
}

/**
 * Create the environment the core needs, backed by the project folder.
 *
 * @param assets the shared assets, when the caller has read them already (default: read them).
 */
export async function createEnvironment(root: string, config: ProjectConfig, assets?: SharedAssets): Promise<BuildEnvironment> {
  const themes = new Map<string, Promise<Theme | undefined>>()
  const shared = assets ?? planAssets(await readAssetSources(root))
  return {
    config,
    defaultTheme: DEFAULT_THEME,
    loadTheme(name) {
      let theme = themes.get(name)
      if (theme === undefined) {
        theme = loadTheme(root, name)
        themes.set(name, theme)
      }
      return theme
    },
    themeNames: () => listThemes(root),
    readFile: (projectPath) => readProjectFile(root, projectPath),
    assets: shared.paths,
    scriptHashes: shared.scriptHashes
  }
}

/** Find, read and build every story; the caller writes the outputs. */
export async function buildProject(options: Readonly<ProjectOptions>): Promise<ProjectBuild> {
  const root = path.resolve(options.root)
  const { config, file: configFile } = await readConfig(root)
  const { files, missing } = await findStoryFiles(options.inputs ?? ['stories'], root)
  const assets = planAssets(await readAssetSources(root))
  const env = await createEnvironment(root, config, assets)
  const builds: StoryBuild[] = []
  for (const absolute of files) {
    builds.push(await buildStory(await readStory(absolute, root), env))
  }
  markDuplicateSlugs(builds)
  const shared = [...assets.files, { path: 'index.html', contents: renderIndex(builds, assets.paths) }]
  return { builds, shared, missing, config, ...(configFile && configFile.messages.length > 0 ? { configFile } : {}) }
}

/** Two stories may not write the same folder: the second one fails. */
function markDuplicateSlugs(builds: StoryBuild[]): void {
  const seen = new Map<string, StoryBuild>()
  for (const build of builds) {
    const slug = build.story?.slug
    if (slug === undefined) continue
    const first = seen.get(slug)
    if (first) {
      build.file.message(`Unexpected story with the same output folder \`${slug}\` as \`${first.file.path}\`, expected a different file name`, {
        place: { line: 1, column: 1 },
        ruleId: 'story/duplicate-slug',
        source: 'storydeck'
      }).fatal = true
      build.failed = true
      build.outputs = []
    } else {
      seen.set(slug, build)
    }
  }
}
