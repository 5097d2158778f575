/**
 * The dev server's request handler: serves the pages and files of the
 * in-memory site under Vite's base, and passes a broken story's error to
 * Vite so its error overlay shows it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ClientMessage } from './client.ts'
import { firstError, toStoryError } from './errors.ts'
import { HEALTH_PATH, sendHealthPage } from './health.ts'
import { MESSAGES_PATH, prepareDevPage } from './html.ts'
import type { Site } from '../project/site.ts'
import { mediaTypeOf } from '../media-types.ts'

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
    if (rest !== '' && !rest.includes('/') && site.story(rest) !== undefined) {
      response.writeHead(302, { location: `${prefix}${rest}/${url.search}` }).end()
      return
    }
    const outputPath = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest
    const slug = outputPath.split('/')[0] ?? ''
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

/** The coach messages shown on a page: its story's, or every story's on the index. */
export function messagesOf(site: Site, page: string, base: string): ClientMessage[] {
  const rest = page.startsWith(base) ? page.slice(base.length) : page
  const slug = rest.split('/')[0] ?? ''
  const builds =
    slug === '' || slug === 'index.html' ? site.builds() : [site.story(slug)].filter((build) => build !== undefined)
  return builds.flatMap((build) =>
    build.file.messages
      .filter((message) => message.fatal !== true)
      .map((message) => ({
        file: build.file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        severity: message.fatal === false ? ('warning' as const) : ('hint' as const),
        reason: message.reason,
        ruleId: message.ruleId ?? '',
      })),
  )
}

function sendJson(response: ServerResponse, value: unknown): void {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  response.end(JSON.stringify(value))
}
