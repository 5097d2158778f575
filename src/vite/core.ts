/**
 * The seam between the dev server's cache and the project side of a build:
 * the environment stories are built with and the files outside story folders
 * (`index.html`, `assets/…`). Everything here comes from the modules
 * `storydeck build` uses (`project.ts`, `render/assets.ts`,
 * `render/index-page.ts`), so dev and build cannot drift apart.
 */
import type { BuildEnvironment, OutputFile, StoryBuild } from '../build.ts'
import type { VFile } from 'vfile'
import type { ProjectConfig } from '../config.ts'
import { projectEnvironment } from '../project.ts'
import { renderIndex } from '../render/index-page.ts'

/** What the dev server needs to build stories the way `storydeck build` does. */
export interface ProjectCore {
  env: BuildEnvironment
  /** Shared files for the given builds: the assets and the index page. */
  shared(builds: readonly StoryBuild[]): OutputFile[]
  /** The project's own theme files with warnings (see `projectEnvironment`). */
  themeFiles(): VFile[]
}

/**
 * Create the core for a project folder: reads the shared assets (reveal.js,
 * theme CSS) once; call again when a theme or the config changes.
 *
 * @param theme default theme when neither story nor config names one.
 */
export async function createCore(root: string, config: ProjectConfig, theme: string | undefined): Promise<ProjectCore> {
  const { env, assets, themeFiles } = await projectEnvironment(root, config)
  if (theme !== undefined) env.defaultTheme = theme
  return {
    env,
    themeFiles,
    shared: (builds) => [...assets.files, { path: 'index.html', contents: renderIndex(builds, assets.paths) }],
  }
}
