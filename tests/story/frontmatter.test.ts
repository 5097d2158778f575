import { describe, expect, test } from 'vitest'
import { SPINE, parse } from '../util/story.ts'

function messagesOf(frontmatter: string): string[] {
  return parse(`---\n${frontmatter}\n---\n\n${SPINE}`).messages
}

describe('frontmatter', () => {
  test('applies defaults', () => {
    const { story } = parse(`---\ntitle: A\n---\n\n${SPINE}`)
    expect(story?.meta).toEqual({
      title: 'A',
      lang: 'en',
      poster: { size: 'A3', orientation: 'portrait' },
      glossary: {},
      lint: {},
    })
  })

  test('reads every key, case-insensitively where natural', () => {
    const { story, messages } = parse(`---
title: One queue becomes the right care
subtitle: Claims 2028
organisation: Nordisk Forsikring
author: Anna Jensen
role: Administrerende direktør
date: 2026-11-22
lang: DA
theme: nordic
poster:
  size: a3
  orientation: Landscape
  link: https://intranet.example.com/vision
glossary:
  CX: kundeoplevelse
lint:
  focus/customer: off
brand:
  primary: '#1F4E79'
---

${SPINE}`)
    expect(messages).toEqual([])
    expect(story?.meta).toMatchObject({
      lang: 'da',
      date: '2026-11-22',
      poster: { size: 'A3', orientation: 'landscape', link: 'https://intranet.example.com/vision' },
      glossary: { CX: 'kundeoplevelse' },
      lint: { 'focus/customer': 'off' },
      brand: { primary: '#1f4e79' },
    })
  })

  test('suggests the key an unknown key looks like', () => {
    expect(messagesOf('tittle: A')).toEqual(['2:1: storydeck does not know the key `tittle`. Did you mean `title`?'])
    const [message] = parse(`---\ntittle: A\n---\n\n${SPINE}`).file.messages
    expect(message?.note).toMatch(
      /^Write `title:` instead\. The keys storydeck knows are `title`, `subtitle`, .*, and `words`\.$/,
    )
    expect(message?.expected).toEqual(['title'])
  })

  test('names the known keys when nothing is close', () => {
    const { file } = parse(`---\ntitle: A\nwhatever: 1\n---\n\n${SPINE}`)
    expect(file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`)).toEqual([
      '3:1: storydeck does not know the key `whatever`.',
    ])
    expect(file.messages[0]?.note).toMatch(/^Use one of `title`, `subtitle`, `organisation`, .*, or remove the line\.$/)
  })

  test('reports a missing title', () => {
    expect(messagesOf('lang: en')).toEqual(['2:1: Your story has no `title:` line in the frontmatter.'])
  })

  test('reports a story without frontmatter', () => {
    expect(parse(SPINE).messages).toEqual([
      '1:1: Your story has no title: the file does not start with the `---` block that holds it.',
    ])
  })

  test('reports a wrong type with the key and what was expected', () => {
    expect(messagesOf('title:\n  - a\n  - b')).toEqual(['2:1: `title` needs text, but you wrote a list.'])
    expect(messagesOf('title: A\ndate: 2026-11-22\ndate2: x\nsubtitle:')).toContain(
      '5:1: `subtitle` needs text, but you wrote nothing.',
    )
    expect(messagesOf('title: A\nposter: A3')).toEqual([
      '3:1: `poster` takes keys indented under it, not a value after the colon.',
    ])
    expect(messagesOf('title: A\ndraft: maybe')).toEqual([
      '3:1: `draft` must be yes or no (`true` or `false`), but you wrote `maybe`.',
    ])
  })

  test('reports an unknown language with a suggestion', () => {
    expect(messagesOf('title: A\nlang: no')).toEqual([
      '3:1: storydeck does not know the language `no`. Did you mean `nb`?',
    ])
  })

  test('reports dates that do not exist or are not ISO', () => {
    expect(messagesOf('title: A\ndate: 2026-02-30')).toEqual([
      '3:1: The date `2026-02-30` does not exist in the calendar.',
    ])
    expect(messagesOf('title: A\ndate: 22.11.2026')).toEqual([
      '3:1: The date `22.11.2026` is not written as year-month-day.',
    ])
  })

  test('requires an absolute http(s) poster link', () => {
    expect(messagesOf('title: A\nposter:\n  link: intranet/vision')).toEqual([
      '4:3: The poster’s link `intranet/vision` is not a full web address.',
    ])
    expect(messagesOf('title: A\nposter: { link: "javascript:alert(1)" }')).toHaveLength(1)
  })

  test('reports bad poster size and orientation', () => {
    expect(messagesOf('title: A\nposter:\n  size: A5\n  orientation: sideways')).toEqual([
      '4:3: storydeck does not know the paper size `A5`.',
      '5:3: The poster’s orientation is `sideways`; storydeck knows `portrait` and `landscape`.',
    ])
  })

  test('reports bad lint settings', () => {
    expect(messagesOf('title: A\nlint:\n  jargon/acronym: loud')).toEqual([
      '4:3: `loud` is not a setting for `jargon/acronym`.',
    ])
  })

  test('reports duplicate keys instead of taking one: the key, at its second occurrence', () => {
    expect(messagesOf('title: A\nlang: en\ntitle: B')).toEqual([
      '4:1: `title` appears twice in the frontmatter; it was already set on line 2.',
    ])
    const { file } = parse(`---\ntitle: A\nposter:\n  size: A3\n  orientation: portrait\n  size: A4\n---\n\n${SPINE}`)
    expect(file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`)).toEqual([
      '6:3: `size` appears twice in the frontmatter; it was already set on line 4.',
    ])
    expect(file.messages[0]?.note).toBe('Keep one `size:` line and delete the other.')
    expect(file.messages[0]?.ruleId).toBe('frontmatter/yaml')
  })

  test('reports tab indentation', () => {
    expect(messagesOf('title: A\nposter:\n\tsize: A4')[0]).toBe(
      '4:1: This line of the frontmatter is indented with a tab; only spaces work there.',
    )
  })

  test('reports malformed YAML with the line of the file', () => {
    expect(messagesOf('title: A\nsubtitle: "unclosed')[0]).toBe(
      '3:20: A value in the frontmatter opens a quotation mark that is never closed.',
    )
    expect(messagesOf('title: A\nnot a key\nlang: da')[0]).toBe(
      '3:1: This frontmatter line is not of the form `key: value`.',
    )
    expect(messagesOf('title: [a, b')[0]).toBe(
      '2:13: The indentation of this frontmatter line does not fit the lines around it.',
    )
    expect(messagesOf('title: @Harbour')[0]).toBe(
      '2:8: This value starts with `@`, a character the frontmatter keeps for itself at the start of a value.',
    )
    expect(messagesOf("title: 'It's time'")[0]).toBe('2:12: This value goes on after its closing quotation mark.')
    expect(messagesOf('title: A\nbrand:\n  logo: "images\\logo.png"')[0]).toBe(
      '4:16: Inside double quotation marks, `\\` starts a special code, and this one cannot be read.',
    )
    // Note: codes without a message of their own keep the reader's words.
    expect(messagesOf('title: !custom A')[0]).toBe(
      '2:8: storydeck cannot read the frontmatter here (the reader says: “Unresolved tag: !custom”).',
    )
  })

  test('reports an unclosed frontmatter', () => {
    expect(parse(`---\ntitle: A\n\n${SPINE}`).messages[0]).toBe(
      '1:1: Your story starts with `---`, but the line of three dashes that closes the frontmatter is missing.',
    )
  })

  test('reports list-shaped frontmatter', () => {
    expect(messagesOf('- title: A')).toEqual([
      '2:1: The frontmatter must be `key: value` lines; yours is a list or a single value.',
    ])
  })

  test('refuses prototype keys', () => {
    expect(messagesOf('title: A\nglossary:\n  __proto__: x')).toEqual([
      '4:3: `__proto__` cannot be used as a name under `glossary`.',
    ])
    expect(messagesOf('title: A\n__proto__: x')[0]).toBe('3:1: storydeck does not know the key `__proto__`.')
    expect(messagesOf('title: A\nposter:\n  sise: A4')[0]).toBe(
      '4:3: storydeck does not know the key `sise` under `poster`. Did you mean `size`?',
    )
  })

  test('reports every problem in one run', () => {
    expect(messagesOf('tittle: A\nlang: xx\ndate: 2026-13-01\nposter:\n  size: A9')).toHaveLength(4)
  })

  test('keeps positions right with CRLF line endings and a BOM', () => {
    const crlf = `---\r\ntitle: A\r\nlang: xx\r\n---\r\n\r\n${SPINE.replace(/\n/g, '\r\n')}`
    expect(parse(crlf).messages).toEqual(['3:1: storydeck does not know the language `xx`.'])
  })
})
