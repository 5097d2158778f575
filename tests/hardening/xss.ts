/**
 * The XSS corpus (`tests/fixtures/xss-payloads.txt`), stories that place a
 * payload in every frontmatter text field and every section kind, and a
 * check that built HTML holds no executable script from the story.
 */
import { readFileSync } from 'node:fs'
import type { Element, Root, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

/** One payload per line. */
export const PAYLOADS: readonly string[] = readFileSync(
  new URL('../fixtures/xss-payloads.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')

const quote = (text: string): string => JSON.stringify(text)

/**
 * A story with `payload` in every frontmatter text field (title, subtitle,
 * organisation, author, role, glossary key and value, poster link) and every
 * section kind (lead, spine headline, elaboration and notes, purpose, picture,
 * customers, roles, steps, a free chapter, questions, a table).
 */
export function xssStory(payload: string): string {
  const p = payload
  return [
    '---',
    `title: ${quote(`Title ${p}`)}`,
    `subtitle: ${quote(p)}`,
    `organisation: ${quote(p)}`,
    `author: ${quote(p)}`,
    `role: ${quote(p)}`,
    'date: 2026-11-22',
    'poster:',
    `  link: ${quote(`https://example.com/vision?q=${p}`)}`,
    'glossary:',
    // Note: YAML keys are at most 1024 characters, so the all-payload corpus story uses a plain key.
    `  ${quote(p.length < 500 ? `CX ${p}` : 'CX')}: ${quote(p)}`,
    '---',
    '',
    `Lead ${p}`,
    '',
    '# From',
    `Headline from ${p}`,
    '',
    `Elaboration *${p}* and **${p}**`,
    '',
    `Note: notes ${p}`,
    '',
    '# To',
    `Headline to ${p}`,
    '',
    `Note: ${p}`,
    '',
    '# Because',
    `Headline because ${p}`,
    '',
    `> quoted ${p}`,
    '',
    '# Purpose',
    p,
    '',
    '# The picture',
    p,
    '',
    '# For our customers',
    `- ${p}`,
    '',
    '# What it means for you',
    '',
    `## Role ${p}`,
    p,
    '',
    '# The way there',
    '',
    `## 2027 — step ${p}`,
    p,
    '',
    `# Chapter ${p}`,
    p,
    '',
    `| head | ${p.replace(/\|/g, '\\|')} |`,
    '| --- | --- |',
    `| cell | ${p.replace(/\|/g, '\\|')} |`,
    '',
    '# Questions',
    `- ${p}`,
    `- [${p}](https://example.com)`,
    '',
  ].join('\n')
}

/** A Markdown image; with a script URL it is a build error, so it cannot be in a story that builds. */
export const MARKDOWN_IMAGE = /!\[[^\]]*\]\(/

/** One story holding every payload that lets the story build (for the browser). */
export function corpusStory(): string {
  return xssStory(PAYLOADS.filter((payload) => !MARKDOWN_IMAGE.test(payload)).join(' '))
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formAction',
  'data',
  'xLinkHref',
  'poster',
  'background',
  'cite',
  'srcDoc',
]
const FORBIDDEN = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'applet',
  'form',
  'template',
  'portal',
])

/** What makes a page able to run story script; empty when the page is safe. */
export function scriptProblems(html: string, kind: 'deck' | 'poster'): string[] {
  const tree: Root = fromHtml(html)
  const problems: string[] = []
  let csp: string | undefined
  visit(tree, 'element', (node: Element) => {
    const name = node.tagName
    const props = node.properties
    if (name === 'script') {
      const src = typeof props.src === 'string' ? props.src : ''
      if (kind === 'poster') problems.push(`script in the poster: ${src || hastToString(node).slice(0, 60)}`)
      else if (!/^\.\.\/assets\/[a-z-]+\.[0-9a-f]{8}\.js$/.test(src) || hastToString(node).trim() !== '')
        problems.push(`script not ours: ${src}`)
    }
    if (FORBIDDEN.has(name)) problems.push(`<${name}>`)
    if (name === 'meta') {
      const equiv = String(props.httpEquiv ?? '').toLowerCase()
      if (equiv === 'refresh') problems.push('<meta http-equiv=refresh>')
      if (equiv === 'content-security-policy') csp = String(props.content ?? '')
    }
    if (name === 'link' && String(props.rel ?? '').includes('import')) problems.push('<link rel=import>')
    if (name === 'style' && /evil\.example|javascript:/i.test(hastToString(node)))
      problems.push('<style> from the story')
    for (const [key, value] of Object.entries(props)) {
      if (/^on/i.test(key)) problems.push(`${name}[${key}]`)
      if (key === 'style' && /url\s*\(|javascript:|expression\s*\(/i.test(String(value)))
        problems.push(`${name}[style=${String(value).slice(0, 60)}]`)
      if (!URL_ATTRIBUTES.includes(key)) continue
      // Note: browsers ignore ASCII whitespace and control characters inside a scheme.
      const url = String(value)
        .replace(/[\u0000-\u0020]/g, '')
        .toLowerCase()
      if (/^(?:javascript|vbscript|livescript):/.test(url)) problems.push(`${name}[${key}=${url.slice(0, 40)}]`)
      if (url.startsWith('data:') && !(name === 'img' && /^data:image\/(?:png|jpeg|gif|webp|svg\+xml)[;,]/.test(url)))
        problems.push(`${name}[${key}=data:…]`)
      if (key === 'srcDoc') problems.push(`${name}[srcdoc]`)
    }
  })
  if (csp === undefined) problems.push('no Content-Security-Policy meta')
  else {
    const script = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? ''
    if (/unsafe-inline|unsafe-eval|\*|https?:/.test(script)) problems.push(`weak script-src: ${script}`)
    if (kind === 'poster' && script !== '') problems.push(`poster allows script: ${script}`)
    if (!/default-src 'none'/.test(csp)) problems.push('CSP without default-src none')
  }
  return problems
}

/** Visible text of a page (entities decoded). */
export function textOf(html: string): string {
  return hastToString(fromHtml(html))
}

function hastToString(node: Root | Element): string {
  let text = ''
  visit(node, 'text', (child: Text) => {
    text += child.value
  })
  return text
}
