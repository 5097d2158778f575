/**
 * The dev server's request handler: serves the pages and files of the
 * in-memory site under Vite's base, and passes a broken story's error to
 * Vite so its error overlay shows it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ClientBadge } from './client.ts'
import { devLines } from '../messages/catalogue/cli.ts'
import { messagesLangOf, projectLang } from '../messages/lang.ts'
import { tell } from '../messages/text.ts'
import { firstError, toStoryError } from './errors.ts'
import { HEALTH_PATH, sendHealthPage } from './health.ts'
import { MESSAGES_PATH, prepareDevPage } from './html.ts'
import type { Site } from '../project/site.ts'
import { mediaTypeOf } from '../media-types.ts'
import type { Story } from '../types.ts'
import { SIDE_BY_SIDE_PAGE, SIDE_BY_SIDE_SCRIPT, SIDE_BY_SIDE_SCRIPT_PATH, sideBySidePage } from './side-by-side.ts'

/** A connect-style middleware. */
export type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void

/**
 * Create the middleware.
 *
 * @param site the built project.
 * @param base Vite's `base`, read on each request (ends with `/`).
 * @param errorPageServed called with a story's slug when Vite's error page is sent instead of one of its pages.
 */
export function createMiddleware(
  site: Site,
  base: () => string,
  errorPageServed: (slug: string) => void = () => {},
): Middleware {
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next()
    const url = new URL(request.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return next()
    }
    const prefix = base()
    if (!pathname.startsWith(prefix)) return next()
    const rest = pathname.slice(prefix.length)
    if (rest === MESSAGES_PATH) return sendJson(response, messagesOf(site, url.searchParams.get('page') ?? '', prefix))
    if (rest === HEALTH_PATH)
      return sendHealthPage(response, site, url.searchParams.get('page') ?? '', prefix, request.method === 'HEAD')
    if (rest.includes('\0') || rest.split('/').some((part) => part === '..' || part.startsWith('.'))) return next()
    // Note: `/<name>` and a language version's `/<name>/<lang>` redirect to their folder.
    if (rest !== '' && !rest.endsWith('/') && site.story(rest) !== undefined) {
      response.writeHead(302, { location: `${prefix}${rest}/${url.search}` }).end()
      return
    }
    if (rest === SIDE_BY_SIDE_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
      response.end(request.method === 'HEAD' ? undefined : SIDE_BY_SIDE_SCRIPT)
      return
    }
    const pair = sideBySide(site, rest)
    if (pair !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      response.end(request.method === 'HEAD' ? undefined : sideBySidePage(pair.source, pair.version, prefix))
      return
    }
    const outputPath = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest
    const slug = slugOfPath(site, outputPath)
    const story = site.story(slug)
    if (story?.failed && outputPath.endsWith('.html')) {
      const message = firstError(story.file)
      if (message) {
        errorPageServed(slug)
        return next(toStoryError(message, story.file))
      }
    }
    const file = site.output(outputPath)
    if (file === undefined) return next()
    const type = mediaTypeOf(outputPath)
    const body = type.startsWith('text/html') ? prepareDevPage(String(file.contents), prefix) : file.contents
    // Note: shared assets have content-hashed names, so the browser may keep them; a reload then only fetches the page.
    const cache = outputPath.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-store'
    response.writeHead(200, { 'content-type': type, 'cache-control': cache })
    response.end(request.method === 'HEAD' ? undefined : body)
  }
}

/**
 * The coach badge of a page: its story's messages, or every story's on the
 * index, with the badge's words in the message language (the story's, or
 * on the index the one most stories use).
 */
export function messagesOf(site: Site, page: string, base: string): ClientBadge {
  const rest = page.startsWith(base) ? page.slice(base.length) : page
  const slug = slugOfPath(site, rest)
  const index = slug === '' || slug === 'index.html'
  const builds = index ? site.builds() : [site.story(slug)].filter((build) => build !== undefined)
  const files = builds.map((build) => build.file)
  const lang = index || files[0] === undefined ? projectLang(undefined, files) : messagesLangOf(files[0])
  const messages = builds.flatMap((build) =>
    build.file.messages
      .filter((message) => message.fatal !== true)
      .map((message) => ({
        file: build.file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        severity: message.fatal === false ? ('warning' as const) : ('hint' as const),
        reason: message.reason,
        fix: message.note ?? '',
        ruleId: message.ruleId ?? '',
      })),
  )
  return {
    lang,
    label: `\u26a0 ${tell(devLines.badge, lang, { count: messages.length })}`,
    title: tell(devLines.badgeTitle, lang),
    health: tell(devLines.health, lang),
    messages,
  }
}

function sendJson(response: ServerResponse, value: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  response.end(JSON.stringify(value))
}

/** The source and version of a side-by-side page `<name>/<lang>/side-by-side.html`, when both built. */
function sideBySide(site: Site, rest: string): { source: Story; version: Story } | undefined {
  if (!rest.endsWith(`/${SIDE_BY_SIDE_PAGE}`)) return undefined
  const slug = rest.slice(0, -SIDE_BY_SIDE_PAGE.length - 1)
  const version = site.story(slug)?.story
  if (version?.version === undefined) return undefined
  const source = site.story(version.version.name)?.story
  return source === undefined ? undefined : { source, version }
}

/** The story folder a page is in: `<name>` or, for a language version, `<name>/<lang>`. */
function slugOfPath(site: Site, outputPath: string): string {
  const parts = outputPath.split('/')
  const version = parts.slice(0, 2).join('/')
  return parts.length > 2 && site.story(version) !== undefined ? version : (parts[0] ?? '')
}
