/**
 * The story index (`index.html` of `dist/` and of a published site): one
 * card per story with its preview picture, title, organisation, author,
 * date and language, and links to each thing that was built, newest first.
 * A small inline script (allowed by its hash, nothing else may run) adds a
 * filter box and shows the cards a page at a time. Relative links only, so
 * the page works from file:// and under any sub-path. Pure: the caller says
 * which stories there are and which files exist.
 */
import Mustache from 'mustache'
import type { StoryBuild } from '../build-types.ts'
import { formatDate, labelsFor } from '../i18n/labels.ts'
import { siteLabelsFor, type SiteLabels } from '../i18n/site-labels.ts'
import { ENDONYMS } from '../story/versions.ts'
import { mostCommonLang } from '../messages/lang.ts'
import { type CachedStory, LANGS, type Lang, type StoryMeta } from '../types.ts'
import { ASSET_KEYS } from './assets.ts'
import type { SocialInfo } from './context.ts'
import { INDEX_SCRIPT, INDEX_SCRIPT_HASH } from './index-script.ts'
import { socialTags, type SocialTag } from './social.ts'

/** One story the index lists. */
export interface StoryEntry {
  /** Output folder name. */
  slug: string
  meta: Pick<StoryMeta, 'title' | 'lang'> & Partial<Pick<StoryMeta, 'organisation' | 'subtitle' | 'author' | 'date'>>
  /** The spine's headlines (from, to, because), for the filter box; the *To* headline is the story's summary. */
  headlines?: { from?: string; to?: string; because?: string }
  /** Paths (relative to the output folder) of the story's files that exist; the index links only to these. */
  paths: readonly string[]
}

/** Options of {@link renderIndexPage}. */
export interface IndexPageOptions {
  /** Shared asset key -> path under the output folder (the index stylesheet). */
  assets: Readonly<Record<string, string>>
  /** Link previews of the page itself (published site), pointing at the newest story's preview picture. Default: none. */
  social?: Pick<SocialInfo, 'siteUrl'>
  /** Cards per page. Default 24. */
  pageSize?: number
}

/** Cards shown at a time: a screen or two on a laptop, light on a phone. */
export const INDEX_PAGE_SIZE = 24

const TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{csp}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
{{#social}}
<meta {{attribute}}="{{key}}" content="{{content}}">
{{/social}}
<title>{{title}}</title>
{{#stylesheet}}<link rel="stylesheet" href="{{stylesheet}}">{{/stylesheet}}
</head>
<body>
<main class="index">
<h1>{{title}}</h1>
<div class="finder" id="finder" hidden>
<label for="filter">{{labels.filter}}</label>
<input id="filter" type="search" autocomplete="off" placeholder="{{labels.filterHint}}">
<p class="status" id="filter-status" role="status" data-count="{{labels.count}}" data-count-one="{{labels.countOne}}" data-none="{{labels.noMatch}}"></p>
</div>
<ul class="stories" id="stories" data-page-size="{{pageSize}}">
{{#stories}}
<li class="story" lang="{{lang}}" data-search="{{search}}">
{{#preview}}<a class="preview" href="{{deckHref}}" tabindex="-1" aria-hidden="true"><img src="{{preview}}" alt="" width="1200" height="630" loading="lazy"></a>{{/preview}}
<div class="card-text">
{{#organisation}}<p class="organisation">{{organisation}}</p>{{/organisation}}
<h2>{{#deckHref}}<a href="{{deckHref}}">{{title}}</a>{{/deckHref}}{{^deckHref}}{{title}}{{/deckHref}}</h2>
{{#subtitle}}<p class="subtitle">{{subtitle}}</p>{{/subtitle}}
<p class="byline">{{#byline}}<span>{{byline}}</span>{{/byline}}{{#date}}<time datetime="{{iso}}">{{date}}</time>{{/date}}<span class="lang">{{lang}}</span></p>
{{#languages.length}}<p class="languages">{{#languages}}<a href="{{href}}" hreflang="{{lang}}" lang="{{lang}}">{{name}}</a> {{/languages}}</p>{{/languages.length}}
<ul class="links">
{{#links}}
<li><a class="{{className}}" href="{{href}}">{{label}}</a></li>
{{/links}}
</ul>
</div>
</li>
{{/stories}}
</ul>
<nav class="pager" id="pager" aria-label="{{labels.pages}}" hidden>
<button type="button" id="pager-previous">{{labels.previous}}</button>
<span id="pager-where" data-page="{{labels.page}}"></span>
<button type="button" id="pager-next">{{labels.next}}</button>
</nav>
</main>
<script>{{{script}}}</script>
</body>
</html>
`

/** What each link is: the file it needs, its class and its label. */
const LINKS: readonly {
  file: (slug: string) => string
  className: string
  label: (story: ReturnType<typeof labelsFor>, site: SiteLabels) => string
}[] = [
  { file: (slug) => `${slug}/index.html`, className: 'deck', label: (story) => story.deck },
  { file: (slug) => `${slug}/poster.html`, className: 'poster', label: (story) => story.poster },
  { file: (slug) => `${slug}/poster.pdf`, className: 'poster-pdf', label: (_, site) => site.posterPdf },
  { file: (slug) => `${slug}/deck.pdf`, className: 'deck-pdf', label: (_, site) => site.deckPdf },
  { file: (slug) => `${slug}/handout.pdf`, className: 'handout', label: (_, site) => `${site.handout} (PDF)` },
  // Note: the handout page, when its PDF was not printed (`--no-pdf`); never both.
  { file: (slug) => `${slug}/handout.html`, className: 'handout', label: (_, site) => site.handout },
  { file: (slug) => `${slug}/deck.pptx`, className: 'pptx', label: (_, site) => site.pptx },
  // Note: a language version's single file is `<name>.<lang>.html`, beside its source's `<name>.html`.
  { file: (slug) => `${slug.replace('/', '.')}.html`, className: 'single-file', label: (_, site) => site.singleFile },
]

/** Newest first; stories without a date after those with one, then by title. */
export function sortEntries(entries: readonly StoryEntry[]): StoryEntry[] {
  return [...entries].sort((a, b) => {
    const byDate = (b.meta.date ?? '').localeCompare(a.meta.date ?? '')
    return byDate !== 0 ? byDate : a.meta.title.localeCompare(b.meta.title) || a.slug.localeCompare(b.slug)
  })
}

/**
 * The page's language: the one most of its cards are written in (a language
 * version is counted on its source's card), English when two languages are
 * as common, as the CLI chooses the language of its lines.
 */
function pageLang(entries: readonly StoryEntry[]): Lang {
  const sources = new Set(entries.map((entry) => entry.slug))
  const cards = entries.filter((entry) => {
    const [source, version] = entry.slug.split('/')
    return version === undefined || source === undefined || !sources.has(source)
  })
  return mostCommonLang(cards.map(({ meta }) => meta.lang).filter((lang) => LANGS.includes(lang)))
}

/**
 * Render the story index.
 *
 * @param entries the stories to list (any order; sorted newest first).
 * @returns the complete HTML document.
 */
export function renderIndexPage(entries: readonly StoryEntry[], options: Readonly<IndexPageOptions>): string {
  const lang = pageLang(entries)
  const title = labelsFor(lang).stories
  const sorted = sortEntries(entries)
  const stories = sorted.map((entry) => {
    const { meta, slug } = entry
    const has = new Set(entry.paths)
    const storyLabels = labelsFor(meta.lang)
    const site = siteLabelsFor(meta.lang)
    const folder = slug.split('/').map(encodeURIComponent).join('/')
    const href = (file: string): string =>
      file.startsWith(`${slug}/`) ? `${folder}/${file.slice(slug.length + 1)}` : encodeURIComponent(file)
    const links = LINKS.filter(
      (link) =>
        has.has(link.file(slug)) && !(link.file(slug).endsWith('/handout.html') && has.has(`${slug}/handout.pdf`)),
    ).map((link) => ({
      className: link.className,
      href: href(link.file(slug)),
      label: link.label(storyLabels, site),
    }))
    const headlines = entry.headlines ?? {}
    return {
      lang: meta.lang,
      title: meta.title,
      organisation: meta.organisation ?? '',
      subtitle: meta.subtitle ?? headlines.to ?? '',
      byline: meta.author ?? '',
      date: meta.date === undefined ? '' : formatDate(meta.date, meta.lang),
      iso: meta.date ?? '',
      deckHref: has.has(`${slug}/index.html`) ? `${folder}/index.html` : '',
      preview: has.has(`${slug}/preview.png`) ? `${folder}/preview.png` : '',
      links,
      languages: [] as { lang: Lang; name: string; href: string }[],
      search: [
        meta.title,
        meta.organisation,
        meta.subtitle,
        meta.author,
        headlines.from,
        headlines.to,
        headlines.because,
      ]
        .filter(Boolean)
        .join(' ')
        .toLowerCase(),
    }
  })
  groupVersions(stories)
  const newest = sorted.find((entry) => entry.paths.includes(`${entry.slug}/preview.png`))
  const social: SocialTag[] =
    options.social === undefined
      ? []
      : socialTags(
          title,
          sorted
            .slice(0, 3)
            .map((entry) => entry.meta.title)
            .join(' · '),
          lang,
          {
            ...(options.social.siteUrl === undefined ? {} : { siteUrl: options.social.siteUrl }),
            page: 'index.html',
            ...(newest === undefined ? {} : { image: `${newest.slug}/preview.png`, imageAlt: newest.meta.title }),
          },
        )
  return Mustache.render(
    TEMPLATE,
    {
      lang,
      csp: indexPolicy(),
      title,
      stylesheet: options.assets[ASSET_KEYS.indexCss] ?? '',
      social,
      labels: siteLabelsFor(lang),
      pageSize: options.pageSize ?? INDEX_PAGE_SIZE,
      stories,
      script: INDEX_SCRIPT,
    },
    {},
  )
}

/** The index's policy: no script but its own filter script (by hash), pictures and styles from the site. */
function indexPolicy(): string {
  return [
    "default-src 'none'",
    `script-src '${INDEX_SCRIPT_HASH}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * The entries of a build's stories: those built now, those unchanged since
 * the last build, and those that fail now but whose last good outputs are
 * kept. Drafts left out of a published build are not listed.
 */
export function entriesOfBuilds(builds: readonly StoryBuild[]): StoryEntry[] {
  return builds.flatMap((build): StoryEntry[] => {
    if (build.draft === true) return []
    const story = build.failed ? build.kept : (build.story ?? build.cached)
    if (story === undefined) return []
    const paths = build.kept?.paths ?? build.cached?.paths ?? build.outputs.map((output) => output.path)
    const full = build.failed ? undefined : build.story
    const headline = (kind: 'from' | 'to' | 'because'): { [key: string]: string } => {
      const text = full?.spine[kind]?.headline?.text
      return text === undefined ? {} : { [kind]: text }
    }
    const headlines =
      full === undefined
        ? (story as CachedStory).headlines
        : { ...headline('from'), ...headline('to'), ...headline('because') }
    return [
      {
        slug: story.slug,
        meta: story.meta,
        ...(headlines === undefined ? {} : { headlines }),
        paths,
      },
    ]
  })
}

/** Render `dist/index.html` from a build's results. */
export function renderIndex(builds: readonly StoryBuild[], assets: Readonly<Record<string, string>>): string {
  return renderIndexPage(entriesOfBuilds(builds), { assets })
}

/**
 * One card per story: a language version (`<name>/<lang>/`) is listed on its
 * source's card as a language, in place; one whose source is not listed keeps
 * its own card.
 */
function groupVersions(
  stories: { lang: Lang; deckHref: string; languages: { lang: Lang; name: string; href: string }[] }[],
): void {
  const sources = new Map(stories.map((story) => [story.deckHref, story]))
  for (let index = stories.length - 1; index >= 0; index--) {
    const story = stories[index]
    const parts = story?.deckHref.split('/') ?? []
    if (story === undefined || parts.length !== 3) continue
    const source = sources.get(`${parts[0]}/index.html`)
    if (source === undefined) continue
    source.languages.push({ lang: story.lang, name: ENDONYMS[story.lang], href: story.deckHref })
    stories.splice(index, 1)
  }
  for (const story of stories) {
    if (story.languages.length === 0) continue
    story.languages.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang))
    story.languages.unshift({ lang: story.lang, name: ENDONYMS[story.lang], href: story.deckHref })
  }
}
