/**
 * Take-away formats of a project build, made from what the build already
 * rendered: the PowerPoint joins each story's own outputs (so it is written,
 * or kept, with the story's folder), and the single-file deck and poster are
 * returned as files beside the folders. (The handout page is always part of
 * a story's outputs; see `build.ts`.) Writes nothing.
 */
import type { OutputFile, StoryBuild } from '../build.ts'
import type { ProjectBuild } from '../project/build.ts'
import type { ThemeColours } from '../themes/theme.ts'
import { inlineDocument } from '../render/single-file.ts'

/** Which take-away formats to make. */
export interface TakeawayOptions {
  /** `<slug>.html` and `<slug>.poster.html`: everything inlined. Default false. */
  singleFile?: boolean
  /** `<slug>/deck.pptx`. Default false. */
  pptx?: boolean
}

/**
 * Add the take-away formats to the stories that built.
 *
 * @returns the single files, to write with the shared files (their paths are outside the story folders).
 */
export async function addTakeaways(result: ProjectBuild, options: Readonly<TakeawayOptions>): Promise<OutputFile[]> {
  const singles: OutputFile[] = []
  for (const build of result.builds) {
    if (build.failed || build.story === undefined || build.context === undefined) continue
    if (options.pptx) build.outputs.push({ path: `${build.story.slug}/deck.pptx`, contents: await pptxOf(build) })
    if (options.singleFile) singles.push(...singleFiles(build, result.shared))
  }
  return singles
}

/** The deck and poster of one story as single files: `<slug>.html`, `<slug>.poster.html` (`<name>.<lang>.html` for a version). */
export function singleFiles(build: StoryBuild, shared: readonly OutputFile[]): OutputFile[] {
  const slug = build.story?.slug
  if (slug === undefined) return []
  const files = new Map<string, OutputFile['contents']>(
    [...shared, ...build.outputs].map((file) => [file.path, file.contents]),
  )
  const read = (file: string): Uint8Array | undefined => {
    const contents = files.get(file)
    return typeof contents === 'string' ? new TextEncoder().encode(contents) : contents
  }
  const page = (source: string, target: string): OutputFile[] => {
    const html = read(source)
    if (html === undefined) return []
    const inlined = inlineDocument(new TextDecoder().decode(html), { path: source, read })
    return [{ path: target, contents: siblingLinks(build, inlined, target.endsWith('.poster.html')) }]
  }
  // Note: a language version `<name>/<lang>` becomes `<name>.<lang>.html`, beside its source's single file.
  const flat = slug.replace('/', '.')
  return [...page(`${slug}/index.html`, `${flat}.html`), ...page(`${slug}/poster.html`, `${flat}.poster.html`)]
}

/**
 * A single file of a story with language versions links its siblings'
 * single files (`<name>.de.html`), not their folders.
 */
function siblingLinks(build: StoryBuild, html: string, poster: boolean): string {
  const story = build.story
  const family = build.context?.family
  if (story === undefined || family === undefined) return html
  const name = story.version?.name ?? story.slug
  const source = family[0]?.lang
  let result = html
  for (const member of family) {
    const flat = member.lang === source ? name : `${name}.${member.lang}`
    const page = poster ? 'poster.html' : 'index.html'
    result = result.replaceAll(`href="${member.href}${page}"`, `href="${flat}${poster ? '.poster' : ''}.html"`)
  }
  return result
}

/** The story's PowerPoint, with its images and logo taken from the build's outputs. */
async function pptxOf(build: StoryBuild): Promise<Uint8Array> {
  const { story, context } = build
  if (story === undefined || context === undefined) throw new Error('pptx: the story did not build')
  // Note: loaded on use, so `storydeck build` without `--pptx` never loads pptxgenjs.
  const [{ renderPptx }, { placeableImage }] = await Promise.all([
    import('../pptx/deck.ts'),
    import('../pptx/images.ts'),
  ])
  const fileOf = (relative: string): Uint8Array | undefined => {
    const file = build.outputs.find((output) => output.path === `${story.slug}/${relative}`)
    return file === undefined || typeof file.contents === 'string' ? undefined : file.contents
  }
  const bytesOf = (url: string): Uint8Array | undefined => {
    const relative = context.images.get(url)
    return relative === undefined ? undefined : fileOf(relative)
  }
  const images = new Map<string, NonNullable<ReturnType<typeof placeableImage>>>()
  for (const image of story.images) {
    const bytes = bytesOf(image.url)
    const placed = bytes === undefined ? undefined : placeableImage(bytes)
    if (placed !== undefined) images.set(image.url, placed)
  }
  const { manifest } = context.theme
  // Note: read through a structural type: the build's resolved branding (contrast-adjusted colours, copied logo, brand font) when it made one.
  const rendered = (context as { brand?: { colours?: ThemeColours; logo?: string; font?: { family?: string } } }).brand
  const brand = story.meta.brand
  const logoBytes = rendered?.logo ? fileOf(rendered.logo) : brand?.logo === undefined ? undefined : bytesOf(brand.logo)
  const logo = logoBytes === undefined ? undefined : placeableImage(logoBytes)
  const family = rendered?.font?.family
  const withBrandFont = (list: string): string => (family ? `'${family}', ${list}` : list)
  return renderPptx(story, {
    colours: rendered?.colours ?? {
      ...manifest.colours,
      ...(brand?.primary === undefined ? {} : { primary: brand.primary }),
      ...(brand?.accent === undefined ? {} : { accent: brand.accent }),
    },
    fonts: { body: withBrandFont(manifest.fonts.body), heading: withBrandFont(manifest.fonts.heading) },
    logoPlacement: manifest.logo.placement,
    images,
    ...(logo === undefined ? {} : { logo }),
  })
}
