/**
 * After a rebuild: tell the terminal what happened (warnings with their
 * places, errors with a code frame) and tell open pages to reload, or show
 * Vite's error overlay for a story that no longer builds.
 */
import type { ViteDevServer } from 'vite'
import type { StoryBuild } from '../build.ts'
import { storySlug as slugOfStem } from '../story/parse.ts'
import { RELOAD_EVENT, type ReloadPayload } from './client.ts'
import { firstError, formatWarnings, toErrorPayload, toStoryError } from './errors.ts'
import type { SiteUpdate } from '../project/site.ts'
import { devLines, reportLines } from '../messages/catalogue/cli.ts'
import { messagesLangOf, projectLang } from '../messages/lang.ts'
import { tell } from '../messages/text.ts'

/** Slugs that failed at the last announcement; kept by the plugin instance. */
export type FailingSet = Set<string>

/** Slugs of failing stories for which Vite's error page was served (a page without storydeck's client); kept by the plugin instance. */
export type ErrorPageSet = Set<string>

/**
 * Report an update to the terminal and to connected pages.
 *
 * @param failing slugs that were failing before; updated in place.
 * @param errorPages slugs whose error page was served while failing; updated in place.
 * @param milliseconds how long the rebuild took, for the terminal.
 * @param first whether this is the first build of the server (nothing to reload yet).
 */
export function announce(
  server: ViteDevServer,
  update: SiteUpdate,
  failing: FailingSet,
  errorPages: ErrorPageSet,
  milliseconds: number,
  first = false,
): void {
  const base = server.config.base
  const logger = server.config.logger
  const pages = new Set<string>()
  const fixed: string[] = []
  for (const file of update.themeFiles ?? [])
    for (const line of formatWarnings(file)) logger.warn(`[storydeck] ${line}`, { timestamp: true })
  for (const build of update.rebuilt) {
    const slug = slugOf(build)
    for (const line of formatWarnings(build.file)) logger.warn(`[storydeck] ${line}`, { timestamp: true })
    const message = build.failed ? firstError(build.file) : undefined
    if (message) {
      const error = toStoryError(message, build.file)
      const word = tell(reportLines.error, messagesLangOf(build.file))
      logger.error(
        `[storydeck] ${build.file.path}:${error.loc.line}:${error.loc.column}: ${word}: ${error.message}\n${error.frame}`,
        {
          timestamp: true,
        },
      )
      server.ws.send({ type: 'error', err: toErrorPayload(error) })
      failing.add(slug)
      continue
    }
    // Note: only a page that Vite's error page replaced needs Vite's reload; an open deck (with our client) updates in place.
    if (failing.delete(slug) && errorPages.delete(slug)) fixed.push(slug)
    pages.add(`${base}${slug}/`)
    pages.add(`${base}${slug}/poster.html`)
  }
  for (const slug of update.removed) {
    failing.delete(slug)
    errorPages.delete(slug)
    pages.add(`${base}${slug}/`)
    pages.add(`${base}${slug}/poster.html`)
  }
  if (update.shared) pages.add(base)
  const payload: ReloadPayload = { pages: [...pages] }
  if (payload.pages.length > 0) server.ws.send({ type: 'custom', event: RELOAD_EVENT, data: payload })
  // Note: Vite's error page, shown instead of the deck, has only Vite's client; reload it Vite's way.
  for (const slug of fixed) {
    server.ws.send({ type: 'full-reload', path: `/${slug}/index.html` })
    server.ws.send({ type: 'full-reload', path: `/${slug}/poster.html` })
  }
  const built = update.rebuilt.filter((build) => !build.failed)
  if (built.length > 0) {
    const lang = projectLang(
      undefined,
      built.map((build) => build.file),
    )
    const line = tell(first ? devLines.built : devLines.rebuilt, lang, {
      names: built.map(slugOf).join(', '),
      ms: Math.round(milliseconds),
    })
    logger.info(`[storydeck] ${line}`, { timestamp: true })
  }
}

function slugOf(build: StoryBuild): string {
  return build.story?.slug ?? slugOfStem(build.file.stem ?? '')
}
