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
import { followSlides, type ReadingVersion } from '../render/live-versions.ts'
import { deckView } from '../render/deck-view.ts'
import type { RenderContext } from '../render/context.ts'
import { ENDONYMS } from '../story/versions.ts'
import type { Lang, Story } from '../types.ts'
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
  /**
   * Reading-view HTML per language and slide (sent over the channel as
   * slides are reached): for each language version, what a phone reading it
   * sees of each of the presenter's slides (index = the presenter's slide).
   * The presenter's language is always there.
   */
  slides: Map<Lang, string[]>
  /** The audience page per language (`/<code>/?lang=da`); the presenter's language is also at `/<code>/`. */
  audience: Map<Lang, SiteFile>
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
  const members = familyMembers(talk)
  const presented = readingVersion(story, context, '')
  const slides = new Map<Lang, string[]>()
  const audience = new Map<Lang, SiteFile>()
  for (const member of members) {
    const lang = member.story.meta.lang
    const memberLabels = liveLabelsFor(lang)
    const reading = member === members[0] ? presented : readingVersion(member.story, member.context, `${lang}/`)
    slides.set(lang, followSlides(presented, reading, memberLabels.notInVersion))
    const versions = members
      .filter((other) => other !== member)
      .map((other) => ({
        lang: other.story.meta.lang,
        name: ENDONYMS[other.story.meta.lang],
        href: `?lang=${other.story.meta.lang}`,
      }))
    const html = renderAudiencePage({ lang, title: member.story.meta.title, labels: memberLabels, versions })
    audience.set(lang, page(html, false, livePolicy()))
  }
  files.set(base, audience.get(story.meta.lang) as SiteFile)
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
  // Note: a version's images live under its language (`/<code>/da/img/…`), as its reading view links them.
  for (const version of talk.versions)
    for (const [name, bytes] of version.storyFiles)
      files.set(`${base}${version.story.meta.lang}/${name}`, {
        body: Buffer.from(bytes),
        type: mediaTypeOf(name),
        presenter: false,
      })
  for (const [name, bytes] of talk.sharedFiles)
    files.set(`/${name}`, { body: Buffer.from(bytes), type: mediaTypeOf(name), presenter: false })
  // Note: the join page at `/` links its style from `/live.css`, not from the talk's folder, so it never shows the code.
  files.set('/', page(renderJoinPage(options, '/live.css', false), false, joinPolicy()))
  files.set('/live.css', { ...(files.get(`${base}live.css`) as SiteFile) })
  const joinWrong = page(renderJoinPage(options, '/live.css', true), false, joinPolicy())
  return { files, slides, audience, joinWrong }
}

/** The talk's story and its versions, the presented one first, the others in the family's order (source first). */
function familyMembers(talk: BuiltTalk): Array<{ story: Story; context: RenderContext }> {
  const order = (talk.context.family ?? []).map((link) => link.lang)
  const others = talk.versions
    .filter((version) => version.story.meta.lang !== talk.story.meta.lang && order.includes(version.story.meta.lang))
    .sort((a, b) => order.indexOf(a.story.meta.lang) - order.indexOf(b.story.meta.lang))
  return [{ story: talk.story, context: talk.context }, ...others]
}

/**
 * A member's reading view and slide places. `folder` is where its images
 * are served, relative to the audience page: `` for the presented story,
 * `da/` for its Danish version (`da/img/team.jpg`).
 */
function readingVersion(story: Story, context: Readonly<RenderContext>, folder: string): ReadingVersion {
  const lang = story.meta.lang
  const own = folder === '' ? context : { ...context, images: prefixed(context.images, folder) }
  const view = deckView(story, own)
  return { lang, slides: readingSlides(story, own, view), places: view.slides.map((slide) => slide.place) }
}

function prefixed(images: ReadonlyMap<string, string>, prefix: string): Map<string, string> {
  return new Map([...images].map(([url, name]) => [url, `${prefix}${name}`]))
}
