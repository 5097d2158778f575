/**
 * The sample stories in `stories/` are the product's demo: each must parse
 * cleanly and use the whole format.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseStory } from '../../src/story/parse.ts'
import { splitTime } from '../../src/story/slides.ts'
import '../../src/story/data.ts'
import type { Lang, Slide } from '../../src/types.ts'

const storiesDir = fileURLToPath(new URL('../../stories/', import.meta.url))
const goodDir = fileURLToPath(new URL('../fixtures/good/', import.meta.url))
const formatDoc = fileURLToPath(new URL('../../docs/story-format.md', import.meta.url))

/** The language each sample is written in. */
const expectedLang: Readonly<Record<string, Lang>> = {
  'harbour-mutual-claims.md': 'en',
  'baekby-kommune-familier.md': 'da',
  'fjellbygd-sparebank-samme-dag.md': 'nb',
  'fjordsamband-ferje.md': 'nn',
  'ekbacken-fonster-leveransdatum.md': 'sv',
  'stadtwerke-lindental-waerme.md': 'de',
  // Language versions (`<name>.<lang>.md`) of two samples.
  'harbour-mutual-claims.da.md': 'da',
  'harbour-mutual-claims.de.md': 'de',
  'stadtwerke-lindental-waerme.en.md': 'en',
}

const names = readdirSync(storiesDir)
  .filter((name) => name.endsWith('.md'))
  .sort()

function load(name: string, dir = storiesDir): { file: VFile; value: string } {
  const filePath = path.join(dir, name)
  const value = readFileSync(filePath, 'utf8')
  return { file: new VFile({ path: filePath, value }), value }
}

function titled(slides: readonly Slide[]): Slide[] {
  return slides.filter((slide) => slide.title !== undefined || slide.time !== undefined)
}

describe('sample stories', () => {
  it('has a sample in every language storydeck supports', () => {
    expect(new Set(names.map((name) => expectedLang[name]))).toEqual(new Set(['en', 'da', 'nb', 'nn', 'sv', 'de']))
  })

  it('names every sample with a plain ascii kebab-case slug', () => {
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.(?:en|da|nb|nn|sv|de))?\.md$/)
  })

  describe.each(names)('%s', (name) => {
    const { file, value } = load(name)
    const story = parseStory(file)

    it('parses without any message', () => {
      expect(file.messages.map(String)).toEqual([])
      expect(story).toBeDefined()
    })

    it('is written in the expected language', () => {
      expect(story?.meta.lang).toBe(expectedLang[name])
    })

    it('keeps its slug from the file name', () => {
      // Note: a language version `<name>.<lang>.md` builds into `<name>/<lang>/`.
      expect(story?.slug).toBe(name.replace(/\.md$/, '').replace(/\.([a-z]{2})$/, '/$1'))
    })

    it('has a From, To and Because headline of under 25 words', () => {
      for (const kind of ['from', 'to', 'because'] as const) {
        const headline = story?.spine[kind]?.headline?.text ?? ''
        expect(headline, kind).not.toBe('')
        expect(headline.split(/\s+/).length, kind).toBeLessThan(25)
      }
    })

    it('has a lead before the first section', () => {
      expect(story?.lead.length).toBeGreaterThan(0)
    })

    it('names at least three roles', () => {
      const roles = story?.sections.find((section) => section.kind === 'roles')
      expect(titled(roles?.slides ?? []).length).toBeGreaterThanOrEqual(3)
    })

    it('has at least three steps, each with a time', () => {
      const steps = story?.sections.find((section) => section.kind === 'steps')?.slides ?? []
      expect(steps.length).toBeGreaterThanOrEqual(3)
      for (const step of steps) expect(step.time, step.title).toMatch(/\d/)
    })

    it('asks at least three questions', () => {
      expect(story?.questions.length).toBeGreaterThanOrEqual(3)
    })

    it('has speaker notes', () => {
      const notes = story?.sections.flatMap((section) => [
        ...(section.headline?.notes ?? []),
        ...section.slides.flatMap((slide) => slide.notes),
      ])
      expect(notes?.length).toBeGreaterThan(0)
    })

    it('has a small glossary whose words the story uses', () => {
      const words = Object.keys(story?.meta.glossary ?? {})
      expect(words.length).toBeGreaterThanOrEqual(1)
      expect(words.length).toBeLessThanOrEqual(3)
      const body = value.slice(value.indexOf('\n---', 3) + 4)
      for (const word of words) expect(body, word).toContain(word)
    })

    it('fills in the frontmatter a town-hall story shows', () => {
      const meta = story?.meta
      for (const key of ['subtitle', 'organisation', 'author', 'role', 'date'] as const) {
        expect(meta?.[key], key).toBeTruthy()
      }
      expect(meta?.poster.link).toMatch(/^https:\/\/intranet\.example\.com\//)
    })

    it('stays the length of a town-hall talk', () => {
      const bytes = Buffer.byteLength(value)
      expect(bytes).toBeGreaterThan(2000)
      expect(bytes).toBeLessThan(4500)
    })
  })

  it('shows a `---` slide break inside a section in at least one sample', () => {
    const split = names.some((name) => {
      const story = parseStory(load(name).file)
      return story?.sections.some((section) => section.kind === 'picture' && section.slides.length > 1)
    })
    expect(split).toBe(true)
  })
})

describe('the author reference (docs/story-format.md)', () => {
  const doc = readFileSync(formatDoc, 'utf8')

  it('shows the example that tests/fixtures/good/doc-example holds', () => {
    const example = doc.slice(doc.indexOf('## A complete small example')).split('```markdown\n')[1]?.split('\n```')[0]
    expect(`${example}\n`).toBe(readFileSync(path.join(goodDir, 'doc-example/input.md'), 'utf8'))
  })

  it('has an example that parses without any message', () => {
    const { file } = load('doc-example/input.md', goodDir)
    const story = parseStory(file)
    expect(file.messages.map(String)).toEqual([])
    // Note: the headline keeps the file's line breaks; compare the words.
    expect(story?.spine.because?.headline?.text.replace(/\s+/g, ' ')).toBe(
      'We exist to help people when something has gone wrong, and a person in trouble needs a person.',
    )
    expect(story?.sections.find((section) => section.kind === 'steps')?.slides.map((slide) => slide.time)).toEqual([
      '2027',
      '2028',
    ])
    expect(story?.questions).toHaveLength(2)
    expect(story?.spine.from?.slides[0]?.notes).toHaveLength(1)
  })

  it('reads every frontmatter key as documented', () => {
    const { file } = load('every-key/input.md', goodDir)
    const story = parseStory(file)
    expect(file.messages.map(String)).toEqual([])
    expect(story?.meta).toEqual({
      title: '2028',
      subtitle: 'Every setting storydeck knows',
      organisation: 'Example Insurance',
      author: 'Sam Berg',
      role: 'Chief Executive',
      date: '2026-11-22',
      lang: 'da',
      theme: 'nordic',
      poster: { size: 'A2', orientation: 'landscape', link: 'https://intranet.example.com/vision' },
      glossary: { IT: 'vores teknologiteam', PPR: 'Pædagogisk Psykologisk Rådgivning' },
      lint: {
        'jargon/acronym': 'off',
        'readability/long-sentence': 'info',
        'focus/customer': 'error',
        'spine/headline-too-long': 'warn',
        'deck/slide-too-long': 'warn',
      },
      brand: { logo: 'stories/img/logo.svg', primary: '#1177aa', accent: '#e8a33d', font: 'inter' },
    })
    expect(story?.sections.map((section) => section.kind)).toEqual(['from', 'to', 'because'])
  })

  it('splits step headings into time and text as documented', () => {
    expect(splitTime('2027 — One named person for every home claim')).toEqual({
      time: '2027',
      title: 'One named person for every home claim',
    })
    expect(splitTime('Q1 2028: Car claims follow')).toEqual({ time: 'Q1 2028', title: 'Car claims follow' })
    expect(splitTime('Spring 2028 – Every region')).toEqual({ time: 'Spring 2028', title: 'Every region' })
    expect(splitTime('2029')).toEqual({ time: '2029', title: '' })
    expect(splitTime('Q3 2027')).toEqual({ time: 'Q3 2027', title: '' })
    expect(splitTime('2026 to 2027 — pilot in two towns')).toEqual({
      time: '2026 to 2027',
      title: 'pilot in two towns',
    })
    expect(splitTime('Three schools go first')).toBeUndefined()
  })
})
