/**
 * Everything the town hall server may send, as a fixed table of URL path ->
 * bytes made once at start. Requests are answered from this table only, so
 * the server can never reach a project file (stories with their notes,
 * config, `node_modules`) the way a dev server would.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { liveLabelsFor } from '../i18n/live-labels.ts'
import { joinPolicy, livePolicy, presenterDeckPolicy } from '../render/csp.ts'
import { renderAudiencePage, renderJoinPage, renderModeratePage, renderPresenterDeck } from '../render/live-pages.ts'
import { readingSlides } from '../render/live-slides.ts'
import { mediaTypeOf } from '../media-types.ts'
import { packageRoot } from '../themes/load.ts'
import type { BuiltTalk } from './talk.ts'

/** One file the server can send. */
export interface SiteFile {
  body: Buffer
  type: string
  /** Only with the presenter's cookie (the deck with notes, the moderation page). */
  presenter: boolean
  /** Content-Security-Policy header for HTML pages. */
  csp?: string
}

/** The server's whole content. */
export interface Site {
  /** URL path -> file. */
  files: Map<string, SiteFile>
  /** Reading-view HTML per slide (sent over the channel as slides are reached). */
  slides: string[]
  /** The join page again, saying the code typed was not right (answer of `/join`). */
  joinWrong: SiteFile
}

/** Our client files served with every talk. */
const CLIENT_FILES = ['audience.js', 'moderate.js', 'presenter.js', 'live.css']

/**
 * Make the site of a talk.
 *
 * @param code the join code: the talk's pages live under `/<code>/`.
 * @param joinUrl the address the audience opens (shown on the deck).
 */
export function makeSite(talk: BuiltTalk, code: string, joinUrl: string): Site {
  const { story, context } = talk
  const labels = liveLabelsFor(story.meta.lang)
  const files = new Map<string, SiteFile>()
  const base = `/${code}/`
  const page = (html: string, presenter: boolean, csp: string): SiteFile => ({
    body: Buffer.from(html),
    type: 'text/html; charset=utf-8',
    presenter,
    csp,
  })
  const options = { lang: story.meta.lang, title: story.meta.title, labels }
  files.set(base, page(renderAudiencePage(options), false, livePolicy()))
  files.set(`${base}moderate`, page(renderModeratePage(options, { url: joinUrl, code }), true, livePolicy()))
  const scriptHashes = context.scriptHashes ?? []
  const deck = renderPresenterDeck({ deckHtml: talk.deckHtml, scriptHashes, joinUrl, code, labels })
  files.set(`${base}deck`, page(deck, true, presenterDeckPolicy(scriptHashes)))
  const client = path.join(packageRoot(), 'src', 'client')
  for (const name of CLIENT_FILES)
    files.set(`${base}${name}`, {
      body: readFileSync(path.join(client, name)),
      type: mediaTypeOf(name),
      presenter: false,
    })
  for (const [name, bytes] of talk.storyFiles)
    files.set(`${base}${name}`, { body: Buffer.from(bytes), type: mediaTypeOf(name), presenter: false })
  for (const [name, bytes] of talk.sharedFiles)
    files.set(`/${name}`, { body: Buffer.from(bytes), type: mediaTypeOf(name), presenter: false })
  // Note: the join page at `/` links its style from `/live.css`, not from the talk's folder, so it never shows the code.
  files.set('/', page(renderJoinPage(options, '/live.css', false), false, joinPolicy()))
  files.set('/live.css', { ...(files.get(`${base}live.css`) as SiteFile) })
  const joinWrong = page(renderJoinPage(options, '/live.css', true), false, joinPolicy())
  return { files, slides: readingSlides(story, context), joinWrong }
}
