/**
 * Raw HTML support (parse5) loads only when a project allows raw HTML.
 */
import type { Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { loadRawHtml, markdownToHtml } from '../../src/render/markdown.ts'

const paragraph: Paragraph = {
  type: 'paragraph',
  children: [
    { type: 'text', value: 'Call ' },
    { type: 'html', value: '<sup>2</sup>' },
    { type: 'html', value: '<img src=x onerror=alert(1)>' },
  ],
}

describe('markdownToHtml and raw HTML', () => {
  it('shows raw HTML as text without loading the HTML parser', () => {
    expect(markdownToHtml([paragraph], { images: new Map() })).toBe(
      '<p>Call &#x3C;sup>2&#x3C;/sup>&#x3C;img src=x onerror=alert(1)></p>',
    )
  })

  it('asks for loadRawHtml() before it lets raw HTML through', async () => {
    expect(() => markdownToHtml([paragraph], { images: new Map(), html: true })).toThrow(/call loadRawHtml\(\)/)
    await loadRawHtml()
    await loadRawHtml()
    expect(markdownToHtml([paragraph], { images: new Map(), html: true })).toBe('<p>Call <sup>2</sup></p>')
  })
})
