/**
 * The story index's own language (heading, filter box, counts): the one most
 * of its cards are written in, English when two are as common.
 */
import { describe, expect, it } from 'vitest'
import { labelsFor } from '../../src/i18n/labels.ts'
import { renderIndexPage, type StoryEntry } from '../../src/render/index-page.ts'
import type { Lang } from '../../src/types.ts'

function entry(slug: string, lang: Lang): StoryEntry {
  return {
    slug,
    meta: { title: `Story ${slug}`, lang },
    headlines: {},
    paths: [`${slug}/index.html`],
  }
}

function pageLang(entries: StoryEntry[]): { lang: string | undefined; heading: string | undefined } {
  const html = renderIndexPage(entries, { assets: {} })
  return { lang: /<html lang="([a-z]+)">/.exec(html)?.[1], heading: /<h1>([^<]*)<\/h1>/.exec(html)?.[1] }
}

describe('the story index’s language', () => {
  it('is the stories’ language when they share one', () => {
    expect(pageLang([entry('a', 'sv'), entry('b', 'sv')])).toEqual({ lang: 'sv', heading: labelsFor('sv').stories })
  })

  it('is the language most cards are in; a language version counts on its source’s card', () => {
    // Two Danish cards (one with an English and a German version) and one English card: Danish.
    const entries = [entry('a', 'da'), entry('a/en', 'en'), entry('a/de', 'de'), entry('b', 'da'), entry('c', 'en')]
    expect(pageLang(entries)).toEqual({ lang: 'da', heading: labelsFor('da').stories })
    expect(labelsFor('da').stories).not.toBe(labelsFor('en').stories)
  })

  it('counts a language version whose source is not listed as a card of its own', () => {
    expect(pageLang([entry('a/de', 'de'), entry('b/de', 'de'), entry('c', 'en')]).lang).toBe('de')
  })

  it('is English when two languages are as common', () => {
    expect(pageLang([entry('a', 'da'), entry('b', 'nb')])).toEqual({ lang: 'en', heading: labelsFor('en').stories })
  })
})
