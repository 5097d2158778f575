/**
 * The deck HTML, read back through an HTML parser: slides in order per
 * section kind, labels per language, escaping, assets and policy.
 */
import { createHash } from 'node:crypto'
import { load, type CheerioAPI } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { ASSET_KEYS, hashedName, planAssets, speakerViewHash, themeAssetKey } from '../../src/render/assets.ts'
import type { RenderContext } from '../../src/render/context.ts'
import { renderDeck } from '../../src/render/deck.ts'
import { deckSlideCount, MAX_ROLE_CARDS } from '../../src/render/deck-plan.ts'
import { loadTheme, packageRoot } from '../../src/themes/load.ts'
import type { Theme } from '../../src/themes/theme.ts'
import type { Lang, Story } from '../../src/types.ts'
import { parse, SPINE, withBody } from '../util/story.ts'

const theme = (await loadTheme(packageRoot(), 'nordic')) as Theme

function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    theme,
    images: new Map(),
    assets: {
      [ASSET_KEYS.revealJs]: '../assets/reveal.11111111.js',
      [ASSET_KEYS.revealCss]: '../assets/reveal.22222222.css',
      [ASSET_KEYS.notesJs]: '../assets/notes.33333333.js',
      [ASSET_KEYS.deckJs]: '../assets/deck.44444444.js',
      [themeAssetKey('nordic', 'deck.css')]: '../assets/nordic-deck.55555555.css',
    },
    html: false,
    scriptHashes: ['sha256-abc='],
    ...overrides,
  }
}

function storyOf(body: string, frontmatter?: string): Story {
  const { story, messages } = parse(withBody(body, frontmatter))
  if (story === undefined) throw new Error(`story did not parse: ${messages.join('\n')}`)
  return story
}

function render(
  body: string,
  frontmatter?: string,
  overrides?: Partial<RenderContext>,
): { $: CheerioAPI; story: Story } {
  const story = storyOf(body, frontmatter)
  return { $: load(renderDeck(story, context(overrides))), story }
}

/** `kind` of every slide, with the kicker text, in order. */
function outline($: CheerioAPI): string[] {
  return $('.reveal .slides > section')
    .toArray()
    .map((section) => {
      const kicker = $(section).find('.kicker').first().text()
      return kicker ? `${$(section).attr('data-kind')}:${kicker}` : String($(section).attr('data-kind'))
    })
}

const FULL = `Lead sentence.

# Questions
- Who?

# Some free chapter
Chapter text.

${SPINE}
# Purpose
We help.

# The picture
A day in the life.

---

Another picture slide.

# For our customers
- One name.

# What it means for you
## Claims handlers
Own the case.
## IT
Build the screen.

# The way there
## 2027 — First step
Do it.
## 2028 — Second step
Do more.
`

describe('renderDeck', () => {
  it('puts the slides in the deck order whatever the document order', () => {
    const { $, story } = render(FULL, 'title: Full story\norganisation: Example Ltd')
    expect(outline($)).toEqual([
      'title:Example Ltd',
      'statement:From',
      'statement:To',
      'statement:Because',
      'content:Purpose',
      'content:The picture',
      'content:The picture',
      'content:For our customers',
      'roles:What it means for you',
      'timeline:The way there',
      'content:Some free chapter',
      'content:Questions',
      'closing:Example Ltd',
    ])
    expect($('.reveal .slides > section')).toHaveLength(deckSlideCount(story))
  })

  it('shows title, subtitle, organisation, author with role and the localised date on the title slide', () => {
    const { $ } = render(
      SPINE,
      'title: Title here\nsubtitle: Sub\norganisation: Org\nauthor: Anna Jensen\nrole: Direktør\ndate: 2026-11-22\nlang: da',
    )
    const title = $('section.slide-title')
    expect(title.find('h1').text()).toBe('Title here')
    expect(title.find('.subtitle').text()).toBe('Sub')
    expect(title.find('.kicker').text()).toBe('Org')
    expect(title.find('.author').text()).toBe('Anna Jensen, Direktør')
    expect(title.find('.date').text()).toBe('22. november 2026')
    expect($('html').attr('lang')).toBe('da')
    expect($('title').text()).toBe('Title here · Org')
  })

  it('sets each spine headline large, followed by its elaboration slides', () => {
    const { $ } = render(
      '# From\nOld way.\n\nMore about the old way.\n\n---\n\nEven more.\n\n# To\nNew way.\n\n# Because\nIt matters.\n',
    )
    expect(outline($).slice(1, 6)).toEqual([
      'statement:From',
      'content:From',
      'content:From',
      'statement:To',
      'statement:Because',
    ])
    expect($('section.is-from .headline').text().trim()).toBe('Old way.')
    expect($('section.is-from .trail .is-current').text()).toBe('From')
  })

  it.each([
    ['en', 'From', 'To', 'Because', 'What it means for you', 'The way there', 'Words we use'],
    ['da', 'Fra', 'Til', 'Fordi', 'Hvad det betyder for dig', 'Vejen dertil', 'Ord vi bruger'],
    ['nb', 'Fra', 'Til', 'Fordi', 'Hva det betyr for deg', 'Veien dit', 'Ord vi bruker'],
    ['nn', 'Frå', 'Til', 'Fordi', 'Kva det betyr for deg', 'Vegen dit', 'Ord vi brukar'],
    ['sv', 'Från', 'Till', 'Därför att', 'Vad det betyder för dig', 'Vägen dit', 'Ord vi använder'],
    ['de', 'Von', 'Zu', 'Weil', 'Was es für dich bedeutet', 'Der Weg dorthin', 'Wörter, die wir verwenden'],
  ] as const)(
    'labels the slides in the story language (%s)',
    (lang: Lang, from, to, because, roles, steps, glossary) => {
      const body = `${SPINE}\n# What it means for you\n## A\nText.\n\n# The way there\n## 2027 — Step\nText.\n`
      const { $ } = render(body, `title: T\nlang: ${lang}\nglossary:\n  CX: customer experience`)
      expect(
        $('.slide-statement .kicker')
          .toArray()
          .map((node) => $(node).text()),
      ).toEqual([from, to, because])
      expect($('.slide-roles .kicker').text()).toBe(roles)
      expect($('.slide-timeline .kicker').text()).toBe(steps)
      expect(
        $('.slide-closing .spine .label')
          .toArray()
          .map((node) => $(node).text()),
      ).toEqual([from, to, because])
      expect($('.slide-closing .glossary .label').text()).toBe(glossary)
      expect($('.slide-closing .glossary dt').text()).toBe('CX')
    },
  )

  it('shows the three headlines side by side on the closing slide', () => {
    const { $ } = render(SPINE)
    expect(
      $('.slide-closing .spine .words')
        .toArray()
        .map((node) => $(node).text()),
    ).toEqual(['Old way.', 'New way.', 'It matters.'])
    expect($('.slide-closing .glossary')).toHaveLength(0)
  })

  it('puts short roles on one grid of cards, and gives long roles a slide each', () => {
    const short = render(`${SPINE}\n# What it means for you\n## Sales\nSell.\n## IT\nBuild.\n## HR\nHire.\n`).$
    expect(
      short('.slide-roles .card h3')
        .toArray()
        .map((node) => short(node).text()),
    ).toEqual(['Sales', 'IT', 'HR'])
    expect(short('.slide-roles ul').attr('class')).toBe('cards cards-3')

    const many = Array.from({ length: MAX_ROLE_CARDS + 1 }, (_, index) => `## Role ${index}\nText.\n`).join('\n')
    const split = render(`${SPINE}\n# What it means for you\n${many}`).$
    expect(split('.slide-roles')).toHaveLength(0)
    expect(
      split('section.is-roles h2')
        .toArray()
        .map((node) => split(node).text()),
    ).toHaveLength(MAX_ROLE_CARDS + 1)

    const long = render(
      `${SPINE}\n# What it means for you\n## Sales\n${'Long words here. '.repeat(30)}\n## IT\nBuild.\n`,
    ).$
    expect(long('section.is-roles')).toHaveLength(2)
  })

  it('sets the steps as a timeline with time markers, balanced over slides', () => {
    const steps = Array.from({ length: 5 }, (_, index) => `## ${2026 + index} — Step ${index}\nText ${index}.\n`).join(
      '\n',
    )
    const { $ } = render(`${SPINE}\n# The way there\n${steps}`)
    const timelines = $('section.slide-timeline')
    expect(timelines).toHaveLength(2)
    expect(timelines.first().find('.step')).toHaveLength(3)
    expect(
      $('.step .time')
        .toArray()
        .map((node) => $(node).text()),
    ).toEqual(['2026', '2027', '2028', '2029', '2030'])
    expect($('.step h3').first().text()).toBe('Step 0')
  })

  it('keeps speaker notes in aside.notes and off the slide', () => {
    const { $ } = render(
      '# From\nOld way.\n\nNote: Tell the story.\n\n# To\nNew way.\n\n# Because\nIt matters.\n\n# What it means for you\n## IT\nBuild.\n\nNote: Thank the team.\n',
    )
    const notes = $('aside.notes')
      .toArray()
      .map((node) => $(node).text().trim())
    expect(notes).toContain('Tell the story.')
    expect(notes.some((text) => text.includes('IT') && text.includes('Thank the team.'))).toBe(true)
    expect($('.frame').text()).not.toContain('Tell the story')
  })

  it('escapes hostile text in the title tag, attributes, slides and notes', () => {
    const hostile = `<img src=x onerror=alert(1)>{{lang}}"'`
    const { $ } = render(
      `<script>alert(2)</script>\n\n# From\n${hostile}\n\nNote: <script>alert(3)</script>\n\n# To\nNew.\n\n# Because\nWhy.\n\n# What it means for you\n## ${hostile}\nText.\n`,
      `title: '${hostile.replace(/'/g, "''")}'\norganisation: '"><script>alert(4)</script>'\nglossary:\n  '<b>X</b>': '<i>y</i>'`,
    )
    expect($('script:not([src])')).toHaveLength(0)
    expect($('[onerror]')).toHaveLength(0)
    expect($('img:not(.logo)')).toHaveLength(0)
    expect($('title').text()).toContain(hostile)
    expect($('section.slide-title h1').text()).toBe(hostile)
    expect($('section.slide-title .kicker').text()).toBe('"><script>alert(4)</script>')
    expect($('.card h3').text()).toBe(hostile)
    expect($('.glossary dt').text()).toBe('<b>X</b>')
    expect($('aside.notes').text()).toContain('<script>alert(3)</script>')
    expect($('.lead').text()).toContain('<script>alert(2)</script>')
  })

  it('links only the shared assets, relatively, with classic scripts and a strict policy', () => {
    const { $ } = render(SPINE)
    expect(
      $('script')
        .toArray()
        .map((node) => $(node).attr('src')),
    ).toEqual(['../assets/reveal.11111111.js', '../assets/notes.33333333.js', '../assets/deck.44444444.js'])
    expect($('script[type="module"], [crossorigin]')).toHaveLength(0)
    expect(
      $('link[rel="stylesheet"]')
        .toArray()
        .map((node) => $(node).attr('href')),
    ).toEqual(['../assets/reveal.22222222.css', '../assets/nordic-deck.55555555.css'])
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? ''
    expect(csp).toContain("script-src 'self' 'sha256-abc='")
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp.split(';').find((part) => part.includes('script-src'))).not.toContain('unsafe-inline')
  })

  it('sets theme and brand colours as custom properties, dropping values that are not colours', () => {
    const { $ } = render(SPINE, 'title: T\nbrand:\n  primary: "#112233"')
    const style = $('html').attr('style') ?? ''
    expect(style).toContain('--sd-primary:#112233')
    expect(style).toContain('--sd-background:#fbfaf7')
    expect(style).toContain('--sd-font-body:')
  })
})

describe('assets', () => {
  it('names assets by content', () => {
    const bytes = new TextEncoder().encode('hello')
    expect(hashedName('reveal.js', bytes)).toBe('assets/reveal.2cf24dba.js')
    const planned = planAssets([
      { key: 'b', name: 'b.css', bytes },
      { key: 'a', name: 'a.js', bytes },
    ])
    expect(planned.paths).toEqual({ b: 'assets/b.2cf24dba.css', a: 'assets/a.2cf24dba.js' })
    expect(planned.files.map((file) => file.path)).toEqual(['assets/a.2cf24dba.js', 'assets/b.2cf24dba.css'])
  })

  it('hashes the inline script of the speaker view as the browser sees it', () => {
    const plugin = 'x=1;w.document.write(`<html><script>\\n var a = "\\\\d\\/"; \\x41<\\/script></html>`);'
    const expected = `sha256-${createHash('sha256').update('\n var a = "\\d/"; A').digest('base64')}`
    expect(speakerViewHash(plugin)).toBe(expected)
    expect(speakerViewHash('no popup here')).toBeUndefined()
  })
})

describe('lead notes', () => {
  it('puts speaker notes written in the lead on the title slide', () => {
    const { $ } = render(`Lead sentence.\n\nNote: Welcome everyone and thank the night shift.\n\n${SPINE}`)
    const title = $('.reveal .slides > section').first()
    expect(title.find('aside.notes').text()).toContain('thank the night shift')
    expect(title.text().replace(title.find('aside.notes').text(), '')).not.toContain('night shift')
  })
})
