/**
 * The orchestrator: parse -> lint -> render for each story. Returns the
 * files to write; writes nothing itself.
 */
import path from 'node:path/posix'
import type { VFile } from 'vfile'
import { collectBrand } from './brand.ts'
import type { BuildEnvironment, OutputFile, StoryBuild } from './build-types.ts'
import type { RenderContext } from './render/context.ts'
import { renderDeck } from './render/deck.ts'
import { deckView } from './render/deck-view.ts'
import { renderHandout } from './render/handout.ts'
import { loadRawHtml } from './render/markdown.ts'
import { renderPoster } from './render/poster.ts'
import { findFamily, type Family } from './family.ts'
import { lintStory } from './lint/lint.ts'
import { frontmatterKeyPlace } from './story/key-place.ts'
import { classifyImage } from './story/images.ts'
import { parseStory } from './story/parse.ts'
import { publishesNotes, withoutNotes } from './story/without-notes.ts'
import { story as storyMessages } from './messages/catalogue/story.ts'
import { hasErrors, localise, say } from './messages/say.ts'
import { suggest } from './story/suggest.ts'
import { messagesLangOf } from './messages/lang.ts'
import type { PosterGeometry } from './themes/poster-geometry.ts'
import { ThemeError, type Theme } from './themes/theme.ts'
import type { ProjectConfig, Story } from './types.ts'
import './story/data.ts'

// Note: re-exported for the modules that still import them from here; their home is build-types.ts.
export type { BuildEnvironment, OutputFile, StoryBuild } from './build-types.ts'

/**
 * Output names storydeck uses itself: `dist/assets/` (shared files) and
 * `dist/index.html` (which a single-file `index.html` would overwrite).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['assets', 'index'])

/** Size of the link-preview picture of a published story, in pixels (what chat tools and intranets show best). */
export const PREVIEW_SIZE: Readonly<{ width: number; height: number }> = Object.freeze({ width: 1200, height: 630 })

/**
 * Build one story. Never throws for anything a story contains: unexpected
 * failures become one fatal message with the error as `cause`.
 */
export async function buildStory(file: VFile, env: BuildEnvironment): Promise<StoryBuild> {
  let build: StoryBuild
  try {
    build = await buildStoryUnsafe(file, env)
  } catch (error) {
    reportCrash(file, error)
    build = { file, story: undefined, outputs: [], failed: true }
  }
  localise(file, messagesLangOf(file))
  return build
}

/** The geometry the poster rule fits with, for a theme name (null: the default geometry). */
export type PosterGeometryOf = (themeName: string) => Promise<Readonly<PosterGeometry> | null>

/**
 * The first stage of {@link buildStory}, on its own for `storydeck lint`:
 * parse the story and coach it with the project's rule settings and its
 * theme's poster geometry. Never throws for anything a story contains (as
 * `buildStory`).
 *
 * @param geometryOf the poster geometry of the story's theme, by name.
 * @returns the story, or undefined when the file already has errors (it could
 *   not be read) or cannot be parsed.
 */
export async function coachStory(
  file: VFile,
  config: Readonly<ProjectConfig>,
  defaultTheme: string,
  geometryOf: PosterGeometryOf,
  env: FamilyEnvironment,
): Promise<Story | undefined> {
  let story: Story | undefined
  try {
    story = (await coachStoryUnsafe(file, config, defaultTheme, geometryOf, env))?.story
  } catch (error) {
    reportCrash(file, error)
  }
  localise(file, messagesLangOf(file))
  return story
}

/** What the coach needs of the environment to find a language version's source (see `family.ts`). */
export type FamilyEnvironment = Pick<BuildEnvironment, 'readFile' | 'family' | 'loadSpeller'>

async function coachStoryUnsafe(
  file: VFile,
  config: Readonly<ProjectConfig>,
  defaultTheme: string,
  geometryOf: PosterGeometryOf,
  env: FamilyEnvironment,
): Promise<{ story: Story; family: Family | undefined } | undefined> {
  if (hasErrors(file)) return undefined
  const story = parseStory(file)
  if (story === undefined) return undefined
  const poster = await geometryOf(story.meta.theme ?? config.theme ?? defaultTheme)
  // Note: a language version is coached against its source (`translation/drift`).
  const family = await findFamily(file, story, env)
  // Note: a frontmatter with errors is reported, not coached: a wrong `lang` would coach in another language.
  if (file.data.frontmatterErrors === true) return { story, family }
  lintStory(file, story, {
    rules: config.lint ?? null,
    poster,
    speller: (await env.loadSpeller?.(story.meta.lang)) ?? null,
    words: config.words ?? null,
    abbreviations: config.abbreviations ?? null,
    ...(family?.source && family.sourceFile ? { source: { story: family.source, file: family.sourceFile } } : {}),
  })
  return { story, family }
}

function reportCrash(file: VFile, error: unknown): void {
  say(
    file,
    storyMessages.crash,
    {},
    { place: { line: 1, column: 1 }, cause: error instanceof Error ? error : new Error(String(error)) },
  )
}

async function buildStoryUnsafe(file: VFile, env: BuildEnvironment): Promise<StoryBuild> {
  const failed = (story?: Story): StoryBuild => ({ file, story, outputs: [], failed: true })
  // Note: the theme is loaded before coaching (the poster rule fits with its geometry); its problems are
  // reported after the coach's, in the order they always were.
  let loaded: { theme: Theme | null | undefined; error: ThemeError | undefined } = { theme: null, error: undefined }
  const coached = await coachStoryUnsafe(
    file,
    env.config,
    env.defaultTheme,
    async (name) => {
      loaded = await env.loadTheme(name).then(
        (theme) => ({ theme, error: undefined }),
        (error: unknown) => {
          if (!(error instanceof ThemeError)) throw error
          return { theme: null, error }
        },
      )
      return loaded.theme?.manifest.poster ?? null
    },
    env,
  )
  if (coached === undefined) return failed()
  const { family } = coached
  // Note: the coach read the notes too; what is published is decided after it.
  if (env.publish === true && coached.story.meta.draft === true)
    return { file, story: coached.story, outputs: [], failed: false, draft: true }
  const story =
    env.publish === true && !publishesNotes(coached.story.meta, env.config.publish)
      ? withoutNotes(coached.story)
      : coached.story
  const themeName = story.meta.theme ?? env.config.theme ?? env.defaultTheme
  // Note: a language version writes into its source's folder, so the source's name counts.
  const name = story.version?.name ?? story.slug
  if (RESERVED_SLUGS.has(name)) {
    const suggestion = `${name}-story${story.version ? `.${story.version.lang}` : ''}.md`
    say(file, storyMessages.reservedName, { name, suggestion }, { place: { line: 1, column: 1 } })
  }

  const { theme, error } = loaded
  if (error !== undefined) {
    const problems = error.file.messages
      .filter((message) => message.fatal === true)
      .map(String)
      .join('\n')
    say(
      file,
      storyMessages.themeBroken,
      { theme: themeName, problems },
      { place: frontmatterKeyPlace(file, ['theme']) ?? { line: 1, column: 1 }, actual: themeName },
    )
  }
  if (theme === undefined) {
    const names = await env.themeNames()
    const guess = suggest(themeName, names)
    say(
      file,
      guess === undefined ? storyMessages.themeUnknown : storyMessages.themeUnknownGuess,
      { theme: themeName, names: names.map((n) => `\`${n}\``), ...(guess === undefined ? {} : { guess }) },
      { place: frontmatterKeyPlace(file, ['theme']) ?? { line: 1, column: 1 }, actual: themeName, expected: names },
    )
  }
  // Note: images are checked even when the story already has errors, so that
  // one run reports every problem.
  const images = await collectImages(file, story, env)
  const branding = theme ? await collectBrand(file, story, theme, env) : undefined
  if (!theme || branding === undefined || hasErrors(file)) return failed(story)

  const context: RenderContext = {
    theme,
    images: images.urls,
    // Note: a language version's folder is one level deeper (`<name>/<lang>/`).
    assets: Object.fromEntries(
      Object.entries(env.assets).map(([key, value]) => [key, `${'../'.repeat(story.slug.split('/').length)}${value}`]),
    ),
    html: env.config.html === true,
    scriptHashes: env.scriptHashes ?? [],
    brand: branding.brand,
    ...(family && family.links.length > 1 ? { family: family.links } : {}),
    ...(env.publish === true
      ? {
          social: {
            ...(env.config.site?.url === undefined ? {} : { siteUrl: env.config.site.url }),
            image: `${story.slug}/preview.png`,
            imageSize: PREVIEW_SIZE,
            imageAlt: story.meta.title,
          },
        }
      : {}),
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

/** The story model as stable, readable JSON for other tools (without the syntax tree's `node` and `heading`). */
export function storyJson(story: Story): string {
  // Note: the same text as `JSON.stringify(story, replacer, 2)` with a replacer dropping those keys, but a
  // replacer function makes V8 call back into JavaScript for every key (≈ 0.6 ms of each story, docs/performance.md).
  return `${JSON.stringify(withoutTrees(story), null, 2)}\n`
}

/** A plain copy of `value` without the keys `node` and `heading`, at any depth. */
function withoutTrees(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return withoutTrees((value as Date).toJSON())
  if (Array.isArray(value)) return value.map(withoutTrees)
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (key !== 'node' && key !== 'heading') copy[key] = withoutTrees((value as Record<string, unknown>)[key])
  }
  return copy
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
      say(file, storyMessages.imageRemote, {}, { place: image.position, actual: image.url })
      continue
    }
    if (target.kind === 'invalid') {
      say(file, target.message, target.values, { place: image.position, actual: image.url })
      continue
    }
    const result = await env.readFile(target.path)
    if (!result.ok) {
      const options = { place: image.position, actual: image.url }
      if (result.reason === 'outside') say(file, storyMessages.imageOutside, {}, options)
      else say(file, storyMessages.imageMissing, { url: image.url, path: target.path }, options)
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
