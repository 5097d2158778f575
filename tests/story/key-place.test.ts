import { describe, expect, test } from 'vitest'
import { VFile } from 'vfile'
import { frontmatterKeyPlace, jsonKeyPlace } from '../../src/story/key-place.ts'
import { SPINE, parse } from '../util/story.ts'

function placeIn(frontmatter: string, path: string[], lineBreak = '\n'): { line: number; column: number } | undefined {
  const { file } = parse(`---\n${frontmatter}\n---\n\ntheme: not a key\n\n${SPINE}`.replaceAll('\n', lineBreak))
  return frontmatterKeyPlace(file, path)
}

describe('frontmatterKeyPlace', () => {
  test('finds a top-level key and a nested key by the YAML nodes', () => {
    const frontmatter =
      'title: A\ntheme: nordic\nbrand:\n  logo: brand/logo.svg\n    # primary: in a comment\n  primary: "#123456"'
    expect(placeIn(frontmatter, ['theme'])).toEqual({ line: 3, column: 1 })
    expect(placeIn(frontmatter, ['brand', 'primary'])).toEqual({ line: 7, column: 3 })
  })

  test('falls back to the deepest key there, and is undefined without the first', () => {
    expect(placeIn('title: A\nbrand:\n  logo: x.svg', ['brand', 'accent'])).toEqual({ line: 3, column: 1 })
    // Note: a `theme:` line in the body is not the frontmatter's key.
    expect(placeIn('title: A', ['theme'])).toBeUndefined()
  })

  test('handles flow maps, quoted keys and CRLF line breaks', () => {
    expect(placeIn('title: A\nlint: { jargon/buzzword: off, "focus/roles": info }', ['lint', 'focus/roles'])).toEqual({
      line: 3,
      column: 31,
    })
    expect(placeIn('title: A\n\nbrand:\n  accent: "#abc"', ['brand', 'accent'], '\r\n')).toEqual({
      line: 5,
      column: 3,
    })
  })

  test('is undefined for a story without frontmatter', () => {
    const { file } = parse(SPINE)
    expect(frontmatterKeyPlace(file, ['theme'])).toBeUndefined()
  })
})

describe('jsonKeyPlace', () => {
  const config = (text: string): VFile => new VFile({ path: 'storydeck.config.json', value: text })

  test('finds a key by the nodes, not the first text that looks like it', () => {
    const file = config(
      '{\n  "primary": "the word comes first",\n  "brand": {\n\t"logo": "a.svg",\n\t"primary": "navy"\n  }\n}\n',
    )
    expect(jsonKeyPlace(file, ['brand', 'primary'])).toEqual({ line: 5, column: 2 })
    expect(jsonKeyPlace(file, ['brand', 'accent'])).toEqual({ line: 3, column: 3 })
    expect(jsonKeyPlace(file, ['lint'])).toBeUndefined()
  })

  test('shows the first of a key written twice, as JSON.parse keeps the last', () => {
    expect(jsonKeyPlace(config('{ "theme": "a",\n  "theme": "b" }'), ['theme'])).toEqual({ line: 1, column: 3 })
  })
})
