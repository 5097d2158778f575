/**
 * `--images` of `storydeck build` and `storydeck publish`: the width asked
 * for, and (for `build`) taking the pictures of the stories just written.
 */
import path from 'node:path'
import type { ProjectBuild } from '../../project/build.ts'
import { booleanFlag, numberFlag, UsageError, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { buildLines } from '../../messages/catalogue/cli.ts'
import { tell } from '../../messages/text.ts'
import type { Lang } from '../../types.ts'

/** Default width of `--images` pictures, in pixels (the deck's own width). */
export const DEFAULT_IMAGE_WIDTH = 1280

/**
 * `--images` and `--image-width`: the width to take pictures at, or undefined without `--images`.
 *
 * @param lang the language of a wrong use's message (the one asked for; the stories are not read yet).
 */
export function imageWidthOf(parsed: Parsed, lang: Lang = 'en'): number | undefined {
  const width = numberFlag(parsed, 'image-width')
  if (width !== undefined && (width < 320 || width > 3840))
    throw new UsageError(tell(buildLines.imageWidth, lang, { width }))
  if (!booleanFlag(parsed, 'images')) {
    if (width !== undefined) throw new UsageError(tell(buildLines.imageWidthAlone, lang))
    return undefined
  }
  return width ?? DEFAULT_IMAGE_WIDTH
}

/**
 * Take one picture per slide and the poster's of every story built now (or
 * whose pictures are missing), into its folder.
 *
 * @returns false when the pictures could not be taken.
 */
export async function buildPictures(
  out: string,
  result: ProjectBuild,
  width: number,
  io: Io,
  silent: boolean,
): Promise<boolean> {
  const { paperOf, takePictures } = await import('../../publish/pictures.ts')
  const { existsSync } = await import('node:fs')
  const jobs = result.builds.flatMap((build) => {
    const slug = build.story?.slug ?? build.cached?.slug
    if (build.failed || slug === undefined) return []
    const folder = path.join(out, slug)
    if (build.cached !== undefined && existsSync(path.join(folder, 'slide-01.png'))) return []
    const paper = build.story?.meta.poster ?? paperOf(folder)
    return [{ name: slug, folder, preview: false, imageWidth: width, ...(paper === undefined ? {} : { paper }) }]
  })
  const lang = result.lang
  const done = await takePictures(jobs, {
    lang,
    ...(silent ? {} : { progress: (line: string) => io.stderr.write(`${line}\n`) }),
  })
  if (!done.ok) io.stderr.write(`${tell(buildLines.picturesNotMade, lang, { reason: done.reason })}\n`)
  return done.ok
}
