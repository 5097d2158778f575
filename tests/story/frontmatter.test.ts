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
    expect(messagesOf('tittle: A')).toEqual(['2:1: Unexpected frontmatter key `tittle`, expected `title`'])
  })

  test('names the known keys when nothing is close', () => {
    expect(messagesOf('title: A\nwhatever: 1')[0]).toMatch(
      /^3:1: Unexpected frontmatter key `whatever`, expected one of `title`, `subtitle`/,
    )
  })

  test('reports a missing title', () => {
    expect(messagesOf('lang: en')).toEqual([
      '2:1: Unexpected story without a title, expected a `title:` line in the frontmatter',
    ])
  })

  test('reports a story without frontmatter', () => {
    expect(parse(SPINE).messages).toEqual([
      '1:1: Unexpected story without a title, expected frontmatter with `title:` at the top',
    ])
  })

  test('reports a wrong type with the key and what was expected', () => {
    expect(messagesOf('title:\n  - a\n  - b')).toEqual(['2:1: Unexpected a list for `title`, expected text'])
    expect(messagesOf('title: A\nposter: A3')).toEqual([
      '3:1: Unexpected value for `poster`, expected keys `size`, `orientation` or `link` under it',
    ])
  })

  test('reports an unknown language with a suggestion', () => {
    expect(messagesOf('title: A\nlang: no')).toEqual([
      '3:1: Unexpected language `no`, expected `nb` or one of `en`, `da`, `nb`, `nn`, `sv`, `de`',
    ])
  })

  test('reports dates that do not exist or are not ISO', () => {
    expect(messagesOf('title: A\ndate: 2026-02-30')).toEqual([
      '3:1: Unexpected date `2026-02-30`, expected a day that exists in the calendar',
    ])
    expect(messagesOf('title: A\ndate: 22.11.2026')).toEqual([
      '3:1: Unexpected date `22.11.2026`, expected year-month-day such as `2026-11-22`',
    ])
  })

  test('requires an absolute http(s) poster link', () => {
    expect(messagesOf('title: A\nposter:\n  link: intranet/vision')).toEqual([
      '4:3: Unexpected link `intranet/vision`, expected a full web address starting with `https://` or `http://`',
    ])
    expect(messagesOf('title: A\nposter: { link: "javascript:alert(1)" }')).toHaveLength(1)
  })

  test('reports bad poster size and orientation', () => {
    expect(messagesOf('title: A\nposter:\n  size: A5\n  orientation: sideways')).toEqual([
      '4:3: Unexpected paper size `A5`, expected one of `A4`, `A3`, `A2`, `letter`, `tabloid`',
      '5:3: Unexpected orientation `sideways`, expected `portrait` or `landscape`',
    ])
  })

  test('reports bad lint settings', () => {
    expect(messagesOf('title: A\nlint:\n  jargon/acronym: loud')).toEqual([
      '4:3: Unexpected setting `loud` for `jargon/acronym`, expected `off`, `info`, `warn` or `error`',
    ])
  })

  test('reports duplicate keys instead of taking one', () => {
    expect(messagesOf('title: A\ntitle: B')).toEqual([
      '3:1: Unexpected duplicate key in the frontmatter, expected each key once',
    ])
  })

  test('reports tab indentation', () => {
    expect(messagesOf('title: A\nposter:\n\tsize: A4')[0]).toMatch(/^4:1: Unexpected tab used for indentation/)
  })

  test('reports malformed YAML with the line of the file', () => {
    const [first] = messagesOf('title: A\nsubtitle: "unclosed')
    expect(first).toMatch(/^3:\d+: Unexpected/)
  })

  test('reports an unclosed frontmatter', () => {
    expect(parse(`---\ntitle: A\n\n${SPINE}`).messages[0]).toBe(
      '1:1: Unexpected frontmatter without its closing `---`, expected a line with three dashes after the last key',
    )
  })

  test('reports list-shaped frontmatter', () => {
    expect(messagesOf('- title: A')).toEqual(['2:1: Unexpected frontmatter shape, expected `key: value` lines'])
  })

  test('refuses prototype keys', () => {
    expect(messagesOf('title: A\nglossary:\n  __proto__: x')).toEqual([
      '4:3: Unexpected key `__proto__` under `glossary`, expected another name',
    ])
    expect(messagesOf('title: A\n__proto__: x')[0]).toMatch(/^3:1: Unexpected frontmatter key `__proto__`/)
  })

  test('reports every problem in one run', () => {
    expect(messagesOf('tittle: A\nlang: xx\ndate: 2026-13-01\nposter:\n  size: A9')).toHaveLength(4)
  })

  test('keeps positions right with CRLF line endings and a BOM', () => {
    const crlf = `---\r\ntitle: A\r\nlang: xx\r\n---\r\n\r\n${SPINE.replace(/\n/g, '\r\n')}`
    expect(parse(crlf).messages).toEqual([
      '3:1: Unexpected language `xx`, expected one of `en`, `da`, `nb`, `nn`, `sv`, `de`',
    ])
  })
})
