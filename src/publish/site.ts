/**
 * The last steps of `storydeck publish`, after the stories (and their PDFs)
 * are written into the site folder: take the pictures (link previews, and
 * slides and poster with `--images`), and write the landing page from what is
 * in the folder, so it lists every published story and links only to files
 * that exist.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { StoryBuild } from '../build.ts'
import type { ProjectBuild } from '../project/build.ts'
import { ASSET_KEYS } from '../render/assets.ts'
import { renderIndexPage } from '../render/index-page.ts'
import { writeFileAtomic } from '../project/write.ts'
import { readSiteEntries } from './entries.ts'
import { paperOf, takePictures, type PictureJob } from './pictures.ts'
import { publishLines } from '../messages/catalogue/cli.ts'
import { tell } from '../messages/text.ts'
import type { Lang } from '../types.ts'

/** Options of {@link finishSite}. */
export interface SiteOptions {
  /** Take the link-preview pictures (`preview.png`). Default true. */
  previews?: boolean
  /** Width in pixels of `slide-NN.png` and `poster.png`; none when undefined. */
  imageWidth?: number
  /** Say what happens (progress, warnings). */
  say(line: string): void
  /** Language of what is said. Default `en`. */
  lang?: Lang
}

/**
 * Take the pictures the published stories need and write the landing page.
 *
 * @param out absolute site folder.
 * @returns false when pictures were asked for and could not be taken (the pages and the index are still written).
 */
export async function finishSite(out: string, result: ProjectBuild, options: Readonly<SiteOptions>): Promise<boolean> {
  const siteUrl = result.config.site?.url
  const lang = options.lang ?? 'en'
  if (siteUrl === undefined) options.say(tell(publishLines.noSiteUrl, lang))
  const jobs = result.builds.flatMap((build) => pictureJob(out, build, options))
  const pictures = await takePictures(jobs, { progress: options.say, lang })
  if (!pictures.ok) options.say(tell(publishLines.picturesNotMade, lang, { reason: pictures.reason }))
  const drafts = new Set(
    result.builds.flatMap((build) => (build.draft === true && build.story ? [build.story.slug] : [])),
  )
  const entries = await readSiteEntries(out, drafts)
  await writeFileAtomic(
    path.join(out, 'index.html'),
    renderIndexPage(entries, {
      assets: sharedAssetPaths(result),
      social: siteUrl === undefined ? {} : { siteUrl },
    }),
  )
  return pictures.ok
}

/** What to take of one story: everything when it was built now, else only what is missing. */
function pictureJob(out: string, build: StoryBuild, options: Readonly<SiteOptions>): PictureJob[] {
  const slug = build.story?.slug ?? build.cached?.slug
  if (build.failed || build.draft === true || slug === undefined) return []
  const folder = path.join(out, slug)
  if (!existsSync(path.join(folder, 'index.html'))) return []
  const fresh = build.cached === undefined
  const preview = (options.previews ?? true) && (fresh || !existsSync(path.join(folder, 'preview.png')))
  const images =
    options.imageWidth !== undefined && (fresh || !existsSync(path.join(folder, 'slide-01.png')))
      ? { imageWidth: options.imageWidth }
      : {}
  const paper = build.story?.meta.poster ?? paperOf(folder)
  if (!preview && images.imageWidth === undefined) return []
  return [
    {
      name: slug,
      folder,
      preview,
      ...images,
      ...(paper === undefined || !existsSync(path.join(folder, 'poster.html')) ? {} : { paper }),
    },
  ]
}

/** The shared assets' paths, read off the shared files (`assets/index.1a2b3c4d.css`). */
function sharedAssetPaths(result: ProjectBuild): Record<string, string> {
  const css = result.shared.find((file) => /^assets\/index\.[0-9a-f]{8}\.css$/.test(file.path))
  return css === undefined ? {} : { [ASSET_KEYS.indexCss]: css.path }
}
