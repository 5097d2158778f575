/**
 * The pure side of town hall live: the reading view of each slide (no
 * notes, headings from h2), the audience and moderation pages (escaped,
 * strict policy, labels in the story's language, no language menu unless
 * versions exist) and the presenter's deck (policy opened to the server
 * only, join panel, a clear error for a template without a policy).
 */
import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { LANGS } from '../../src/types.ts'
import { liveLabelsFor } from '../../src/i18n/live-labels.ts'
import { ASSET_KEYS, themeAssetKey } from '../../src/render/assets.ts'
import type { RenderContext } from '../../src/render/context.ts'
import { renderDeck } from '../../src/render/deck.ts'
import { renderAudiencePage, renderModeratePage, renderPresenterDeck } from '../../src/render/live-pages.ts'
import { readingSlides } from '../../src/render/live-slides.ts'
import { loadTheme, packageRoot } from '../../src/themes/load.ts'
import type { Theme } from '../../src/themes/theme.ts'
import { parse, SPINE, withBody } from '../util/story.ts'

const theme = (await loadTheme(packageRoot(), 'nordic')) as Theme
const context: RenderContext = {
  theme,
  images: new Map(),
  assets: {
    [ASSET_KEYS.revealJs]: '../assets/reveal.11111111.js',
    [ASSET_KEYS.deckJs]: '../assets/deck.44444444.js',
    [themeAssetKey('nordic', 'deck.css')]: '../assets/nordic-deck.55555555.css',
  },
  html: false,
  scriptHashes: ['sha256-abc='],
}
const { story } = parse(
  withBody(
    `Lead text.\n\nNote: SECRET lead note.\n\n${SPINE}\nNote: SECRET spine note.\n\n# Picture\n\n## A <b>bold</b> claim\n\nText {{mustache}}.\n\nNote: SECRET slide note.\n`,
    'title: Tom & <Jerry>',
  ),
)
if (story === undefined) throw new Error('the test story did not parse')

describe('reading view', () => {
  it('has one fragment per deck slide, without notes, headings from h2', () => {
    const slides = readingSlides(story, context)
    const deck = load(renderDeck(story, context))
    expect(slides).toHaveLength(deck('.reveal .slides > section').length)
    expect(slides.join('\n')).not.toContain('SECRET')
    expect(deck.html()).toContain('SECRET')
    const all = load(slides.join('\n'))
    expect(all('h1')).toHaveLength(0)
    expect(all('h2').first().text()).toBe('Tom & <Jerry>')
    expect(slides.join('\n')).toContain('Text {{mustache}}.')
  })
})

describe('audience and moderation pages', () => {
  it('escape the title, keep a strict policy and load only our script', () => {
    for (const html of [
      renderAudiencePage({ lang: 'en', title: '<script>x</script>', labels: liveLabelsFor('en') }),
      renderModeratePage({ lang: 'en', title: '<script>x</script>', labels: liveLabelsFor('en') }),
    ]) {
      const $ = load(html)
      expect($('script[src]').length).toBe(1)
      expect($('script:not([src])').attr('type')).toBe('application/json')
      expect(html).not.toContain('<script>x</script>')
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain("script-src 'self'")
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).not.toContain('unsafe-inline')
    }
  })

  it.each(LANGS)('speaks the story’s language: %s', (lang) => {
    const $ = load(renderAudiencePage({ lang, title: 'T', labels: liveLabelsFor(lang) }))
    expect($('html').attr('lang')).toBe(lang)
    expect($('#sd-ask-heading').text()).toBe(liveLabelsFor(lang).askHeading)
    const labels = JSON.parse($('#sd-labels').text()) as Record<string, string>
    expect(labels.send).toBe(liveLabelsFor(lang).send)
  })

  it('shows a language menu only when other versions exist', () => {
    const labels = liveLabelsFor('de')
    expect(load(renderAudiencePage({ lang: 'de', title: 'T', labels }))('nav a')).toHaveLength(0)
    const $ = load(
      renderAudiencePage({
        lang: 'de',
        title: 'T',
        labels,
        versions: [{ lang: 'en', name: 'English', href: '?lang=en' }],
      }),
    )
    const link = $('nav.languages a[hreflang="en"]')
    expect(link.text()).toBe('English')
    expect(link.attr('lang')).toBe('en')
    expect(link.attr('href')).toBe('?lang=en')
    expect($('nav.languages').text()).toContain(labels.otherLanguages)
  })
})

describe('presenter deck', () => {
  const deckHtml = renderDeck(story, context)
  const options = {
    deckHtml,
    scriptHashes: ['sha256-abc='],
    joinUrl: 'http://10.0.0.2:4321/ABCDEF/',
    code: 'ABCDEF',
    labels: liveLabelsFor('en'),
  }

  it('opens the policy to its own server only, keeps the notes, adds the join panel and script', () => {
    const $ = load(renderPresenterDeck(options))
    const policy = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? ''
    expect(policy).toContain("connect-src 'self'")
    expect(policy).toContain("'sha256-abc='")
    expect($('meta[http-equiv="Content-Security-Policy"]')).toHaveLength(1)
    expect($('aside.notes').text()).toContain('SECRET')
    const join = load($('#sd-live-template').html() ?? '')
    expect(join('.sd-join-code strong').text()).toBe('ABCDEF')
    expect(join('.sd-qr svg[role="img"]')).toHaveLength(1)
    expect($('script[src="presenter.js"]')).toHaveLength(1)
  })

  it('says so when a theme’s deck template has no policy', () => {
    expect(() => renderPresenterDeck({ ...options, deckHtml: '<html><body></body></html>' })).toThrow(
      /Content-Security-Policy/,
    )
  })
})
