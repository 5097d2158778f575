/**
 * `dist/index.html`: every built story with links to its deck and poster.
 * Relative links only, no script (its policy allows none). Pure.
 */
import Mustache from 'mustache'
import type { StoryBuild } from '../build-types.ts'
import { labelsFor } from '../i18n/labels.ts'
import { LANGS, type Lang } from '../types.ts'
import { ENDONYMS } from '../story/versions.ts'
import { ASSET_KEYS } from './assets.ts'
import { staticPolicy } from './csp.ts'

/** What the index template prints. */
export interface IndexView {
  lang: Lang
  csp: string
  stylesheet: string
  title: string
  stories: {
    lang: Lang
    title: string
    organisation: string
    subtitle: string
    deckHref: string
    deckLabel: string
    posterHref: string
    posterLabel: string
    /** The story's language versions, each named in itself; empty without versions. */
    languages: { lang: Lang; name: string; href: string }[]
  }[]
}

const TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{csp}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{title}}</title>
{{#stylesheet}}<link rel="stylesheet" href="{{stylesheet}}">{{/stylesheet}}
</head>
<body>
<main class="index">
<h1>{{title}}</h1>
<ul class="stories">
{{#stories}}
<li class="story" lang="{{lang}}">
<p class="organisation">{{organisation}}</p>
<h2><a href="{{deckHref}}">{{title}}</a></h2>
{{#subtitle}}<p class="subtitle">{{subtitle}}</p>{{/subtitle}}
<p class="links"><a class="deck" href="{{deckHref}}">{{deckLabel}}</a>{{#posterHref}} <a class="poster" href="{{posterHref}}">{{posterLabel}}</a>{{/posterHref}} <span class="lang">{{lang}}</span></p>
{{#languages.length}}<p class="languages">{{#languages}}<a href="{{href}}" hreflang="{{lang}}" lang="{{lang}}">{{name}}</a> {{/languages}}</p>{{/languages.length}}
</li>
{{/stories}}
</ul>
</main>
</body>
</html>
`

/** Build the index view from the builds that succeeded. */
export function indexView(builds: readonly StoryBuild[], assets: Readonly<Record<string, string>>): IndexView {
  const stories = builds.flatMap((build) => {
    // Note: a story kept from an earlier build (`cached`, unchanged) is listed as
    // well, and so is one that fails now but whose last good outputs are kept.
    const story = build.failed ? build.kept : (build.story ?? build.cached)
    if (story === undefined) return []
    const labels = labelsFor(story.meta.lang)
    const slug = story.slug.split('/').map(encodeURIComponent).join('/')
    const paths = build.kept?.paths ?? build.cached?.paths ?? build.outputs.map((output) => output.path)
    const hasPoster = paths.includes(`${story.slug}/poster.html`)
    return [
      {
        lang: story.meta.lang,
        title: story.meta.title,
        organisation: story.meta.organisation ?? '',
        subtitle: story.meta.subtitle ?? '',
        deckHref: `${slug}/index.html`,
        deckLabel: labels.deck,
        posterHref: hasPoster ? `${slug}/poster.html` : '',
        posterLabel: labels.poster,
        languages: [] as { lang: Lang; name: string; href: string }[],
      },
    ]
  })
  groupVersions(stories)
  // Note: the page itself is English unless every story shares one language.
  const langs = new Set(stories.map((story) => story.lang))
  const [only] = langs
  const lang: Lang = langs.size === 1 && only !== undefined && LANGS.includes(only) ? only : 'en'
  return {
    lang,
    csp: staticPolicy(),
    stylesheet: assets[ASSET_KEYS.indexCss] ?? '',
    title: labelsFor(lang).stories,
    stories,
  }
}

/**
 * One card per story: a language version (`<name>/<lang>/`) is listed on its
 * source's card, in place; one whose source is not listed keeps its own card.
 */
function groupVersions(stories: IndexView['stories']): void {
  const sources = new Map(stories.map((story) => [story.deckHref, story]))
  for (let index = stories.length - 1; index >= 0; index--) {
    const story = stories[index] as IndexView['stories'][number]
    const parts = story.deckHref.split('/')
    if (parts.length !== 3) continue
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

/** Render `dist/index.html`. */
export function renderIndex(builds: readonly StoryBuild[], assets: Readonly<Record<string, string>>): string {
  return Mustache.render(TEMPLATE, indexView(builds, assets), {})
}
