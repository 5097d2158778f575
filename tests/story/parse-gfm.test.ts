import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '../../src/story/parse.ts'

// parseMarkdown leaves GFM's extensions out when a cheap scan finds none of
// their marks (docs/performance.md); every GFM construct must still parse.
const withGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

const gfm: Array<[string, string, string]> = [
  ['table', '| a | b |\n| - | - |\n| 1 | 2 |\n', '"type":"table"'],
  ['one-column table', '| a |\n| - |\n', '"type":"table"'],
  ['strikethrough', 'It is ~~gone~~ now.\n', '"type":"delete"'],
  ['footnote', 'A claim.[^1]\n\n[^1]: The source.\n', '"type":"footnoteReference"'],
  ['task list item', '- [ ] Call back\n- [x] Listen\n', '"checked":true'],
  ['task list item, capital X', '- [X] Listen\n', '"checked":true'],
  ['www autolink', 'See www.example.org today.\n', '"type":"link"'],
  ['http autolink', 'See HTTPS://example.org/a today.\n', '"type":"link"'],
  ['e-mail autolink', 'Write to help@example.org today.\n', '"type":"link"'],
]

const plain = [
  '---\ntitle: A\n---\n\n# From\nOne line.\n\n- a\n- b\n\nNote: said aloud.\n',
  '# To\n\n1. one\n2. two\n\n> quoted *and* **strong** `code`\n\n[link](./a.md) ![image](b.png)\n',
  'Setext\n---\n\n    code\n\n```js\nx\n```\n\n<div>html</div>\n\n[ref]: ./x\n',
]

describe('parseMarkdown', () => {
  test.each(gfm)('parses GFM: %s', (_, text, expected) => {
    const tree = JSON.stringify(parseMarkdown(new VFile(text)))
    expect(tree).toContain(expected)
    expect(tree).toBe(JSON.stringify(withGfm.parse(text)))
  })

  test.each(plain)('gives the same tree as with GFM for text without it: %#', (text) => {
    expect(JSON.stringify(parseMarkdown(new VFile(text)))).toBe(JSON.stringify(withGfm.parse(text)))
  })
})
