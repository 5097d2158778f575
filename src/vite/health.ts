/**
 * The dev server's story health page (`@storydeck/health.html?page=…`): the
 * same page as `storydeck lint --format html`, drawn from the builds the dev
 * server already holds, for one story or, from the index, for all. Linked
 * from the coach badge.
 */
import type { ServerResponse } from 'node:http'
import { storyHealth } from '../lint/health.ts'
import { renderHealthPage } from '../render/health.ts'
import type { Site } from '../project/site.ts'

/** URL path (under Vite's base) of the health page. */
export const HEALTH_PATH = '@storydeck/health.html'

/**
 * Send the health page of the story `page` belongs to (every story's on the index).
 *
 * @param page the page's path, as the badge sends it.
 * @param base Vite's `base` (ends with `/`).
 */
export function sendHealthPage(response: ServerResponse, site: Site, page: string, base: string, head: boolean): void {
  const rest = page.startsWith(base) ? page.slice(base.length) : page
  const slug = rest.split('/')[0] ?? ''
  const builds =
    slug === '' || slug === 'index.html' ? site.builds() : [site.story(slug)].filter((build) => build !== undefined)
  const health = builds.flatMap((build) => (build.story ? [storyHealth(build.file, build.story)] : []))
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  response.end(head ? undefined : renderHealthPage(health))
}
