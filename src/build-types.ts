/**
 * Types the build orchestrator, the renderers and the project engine share:
 * what a build needs from outside the core (`BuildEnvironment`, with the
 * font files it may load), and what it gives back (`StoryBuild`,
 * `OutputFile`). The plain data the project side hands in (config, file
 * reads, the cache's record of a story) is in `types.ts`.
 * Types only: importing this module pulls no code into a bundle.
 */
import type { VFile } from 'vfile'
import type { RenderContext } from './render/context.ts'
import type { Theme } from './themes/theme.ts'
import type { SpellerLoad } from './lint/hunspell.ts'
import type { CachedStory, Lang, ProjectConfig, ProjectFileResult, Story } from './types.ts'

/** A file to write, relative to the output folder (posix separators). */
export interface OutputFile {
  path: string
  contents: string | Uint8Array
}

/** Result of building one story. */
export interface StoryBuild {
  file: VFile
  story: Story | undefined
  /**
   * Files of this story, under `<slug>/`, plus content-hashed shared files
   * under `assets/` (a brand font); empty when it failed.
   */
  outputs: OutputFile[]
  failed: boolean
  /** What the story was rendered with (theme, image URLs); set when it built. Take-away formats reuse it. */
  context?: RenderContext
  /**
   * Set when the story was unchanged since the last build and was not built
   * again (see `cache.ts`): `story` is undefined, `outputs` is empty and its
   * earlier outputs stay in the output folder.
   */
  cached?: CachedStory
  /**
   * Set when the story failed now but its last good build's outputs are still
   * in the output folder (they are kept): the index keeps listing them.
   */
  kept?: CachedStory
  /** Set when a published build left the story out because its frontmatter says `draft: true`: no outputs. */
  draft?: true
}

/** Everything a build needs from outside the core, injected by the caller. */
export interface BuildEnvironment {
  config: ProjectConfig
  /** Load a theme by name (cached by the caller); undefined when it does not exist. */
  loadTheme(name: string): Promise<Theme | undefined>
  /** Names of the themes that exist, for messages. */
  themeNames(): Promise<string[]>
  /** Read a project-relative file, refusing anything outside the project. */
  readFile(projectPath: string): Promise<ProjectFileResult>
  /** Shared asset key -> path under the output folder (e.g. `assets/reveal.1a2b3c4d.js`). */
  assets: Readonly<Record<string, string>>
  /** CSP hash sources of inline scripts the shared assets create (see `RenderContext.scriptHashes`). */
  scriptHashes?: readonly string[]
  /** Default theme name when neither story nor config names one. */
  defaultTheme: string
  /** Read the woff2 files of an installed `@fontsource/<name>` package; undefined when it is not installed. */
  loadFont?(name: string): Promise<FontPackage | undefined>
  /** The config file, so problems with project-wide settings (`brand`) are shown there, once. */
  configFile?: VFile
  /**
   * The story files of the language family of the project-relative story
   * file `storyPath` (`<name>.md` and `<name>.<lang>.md`, itself included),
   * project-relative. Default: none (each story is built alone).
   */
  family?(storyPath: string): readonly string[]
  /**
   * Build for the published site (`storydeck publish`), not for the
   * presenter: drafts are left out, speaker notes are left out of every
   * output unless `publish.notes` allows them, and the pages carry link
   * previews. Default `false`.
   */
  publish?: boolean
  /**
   * The spelling checker of a language, loaded once per process and only
   * when a story in that language is coached; absent: spelling is not checked.
   */
  loadSpeller?(lang: Lang): Promise<SpellerLoad>
}

/** A font's files as read from an `@fontsource/<name>` package (before naming them in `assets/`). */
export interface FontPackage {
  /** Package name without the scope, e.g. `source-sans-3`. */
  name: string
  /** CSS family name, e.g. `Source Sans 3`. */
  family: string
  files: Array<{ fileName: string; subset: string; weight: number; bytes: Uint8Array; unicodeRange: string }>
}
