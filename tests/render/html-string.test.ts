/**
 * `html-string.ts` writes the same bytes as hastscript + hast-util-to-html
 * (which the handout used before), for every shape the handout uses and for
 * text and attributes that need escaping.
 */
import type { ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { describe, expect, it } from 'vitest'
import { type Attributes, type Child, documentHtml, el, raw } from '../../src/render/html-string.ts'

const NASTY = `Tom & Jerry's "quote" <b>bold</b> \`tick\` ≥ æøå 👋 &amp;`

/** The same element both ways: hastscript's tree printed by hast-util-to-html, and `el`. */
function both(selector: string, attributes: Attributes | undefined, children: string[] = []): [string, string] {
  const tree = attributes === undefined ? h(selector, children) : h(selector, attributes as never, children)
  return [toHtml(tree), el(selector, attributes, children).html]
}

describe('el', () => {
  const cases: Array<[string, Attributes | undefined, string[]?]> = [
    ['span', undefined, ['plain']],
    ['p.kicker', undefined, [NASTY]],
    ['article.page.wide', undefined, []],
    ['section.row', { className: ['is-stacked', 'rows-3'] }],
    ['li', { className: [] }, ['empty class list']],
    ['li', { className: ['is-current'] }, ['one']],
    ['li', { className: 'a  b ' }, ['a string class list']],
    ['div', { title: 'x', className: ['late'] }, ['class after another attribute']],
    ['div.first', { title: 'x', className: ['late'] }, ['selector class comes first']],
    ['html', { lang: 'nb', style: `--sd-font: 'Noto Sans', "DejaVu"; --sd-x: a&b` }],
    ['meta', { charset: 'utf-8' }],
    ['meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }],
    ['meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }],
    ['link', { rel: 'alternate', hrefLang: 'da', href: 'da/handout.html?a=1&b=2' }],
    ['img.logo', { src: 'img/logo "x".png', alt: '' }],
    ['title', undefined, [NASTY]],
    ['h2', undefined, ['Notes', ' ', '3 / 11']],
  ]
  for (const [selector, attributes, children] of cases) {
    it(`writes ${selector} ${JSON.stringify(attributes ?? {})} as hast-util-to-html does`, () => {
      const [expected, actual] = both(selector, attributes, children)
      expect(actual).toBe(expected)
    })
  }

  it('prints style and script content as it is, and raw HTML as it is', () => {
    const css = 'a > b { content: "&<" }'
    expect(el('style', css).html).toBe(toHtml(h('style', css)))
    const fragment = '<p>Safe <em>fragment</em></p>'
    const tree = h('div.body', [{ type: 'raw', value: fragment } as unknown as ElementContent])
    expect(el('div.body', [raw(fragment)]).html).toBe(toHtml(tree, { allowDangerousHtml: true }))
  })

  it('nests elements and skips empty children, and writes a document with its doctype', () => {
    const children: Child = [el('h1.title', 'Title'), null, undefined, [el('p', NASTY)]]
    const tree = h('html', { lang: 'en' }, [h('body', [h('h1.title', 'Title'), h('p', NASTY)])])
    expect(documentHtml(el('html', { lang: 'en' }, [el('body', children)]))).toBe(
      toHtml({ type: 'root', children: [{ type: 'doctype' }, tree] }),
    )
  })
})
