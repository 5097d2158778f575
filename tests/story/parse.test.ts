import { describe, expect, test } from 'vitest'
import { SECTION_HEADINGS, sectionKindOf } from '../../src/story/kinds.ts'
import { slugOf } from '../../src/story/parse.ts'
import type { SectionKind } from '../../src/types.ts'
import { SPINE, parse, withBody } from '../util/story.ts'

const example = withBody(
  `Our lead sentence.

# From
Every claim waits in the same queue.

Today a cracked windscreen and a flooded basement get the same forms.

Note: Start with the basement story.

# To
Simple claims settle themselves within a day.

Notes: Pause here.

# Because
We exist to help people when something has gone wrong.

# What it means for you

## Claims handlers
Fewer forms, more time with customers.

## IT
Automate the simple flows end to end.

# The way there

## 2027 — windscreens settle themselves
Windscreen claims settle automatically.

## Q1 2028: one named contact

## Spring 2029 – all of it

# A free chapter
Some text.

---

More text on a second slide.

# Questions
- Which claims are "windscreens"?
- What would you stop doing first?
`,
  'title: From queue to care\nlang: en',
)

describe('parseStory', () => {
  test('reads the example story without messages', () => {
    const { story, messages } = parse(example)
    expect(messages).toEqual([])
    expect(story?.sections.map((section) => section.kind)).toEqual([
      'from',
      'to',
      'because',
      'roles',
      'steps',
      'chapter',
      'questions',
    ])
  })

  test('takes the first paragraph of each spine section as its headline', () => {
    const { story } = parse(example)
    expect(story?.spine.from?.headline?.text).toBe('Every claim waits in the same queue.')
    expect(story?.spine.to?.headline?.text).toBe('Simple claims settle themselves within a day.')
    expect(story?.spine.because?.headline?.text).toBe('We exist to help people when something has gone wrong.')
  })

  test('keeps the elaboration on a slide after the headline, with its notes', () => {
    const { story } = parse(example)
    const slide = story?.spine.from?.slides[0]
    expect(slide?.body).toHaveLength(1)
    expect(slide?.notes).toHaveLength(1)
    expect(JSON.stringify(slide?.notes)).toContain('Start with the basement story.')
    expect(JSON.stringify(slide?.notes)).not.toContain('Note:')
  })

  test('attaches notes right after a headline to the headline', () => {
    const { story } = parse(example)
    expect(story?.spine.to?.headline?.notes).toHaveLength(1)
    expect(story?.spine.to?.slides).toEqual([])
  })

  test('splits roles by `##` headings', () => {
    const { story } = parse(example)
    const roles = story?.sections.find((section) => section.kind === 'roles')
    expect(roles?.slides.map((slide) => slide.title)).toEqual(['Claims handlers', 'IT'])
  })

  test('reads the time marker of each step', () => {
    const { story } = parse(example)
    const steps = story?.sections.find((section) => section.kind === 'steps')
    expect(steps?.slides.map((slide) => [slide.time, slide.title])).toEqual([
      ['2027', 'windscreens settle themselves'],
      ['Q1 2028', 'one named contact'],
      ['Spring 2029', 'all of it'],
    ])
  })

  test('starts a new slide at `---` with a blank line above it', () => {
    const { story } = parse(example)
    const chapter = story?.sections.find((section) => section.kind === 'chapter')
    expect(chapter?.title).toBe('A free chapter')
    expect(chapter?.slides).toHaveLength(2)
  })

  test('collects the questions', () => {
    const { story } = parse(example)
    expect(story?.questions.map((question) => question.text)).toEqual([
      'Which claims are "windscreens"?',
      'What would you stop doing first?',
    ])
  })

  test('keeps text before the first heading as the lead', () => {
    const { story } = parse(example)
    expect(story?.lead).toHaveLength(1)
    expect(story?.lead[0]?.position?.start.line).toBe(6)
  })

  test('keeps source positions on sections and slides', () => {
    const { story } = parse(example)
    expect(story?.spine.from?.heading.position?.start.line).toBe(8)
    expect(story?.spine.from?.slides[0]?.position.start.line).toBe(11)
  })

  test('reports every missing spine section at once', () => {
    const { messages } = parse(withBody('# Purpose\nWhy we are here.\n'))
    expect(messages).toEqual([
      '5:1: Your story has no *From* part: where we are today.',
      '5:1: Your story has no *To* part: where we are going.',
      '5:1: Your story has no *Because* part: why it matters.',
    ])
  })

  test('reports a second spine section as an error at the second heading', () => {
    const { file, messages } = parse(withBody(`${SPINE}\n# From\nAgain.\n`))
    expect(messages).toEqual(['14:1: Your story has a second *From* part; the first one starts on line 5.'])
    expect(file.messages[0]?.fatal).toBe(true)
  })

  test('merges a second non-spine section with a warning', () => {
    const { story, file } = parse(withBody(`${SPINE}\n# Questions\n- One?\n\n# Questions\n- Two?\n`))
    expect(story?.questions.map((question) => question.text)).toEqual(['One?', 'Two?'])
    expect(file.messages.map((message) => [message.line, message.fatal, message.ruleId])).toEqual([
      [17, false, 'story/duplicate-section'],
    ])
    expect(file.messages[0]?.reason).toBe(
      'Your story has a second *Questions* section; its slides are added to the first one.',
    )
  })

  test('warns when `---` under text made a heading', () => {
    const { file } = parse(withBody(`${SPINE}\n# Chapter\nSome text\n---\n`))
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      '15:1 story/setext-heading',
    ])
    expect(file.messages[0]?.reason).toBe(
      'The `---` under this line turns the line into a heading instead of starting a new slide.',
    )
  })

  test('requires alt text on images', () => {
    const { messages } = parse(withBody(`${SPINE}\n![](team.jpg)\n`))
    expect(messages).toEqual(['14:1: This image has no description (alt text) in its brackets.'])
  })

  test('recognises speaker notes in every language', () => {
    for (const word of ['Note', 'Noter', 'Notater', 'Notat', 'Anteckningar', 'Notizen']) {
      const { story } = parse(
        withBody(`# From\nOld.\n\nMore.\n\n${word}: say this.\n\n# To\nNew.\n\n# Because\nWhy.\n`),
      )
      expect(story?.spine.from?.slides[0]?.notes, word).toHaveLength(1)
    }
  })
})

describe('section headings', () => {
  const table: Array<[string, SectionKind]> = Object.entries(SECTION_HEADINGS).flatMap(([kind, words]) =>
    words.map((word) => [word, kind as SectionKind] as [string, SectionKind]),
  )

  test.each(table)('recognises `# %s` as %s', (word, kind) => {
    expect(sectionKindOf(word)).toBe(kind)
    expect(sectionKindOf(`${word.toUpperCase()}:`)).toBe(kind)
  })

  test('treats any other heading as a free chapter', () => {
    expect(sectionKindOf('Our numbers')).toBe('chapter')
  })

  test('spec table: every kind in every language', () => {
    const spec: Record<string, string[]> = {
      from: ['From', 'Fra', 'Fra', 'Frå', 'Från', 'Von'],
      to: ['To', 'Til', 'Til', 'Till', 'Zu', 'Hin zu'],
      because: ['Because', 'Fordi', 'Därför att', 'Eftersom', 'Weil'],
      purpose: ['Purpose', 'Formål', 'Føremål', 'Syfte', 'Zweck'],
      picture: ['The picture', 'Vision', 'Billedet', 'Bildet', 'Visjon', 'Bilden', 'Das Bild'],
      customers: [
        'For our customers',
        'For kunderne',
        'For kundene',
        'For kundane',
        'För kunderna',
        'Für unsere Kunden',
      ],
      roles: [
        'What it means for you',
        'Hvad det betyder for dig',
        'Hva det betyr for deg',
        'Kva det betyr for deg',
        'Vad det betyder för dig',
        'Was es für dich bedeutet',
      ],
      steps: [
        'The way there',
        'Steps',
        'Vejen dertil',
        'Skridt',
        'Veien dit',
        'Steg',
        'Vägen dit',
        'Der Weg dorthin',
        'Schritte',
      ],
      questions: ['Questions', 'Spørgsmål', 'Spørsmål', 'Frågor', 'Fragen'],
    }
    for (const [kind, words] of Object.entries(spec)) {
      for (const word of words) expect(sectionKindOf(word), word).toBe(kind)
    }
  })
})

describe('slugOf', () => {
  test('makes safe folder names', () => {
    expect(slugOf('Vision 2028')).toBe('vision-2028')
    expect(slugOf('Kære kolleger på Ærø')).toBe('kaere-kolleger-pa-aero')
    expect(slugOf('Straße')).toBe('strasse')
    expect(slugOf('---')).toBe('story')
  })
})

describe('step time markers', () => {
  test.each([
    ['2027 — windscreens settle', '2027', 'windscreens settle'],
    ['2026–2027: rollout', '2026–2027', 'rollout'],
    ['Q1 2028: one contact', 'Q1 2028', 'one contact'],
    ['Høsten 2026 — første filial', 'Høsten 2026', 'første filial'],
    ['2027', '2027', ''],
    ['Spring 2029', 'Spring 2029', ''],
  ])('splits `%s`', async (heading, time, title) => {
    const { splitTime } = await import('../../src/story/slides.ts')
    expect(splitTime(heading)).toEqual({ time, title })
  })

  test.each(['Hire 40 people', 'Open 2 offices', 'The new app'])('keeps `%s` as text', async (heading) => {
    const { splitTime } = await import('../../src/story/slides.ts')
    expect(splitTime(heading)).toBeUndefined()
  })
})

describe('text folding and lead notes', () => {
  test('folds line breaks in headlines and questions', () => {
    const { story } = parse(
      withBody('# From\nOld\nway.\n\n# To\nNew.\n\n# Because\nWhy.\n\n# Questions\n- One\n  two?\n'),
    )
    expect(story?.spine.from?.headline?.text).toBe('Old way.')
    expect(story?.questions[0]?.text).toBe('One two?')
  })

  test('moves notes in the lead to the title slide', () => {
    const { story } = parse(withBody(`Lead text.\n\nNote: Welcome everyone.\n\n${SPINE}`))
    expect(story?.lead).toHaveLength(1)
    expect(story?.leadNotes).toHaveLength(1)
  })

  test('recognises public-sector customer headings', () => {
    expect(sectionKindOf('For borgerne')).toBe('customers')
    expect(sectionKindOf('Für unsere Bürger')).toBe('customers')
  })
})
