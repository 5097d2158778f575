/**
 * The orchestrator: parse -> lint -> render for each story. Returns the
 * files to write; writes nothing itself.
 */
import path from 'node:path/posix'
import type { VFile } from 'vfile'
import { collectBrand } from './brand.ts'
import type { FontPackage } from './render/brand.ts'
import type { RenderContext } from './render/context.ts'
import { renderDeck } from './render/deck.ts'
import { deckView } from './render/deck-view.ts'
import { renderHandout } from './render/handout.ts'
import { loadRawHtml } from './render/markdown.ts'
import { renderPoster } from './render/poster.ts'
import type { SpellerLoad } from './lint/hunspell.ts'
import { lintStory } from './lint/lint.ts'
import { classifyImage } from './story/images.ts'
import { parseStory } from './story/parse.ts'
import { hasErrors, report } from './story/report.ts'
import { ThemeError, type Theme } from './themes/theme.ts'
import type { CachedStory, Lang, ProjectConfig, ProjectFileResult, Story } from './types.ts'
import './story/data.ts'

/** A file to write, relative to the output folder (posix separators). */
export interface OutputFile {
  path: string
  contents: string | Uint8Array
}

/**
 * Output names storydeck uses itself: `dist/assets/` (shared files) and
 * `dist/index.html` (which a single-file `index.html` would overwrite).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['assets', 'index'])

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
   * The spelling checker of a language, loaded once per process and only
   * when a story in that language is coached; absent: spelling is not checked.
   */
  loadSpeller?(lang: Lang): Promise<SpellerLoad>
}

/**
 * Build one story. Never throws for anything a story contains: unexpected
 * failures become one fatal message with the error as `cause`.
 */
export async function buildStory(file: VFile, env: BuildEnvironment): Promise<StoryBuild> {
  try {
    return await buildStoryUnsafe(file, env)
  } catch (error) {
    report(
      file,
      'Unexpected failure while building this story, expected it to build; please report this with the story attached',
      {
        ruleId: 'internal/crash',
        place: { line: 1, column: 1 },
        cause: error instanceof Error ? error : new Error(String(error)),
      },
    )
    return { file, story: undefined, outputs: [], failed: true }
  }
}

async function buildStoryUnsafe(file: VFile, env: BuildEnvironment): Promise<StoryBuild> {
  const failed = (story?: Story): StoryBuild => ({ file, story, outputs: [], failed: true })
  if (hasErrors(file)) return failed()
  const story = parseStory(file)
  if (story === undefined) return failed()
  const themeName = story.meta.theme ?? env.config.theme ?? env.defaultTheme
  // Note: the theme is loaded before coaching (the poster rule fits with its geometry); its problems are
  // reported after the coach's, in the order they always were.
  const loaded = await env.loadTheme(themeName).then(
    (theme) => ({ theme, error: undefined }),
    (error: unknown) => {
      if (!(error instanceof ThemeError)) throw error
      return { theme: null, error }
    },
  )
  lintStory(file, story, {
    rules: env.config.lint ?? null,
    poster: loaded.theme?.manifest.poster ?? null,
    speller: (await env.loadSpeller?.(story.meta.lang)) ?? null,
    words: env.config.words ?? null,
    abbreviations: env.config.abbreviations ?? null,
  })
  if (RESERVED_SLUGS.has(story.slug)) {
    report(
      file,
      `Unexpected story file name \`${story.slug}\`, expected another name: storydeck keeps its own files there`,
      {
        ruleId: 'story/reserved-name',
        place: { line: 1, column: 1 },
        note: `Rename the file, for example to \`${story.slug}-story.md\`.`,
      },
    )
  }

  const { theme, error } = loaded
  if (error !== undefined) {
    report(file, `Unexpected theme \`${themeName}\` with errors, expected a theme without errors`, {
      ruleId: 'story/theme',
      place: keyPlace(file, 'theme'),
      actual: themeName,
      note: error.file.messages
        .filter((message) => message.fatal === true)
        .map(String)
        .join('\n'),
    })
  }
  if (theme === undefined) {
    const names = await env.themeNames()
    report(file, `Unexpected theme \`${themeName}\`, expected one of ${names.map((n) => `\`${n}\``).join(', ')}`, {
      ruleId: 'story/theme',
      place: keyPlace(file, 'theme'),
      actual: themeName,
      expected: names,
    })
  }
  // Note: images are checked even when the story already has errors, so that
  // one run reports every problem.
  const images = await collectImages(file, story, env)
  const branding = theme ? await collectBrand(file, story, theme, env) : undefined
  if (!theme || branding === undefined || hasErrors(file)) return failed(story)

  const context: RenderContext = {
    theme,
    images: images.urls,
    assets: Object.fromEntries(Object.entries(env.assets).map(([key, value]) => [key, `../${value}`])),
    html: env.config.html === true,
    scriptHashes: env.scriptHashes ?? [],
    brand: branding.brand,
  }
  if (context.html) await loadRawHtml()
  const outputs: OutputFile[] = [
    ...images.files,
    ...branding.outputs,
    { path: `${story.slug}/story.json`, contents: storyJson(story) },
  ]
  // Note: the deck and the handout show the same slides; build their view once.
  const view = deckView(story, context)
  outputs.push({ path: `${story.slug}/index.html`, contents: renderDeck(story, context, view) })
  outputs.push({ path: `${story.slug}/poster.html`, contents: renderPoster(story, context) })
  outputs.push({ path: `${story.slug}/handout.html`, contents: renderHandout(story, context, view) })
  return { file, story, outputs, failed: false, context }
}

/** The story model as stable, readable JSON for other tools. */
export function storyJson(story: Story): string {
  return `${JSON.stringify(story, (key, value: unknown) => (key === 'node' || key === 'heading' ? undefined : value), 2)}\n`
}

async function collectImages(
  file: VFile,
  story: Story,
  env: BuildEnvironment,
): Promise<{ urls: Map<string, string>; files: OutputFile[] }> {
  const urls = new Map<string, string>()
  const files: OutputFile[] = []
  // Note: resolve against the file's own cwd; posix `relative` alone would resolve a relative path against process.cwd().
  const storyDir = path.dirname(
    (file.path ? path.relative(file.cwd, path.resolve(file.cwd, file.path)) : '').split('\\').join('/'),
  )
  for (const image of story.images) {
    if (urls.has(image.url)) continue
    const target = classifyImage(image.url, storyDir === '.' ? '' : storyDir)
    if (target.kind === 'remote') {
      report(file, 'Unexpected image from the internet, expected an image file inside the project', {
        ruleId: 'image/remote',
        place: image.position,
        actual: image.url,
        note: 'The deck and poster must work without a network. Save the image next to the story and link it by its file name.',
      })
      continue
    }
    if (target.kind === 'invalid') {
      report(file, `Unexpected ${target.reason}, expected a path relative to the story, inside the project`, {
        ruleId: 'image/path',
        place: image.position,
        actual: image.url,
      })
      continue
    }
    const result = await env.readFile(target.path)
    if (!result.ok) {
      const reason =
        result.reason === 'outside'
          ? 'Unexpected image that leads outside the project folder, expected a file inside it'
          : `Unexpected missing image \`${image.url}\`, expected a file at \`${target.path}\``
      report(file, reason, { ruleId: 'image/path', place: image.position, actual: image.url })
      continue
    }
    const name = `img/${path.basename(result.path)}`
    const taken = files.find((candidate) => candidate.path === `${story.slug}/${name}`)
    const unique = taken ? `img/${files.length}-${path.basename(result.path)}` : name
    files.push({ path: `${story.slug}/${unique}`, contents: result.bytes })
    urls.set(image.url, unique)
  }
  return { urls, files }
}

function keyPlace(file: VFile, key: string): { line: number; column: number } {
  const lines = String(file.value).split(/\r?\n|\r/)
  const index = lines.findIndex((line) => line.startsWith(`${key}:`))
  return { line: index === -1 ? 1 : index + 1, column: 1 }
}
