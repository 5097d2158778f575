/**
 * Link previews: the Open Graph and Twitter-card `<meta>` tags that chat
 * tools, intranets and newsletters read when a link is pasted. Pure.
 *
 * Note: link unfurlers fetch the page from their own servers and need
 * absolute addresses for `og:url` and `og:image`; without the site's address
 * (`site.url` in the config) the tags carry relative ones, which most
 * unfurlers ignore (the publish command says so).
 */
import type { Lang, Story } from '../types.ts'
import type { RenderContext, SocialInfo } from './context.ts'

/** One `<meta>` tag: `property` for Open Graph, `name` for Twitter cards. */
export interface SocialTag {
  /** `property` or `name`. */
  attribute: 'property' | 'name'
  key: string
  content: string
}

/** Open Graph locales of the story languages. */
const LOCALES: Readonly<Record<Lang, string>> = {
  en: 'en_GB',
  da: 'da_DK',
  nb: 'nb_NO',
  nn: 'nn_NO',
  sv: 'sv_SE',
  de: 'de_DE',
}

/**
 * The link-preview tags of one page.
 *
 * @param title the page's title (story title).
 * @param description one sentence: the story's *To* headline.
 * @param lang the page's language.
 * @param info where page and picture are; `page` relative to the site folder.
 * @param from the folder of the page that prints the tags, relative to the site folder (`harbour/` or ``), for relative addresses.
 */
export function socialTags(title: string, description: string, lang: Lang, info: SocialInfo, from = ''): SocialTag[] {
  const address = (target: string): string =>
    info.siteUrl === undefined ? relativeTo(from, target) : new URL(encodePath(target), info.siteUrl).href
  const og = (key: string, content: string): SocialTag => ({ attribute: 'property', key: `og:${key}`, content })
  const twitter = (key: string, content: string): SocialTag => ({ attribute: 'name', key: `twitter:${key}`, content })
  const tags: SocialTag[] = [
    og('type', 'website'),
    og('title', title),
    ...(description === '' ? [] : [og('description', description)]),
    og('locale', LOCALES[lang]),
    og('url', address(info.page)),
  ]
  if (info.image !== undefined) {
    tags.push(og('image', address(info.image)))
    if (info.imageSize !== undefined)
      tags.push(og('image:width', String(info.imageSize.width)), og('image:height', String(info.imageSize.height)))
    if (info.imageAlt !== undefined) tags.push(og('image:alt', info.imageAlt))
  }
  tags.push(twitter('card', info.image === undefined ? 'summary' : 'summary_large_image'), twitter('title', title))
  if (description !== '') tags.push(twitter('description', description))
  if (info.image !== undefined) tags.push(twitter('image', address(info.image)))
  return tags
}

/** `a/b c.png` -> `a/b%20c.png`: each path part encoded, the slashes kept. */
function encodePath(target: string): string {
  return target.split('/').map(encodeURIComponent).join('/')
}

/** A site-relative path as seen from a folder of the site (`harbour/`). */
function relativeTo(from: string, target: string): string {
  const encoded = encodePath(target)
  return from !== '' && encoded.startsWith(from)
    ? encoded.slice(from.length)
    : `${'../'.repeat(from.split('/').length - 1)}${encoded}`
}

/**
 * The link-preview tags of a story page (`index.html` or `poster.html` in its
 * folder): title, the *To* headline, the preview picture. Empty unless the
 * context asks for them (a published site).
 */
export function storySocialTags(story: Story, context: Readonly<RenderContext>, page: string): SocialTag[] {
  if (context.social === undefined) return []
  const folder = `${story.slug}/`
  return socialTags(
    story.meta.title,
    story.spine.to?.headline?.text ?? story.meta.subtitle ?? '',
    story.meta.lang,
    { ...context.social, page: `${folder}${page}` },
    folder,
  )
}
