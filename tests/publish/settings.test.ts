/**
 * Issue 18: the `draft` and `publish` frontmatter keys, the config's
 * `publish` and `site`, and the notes-free story the published site is made of.
 */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/project/config.ts'
import { publishesNotes, withoutNotes } from '../../src/story/without-notes.ts'
import { parse, SPINE, withBody } from '../util/story.ts'

describe('frontmatter `draft` and `publish`', () => {
  it('reads `draft: true` and `publish: { notes: true }`', () => {
    const { story, messages } = parse(withBody(SPINE, 'title: T\ndraft: true\npublish:\n  notes: true'))
    expect(messages).toEqual([])
    expect(story?.meta.draft).toBe(true)
    expect(story?.meta.publish).toEqual({ notes: true })
  })

  it('leaves `draft` out when false', () => {
    expect(parse(withBody(SPINE, 'title: T\ndraft: false')).story?.meta.draft).toBeUndefined()
  })

  it('reports a value that is not true or false, at the key', () => {
    expect(parse(withBody(SPINE, 'title: T\ndraft: maybe')).messages).toEqual([
      '3:1: `draft` must be yes or no (`true` or `false`), but you wrote `maybe`.',
    ])
    expect(parse(withBody(SPINE, 'title: T\npublish:\n  notes: yes please')).messages).toEqual([
      '4:3: `publish.notes` must be yes or no (`true` or `false`), but you wrote `yes please`.',
    ])
  })

  it('reports an unknown key under `publish` with a suggestion', () => {
    expect(parse(withBody(SPINE, 'title: T\npublish:\n  note: true')).messages).toEqual([
      '4:3: storydeck does not know the key `note` under `publish`. Did you mean `notes`?',
    ])
  })
})

describe('config `publish` and `site`', () => {
  const config = (json: string): { value: ReturnType<typeof parseConfig>; messages: string[] } => {
    const file = new VFile({ path: 'storydeck.config.json', value: json })
    const value = parseConfig(file)
    return { value, messages: file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`) }
  }

  it('reads them, adding the final slash to the address', () => {
    expect(config('{"publish":{"notes":true},"site":{"url":"https://intranet.example.com/vision"}}')).toEqual({
      value: { publish: { notes: true }, site: { url: 'https://intranet.example.com/vision/' } },
      messages: [],
    })
  })

  it('reports an address that is not a full web address', () => {
    expect(config('{\n"site": {"url": "intranet/vision"}}').messages).toEqual([
      '2:10: `intranet/vision` is not a full web address.',
    ])
  })

  it('reports a `publish` that is not notes: true/false', () => {
    expect(config('{"publish": {"notes": "yes"}}').messages).toEqual([
      '1:14: The value of `publish.notes` in the configuration must be yes or no (`true` or `false`).',
    ])
    expect(config('{"publish": {"pdf": true}}').messages).toEqual([
      '1:2: The value of `publish` in the configuration must be a group with `notes` set to yes or no (`true` or `false`).',
    ])
  })
})

describe('withoutNotes', () => {
  const source = withBody(
    `${SPINE}\nNote: headline note.\n\n# Purpose\n## One\nBody.\n\nNote: slide note.\n\n---\n\nNote: only a note.\n`,
    'title: T',
  )

  it('removes every note, keeps every visible slide, and leaves the story given as it was', () => {
    const { story } = parse(
      `${source}`.replace('---\ntitle: T\n---\n', '---\ntitle: T\n---\n\nLead.\n\nNote: lead note.\n'),
    )
    if (story === undefined) throw new Error('did not parse')
    const before = JSON.stringify(story)
    const bare = withoutNotes(story)
    expect(JSON.stringify(story)).toBe(before)
    expect(story.leadNotes.length).toBeGreaterThan(0)
    expect(bare.leadNotes).toEqual([])
    const notes = bare.sections.flatMap((section) => [
      ...(section.headline?.notes ?? []),
      ...section.slides.flatMap((slide) => slide.notes),
    ])
    expect(notes).toEqual([])
    expect(bare.sections.find((section) => section.kind === 'purpose')?.slides.map((slide) => slide.title)).toEqual([
      'One',
    ])
    expect(bare.spine.to).toBe(bare.sections.find((section) => section.kind === 'to'))
    expect(JSON.stringify(bare)).not.toMatch(/lead note|headline note|slide note|only a note/)
  })

  it('publishes notes only when the story or the project says so (the story wins)', () => {
    expect(publishesNotes({}, undefined)).toBe(false)
    expect(publishesNotes({}, { notes: true })).toBe(true)
    expect(publishesNotes({ publish: { notes: false } }, { notes: true })).toBe(false)
    expect(publishesNotes({ publish: { notes: true } }, {})).toBe(true)
  })
})
