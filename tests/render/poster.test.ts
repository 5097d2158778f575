/**
 * The poster HTML, read back through an HTML parser: every part in its
 * place per language, labels in the story's language, no notes, escaping,
 * no script, landmarks and headings in order, the sheet from the
 * frontmatter.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { load, type CheerioAPI } from 'cheerio'
import { toString } from 'mdast-util-to-string'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { formatDate, labelsFor } from '../../src/i18n/labels.ts'
import type { RenderContext } from '../../src/render/context.ts'
import { renderPoster } from '../../src/render/poster.ts'
import { parseStory } from '../../src/story/parse.ts'
import { loadTheme, packageRoot } from '../../src/themes/load.ts'
import type { Theme } from '../../src/themes/theme.ts'
import { LANGS, type Story } from '../../src/types.ts'
import { parse, withBody } from '../util/story.ts'

const theme = (await loadTheme(packageRoot(), 'nordic')) as Theme
const context: RenderContext = { theme, images: new Map(), assets: {}, html: false }

function storyOf(value: string): Story {
  const { story, messages } = parse(value)
  if (story === undefined || messages.some((message) => message.includes('error'))) throw new Error(messages.join('\n'))
  return story
}

function poster(value: string, overrides: Partial<RenderContext> = {}): CheerioAPI {
  return load(renderPoster(storyOf(value), { ...context, ...overrides }))
}

const text = ($: CheerioAPI, selector: string): string[] =>
  $(selector)
    .toArray()
    .map((node) => $(node).text().replace(/\s+/g, ' ').trim())

const FRONT = (lang: string) => `title: One queue becomes the right care
subtitle: Claims 2028
organisation: Example Insurance
author: Sam Berg
role: Chief Executive
date: 2026-11-22
lang: ${lang}
poster:
  size: A3
  link: https://intranet.example.com/vision?x=1&y=2
glossary:
  CX: customer experience`

const FULL = `A lead sentence for the header.

# From
Every claim waits in the same queue.

Today a windscreen and a flooded basement get the same forms.

Note: SECRET-FROM tell the Aarhus story.

# To
Simple claims settle themselves within a day.

Note: SECRET-HEADLINE pause here.

SECRET-TO notes run to the end of the slide.

# Because
A person in trouble needs a person.

# Purpose
We help people when something has gone wrong.

# The picture
A customer calls about a burst pipe.

# What it means for you

## Claims handlers
Fewer forms, more time with customers.

Note: SECRET-ROLE mention the pilot.

## IT
Automate the simple flows.

# The way there

## 2027 — Windscreens settle themselves
Windscreen claims settle automatically.

## 2028 — One contact
Every complex claim has one named contact.

Note: SECRET-STEP dates may move.

# Questions
- Which claims are windscreens?
- What would you stop doing first?
`

describe('renderPoster', () => {
  for (const lang of LANGS) {
    it(`puts every part in its place, with ${lang} labels`, () => {
      const $ = poster(withBody(FULL, FRONT(lang)))
      const labels = labelsFor(lang)
      expect($('html').attr('lang')).toBe(lang)
      expect(text($, 'header.masthead h1')).toEqual(['One queue becomes the right care'])
      expect(text($, 'header .masthead__org')).toEqual(['Example Insurance'])
      expect(text($, 'header .masthead__subtitle')).toEqual(['Claims 2028'])
      expect(text($, 'header .masthead__lead')).toEqual(['A lead sentence for the header.'])

      expect(text($, 'main .spine .spine__label')).toEqual([labels.kinds.from, labels.kinds.to, labels.kinds.because])
      expect(text($, 'main .spine .spine__headline')).toEqual([
        'Every claim waits in the same queue.',
        'Simple claims settle themselves within a day.',
        'A person in trouble needs a person.',
      ])
      expect(text($, '.spine__part--from .spine__more')).toEqual([
        'Today a windscreen and a flooded basement get the same forms.',
      ])
      expect($('.spine__part--to .spine__more, .spine__part--because .spine__more')).toHaveLength(0)

      expect(text($, 'main .about .block h2')).toEqual(['Purpose', 'The picture'])
      expect(text($, 'main .roles h2')).toEqual(['What it means for you'])
      expect(text($, 'main .roles li.tile h3')).toEqual(['Claims handlers', 'IT'])
      expect(text($, 'main .steps ol.timeline > li .step__time')).toEqual(['2027', '2028'])
      expect(text($, 'main .steps ol.timeline > li h3')).toEqual(['Windscreens settle themselves', 'One contact'])
      expect(text($, 'main .talk h2')).toEqual([labels.letsTalk])
      expect(text($, 'main .talk ol.questions > li')).toEqual([
        'Which claims are windscreens?',
        'What would you stop doing first?',
      ])
      expect(text($, 'main aside.glossary h2')).toEqual([labels.glossary])
      expect(text($, 'main aside.glossary dt')).toEqual(['CX'])
      expect(text($, 'main aside.glossary dd')).toEqual(['customer experience'])

      expect(text($, 'footer .colophon__author')).toEqual(['Sam Berg'])
      expect(text($, 'footer .colophon__who p')).toContain('Chief Executive')
      expect($('footer time').attr('datetime')).toBe('2026-11-22')
      expect(text($, 'footer time')).toEqual([formatDate('2026-11-22', lang)])
      expect(text($, 'footer .colophon__scan')).toEqual([labels.scanToOpen])
      expect($('footer .colophon__link a').attr('href')).toBe('https://intranet.example.com/vision?x=1&y=2')
      expect(text($, 'footer .colophon__link a')).toEqual(['https://intranet.example.com/vision?x=1&y=2'])
      expect($('footer .colophon__qr svg[role="img"]').attr('aria-label')).toBe(
        `${labels.scanToOpen}: https://intranet.example.com/vision?x=1&y=2`,
      )
    })
  }

  it('never shows speaker notes', () => {
    const html = renderPoster(storyOf(withBody(FULL, FRONT('en'))), context)
    expect(html).not.toMatch(/SECRET|Note:/)
  })

  it('has landmarks, headings in order and no script at all', () => {
    const $ = poster(withBody(FULL, FRONT('en')))
    expect($('header')).toHaveLength(1)
    expect($('main')).toHaveLength(1)
    expect($('footer')).toHaveLength(1)
    expect($('script')).toHaveLength(0)
    expect($('[onload], [onerror], [onclick]')).toHaveLength(0)
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain('script-src')
    const levels = $('h1, h2, h3, h4, h5, h6')
      .toArray()
      .map((node) => Number(node.tagName.slice(1)))
    expect(levels[0]).toBe(1)
    for (let index = 1; index < levels.length; index++)
      expect(levels[index]).toBeLessThanOrEqual((levels[index - 1] ?? 1) + 1)
    expect($('link, iframe, object, embed')).toHaveLength(0)
  })

  it('escapes story text and shows raw HTML as text', () => {
    const front = `title: "<script>alert('t')</script> & \\"quotes\\""
glossary:
  "<b>X</b>": "a < b & c"`
    const body = `Lead with <img src=x onerror=alert(1)>.

# From
Old <script>alert(2)</script> way.

# To
New way.

# Because
It matters.

# What it means for you

## <i>Handlers</i>
Text.
`
    const html = renderPoster(storyOf(withBody(body, front)), context)
    const $ = load(html)
    expect($('script')).toHaveLength(0)
    expect($('img')).toHaveLength(0)
    expect($('h1').text()).toBe(`<script>alert('t')</script> & "quotes"`)
    expect($('title').text()).toContain('<script>')
    expect($('.spine__part--from .spine__headline').text()).toContain('<script>alert(2)</script>')
    expect($('.tile h3').text()).toBe('<i>Handlers</i>')
    expect($('.glossary dt').text()).toBe('<b>X</b>')
    expect($('.glossary dd').text()).toBe('a < b & c')
    expect(html).not.toContain('<b>X</b>')
  })

  it('leaves out parts the story does not have, without borrowing text from elsewhere', () => {
    const $ = poster(withBody('# From\nOld.\n\n# To\nNew.\n\n# Because\nWhy.\n', 'title: Only the spine'))
    expect($('.roles, .steps, .talk, .glossary, .about, .colophon__qr, .masthead__org, .masthead__lead')).toHaveLength(
      0,
    )
    expect($('h3')).toHaveLength(0)
    expect($('h1').text()).toBe('Only the spine')
    expect(
      $('body')
        .text()
        .match(/Only the spine/g),
    ).toHaveLength(1)
  })

  it('shows story images with their alt text, loaded eagerly for print', () => {
    const body =
      '# From\nOld.\n\n# To\nNew.\n\n# Because\nWhy.\n\n# The picture\n![A harbour at dawn](img/harbour.jpg)\n'
    const $ = poster(withBody(body), { images: new Map([['img/harbour.jpg', 'img/harbour.jpg']]) })
    expect($('.block--picture img').attr('alt')).toBe('A harbour at dawn')
    expect($('.block--picture img').attr('src')).toBe('img/harbour.jpg')
    expect($('img[loading]')).toHaveLength(0)
  })

  const sheets = [
    ['A4', 'portrait', '210.00mm 297.00mm'],
    ['A3', 'landscape', '420.00mm 297.00mm'],
    ['A2', 'portrait', '420.00mm 594.00mm'],
    ['letter', 'landscape', '279.40mm 215.90mm'],
    ['tabloid', 'portrait', '279.40mm 431.80mm'],
  ] as const
  for (const [size, orientation, css] of sheets) {
    it(`sets the printed sheet for ${size} ${orientation}`, () => {
      const html = renderPoster(
        storyOf(withBody(FULL, `title: T\nposter:\n  size: ${size}\n  orientation: ${orientation}`)),
        context,
      )
      expect(html).toContain(`@page{size:${css};margin:0}`)
      expect(load(html)('.poster').hasClass('poster--split')).toBe(orientation === 'landscape')
    })
  }
})

describe('sample posters', () => {
  const storiesDir = fileURLToPath(new URL('../../stories/', import.meta.url))
  const names = readdirSync(storiesDir).filter((name) => name.endsWith('.md'))
  for (const name of names) {
    it(`${name}: every part of the story, in its language, under 40 KB`, () => {
      const file = new VFile({
        path: path.join(storiesDir, name),
        value: readFileSync(path.join(storiesDir, name), 'utf8'),
      })
      const story = parseStory(file) as Story
      const html = renderPoster(story, context)
      const $ = load(html)
      expect(Buffer.byteLength(html)).toBeLessThan(40 * 1024)
      expect($('html').attr('lang')).toBe(story.meta.lang)
      expect(text($, '.spine__headline')).toEqual(
        (['from', 'to', 'because'] as const).map((kind) => story.spine[kind]?.headline?.text.replace(/\s+/g, ' ')),
      )
      const roles = story.sections.find((section) => section.kind === 'roles')
      expect($('.tile')).toHaveLength(roles?.slides.filter((slide) => slide.title !== undefined).length ?? 0)
      const steps = story.sections.find((section) => section.kind === 'steps')
      expect($('.step')).toHaveLength(
        steps?.slides.filter((slide) => slide.title !== undefined || slide.time !== undefined).length ?? 0,
      )
      expect($('.questions > li')).toHaveLength(story.questions.length)
      expect($('.glossary dt')).toHaveLength(Object.keys(story.meta.glossary).length)
      const shown = $('body').text().replace(/\s+/g, ' ')
      const notes = story.sections.flatMap((section) => [
        ...(section.headline?.notes ?? []),
        ...section.slides.flatMap((slide) => slide.notes),
      ])
      for (const note of notes) {
        const words = toString(note).replace(/\s+/g, ' ').trim().slice(0, 40)
        if (words.length > 10) expect(shown).not.toContain(words)
      }
    })
  }
})
