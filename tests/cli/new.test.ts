import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main.ts'
import { STORY_SCHEMA_MODELINE, isSafeSlug, storyTemplate } from '../../src/new/template.ts'
import { NOTE_WORDS, SECTION_HEADINGS } from '../../src/story/kinds.ts'
import { LANGS } from '../../src/types.ts'

let cwd: string

beforeEach(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'storydeck-new-'))
})

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true })
})

function capture(): { io: Parameters<typeof run>[1]; out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    io: {
      stdout: { write: (chunk: string) => (out += chunk) },
      stderr: { write: (chunk: string) => (err += chunk) },
      cwd,
    },
    out: () => out,
    err: () => err,
  }
}

describe('storydeck new', () => {
  it.each(LANGS)('writes a %s story that `storydeck check` accepts', async (lang) => {
    const created = capture()
    expect(await run(['new', `vision-${lang}`, '--lang', lang, '--title', 'Vision: 2028 & beyond'], created.io)).toBe(0)
    const text = await readFile(path.join(cwd, 'stories', `vision-${lang}.md`), 'utf8')
    expect(text).toContain(`lang: ${lang}`)
    expect(text).toMatch(/^title: "?Vision: 2028 & beyond"?$/m)
    // Issue #15: the first frontmatter line points an editor's YAML language server to the installed schema.
    expect(text.startsWith(`---\n${STORY_SCHEMA_MODELINE}\n`)).toBe(true)
    expect(STORY_SCHEMA_MODELINE).toBe(
      '# yaml-language-server: $schema=../node_modules/storydeck/schemas/story.schema.json',
    )

    const checked = capture()
    const code = await run(['check', `stories/vision-${lang}.md`], checked.io)
    expect(checked.err()).not.toMatch(/ error: /)
    // The coach lists every example still to replace (the title was given, so it is not one).
    expect(checked.err().match(/\[draft\/template-text\]/g)).toHaveLength(15)
    expect(code).toBe(0)
  })

  it.each(LANGS)('teaches the format in %s: known headings and a note in that language', (lang) => {
    const text = storyTemplate({ lang })
    const headings = [...text.matchAll(/^# (.+)$/gm)].map((match) => match[1])
    for (const kind of ['from', 'to', 'because', 'roles', 'steps', 'questions'] as const) {
      expect(headings.some((heading) => SECTION_HEADINGS[kind].includes(heading ?? ''))).toBe(true)
    }
    const note = /^(\p{L}+): /mu.exec(text.split('---')[2] ?? '')?.[1]
    expect(NOTE_WORDS).toContain(note)
    if (lang !== 'en') expect(text).not.toMatch(/^# (From|To|Because|Questions)$/m)
  })

  it('refuses to overwrite an existing story', async () => {
    const first = capture()
    expect(await run(['new', 'vision'], first.io)).toBe(0)
    await writeFile(path.join(cwd, 'stories', 'vision.md'), 'my own words\n')
    const second = capture()
    expect(await run(['new', 'vision', '--lang', 'da'], second.io)).toBe(1)
    // Note: a Danish story is started; the author reads Danish.
    expect(second.err()).toContain('storydeck new: `stories/vision.md` findes allerede; vælg et andet navn')
    expect(await readFile(path.join(cwd, 'stories', 'vision.md'), 'utf8')).toBe('my own words\n')
  })

  it.each(['../evil', 'Vision 2028', '.hidden', 'a/b', 'con--x', '-x', 'æble'])(
    'rejects the unsafe name %j',
    async (slug) => {
      const result = capture()
      expect(await run(['new', slug], result.io)).toBe(2)
      expect(result.err()).toMatch(/can only have lower-case letters|Unknown option/)
    },
  )

  it('suggests a safe name', async () => {
    const result = capture()
    await run(['new', 'Vision 2028'], result.io)
    expect(result.err()).toContain('such as `vision-2028`')
  })

  it('rejects an unknown language', async () => {
    const result = capture()
    expect(await run(['new', 'vision', '--lang', 'fr'], result.io)).toBe(2)
    expect(result.err()).toContain('storydeck cannot write stories in `fr`; choose one of `en`, `da`')
  })

  it('accepts the slug with `.md`', () => {
    expect(isSafeSlug('vision-2028')).toBe(true)
    expect(isSafeSlug('vision--2028')).toBe(false)
  })
})
