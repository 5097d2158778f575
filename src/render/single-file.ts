/**
 * A written page (deck or poster) -> one HTML file that needs nothing else:
 * stylesheets, scripts, images and fonts inlined, so it opens by
 * double-click with no network and no other files. Pure: files are read
 * through the `read` callback from the build's outputs.
 */
import { createHash } from 'node:crypto'
import path from 'node:path/posix'
import type { Element, Root, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { mediaTypeOf } from '../media-types.ts'
import { formatPolicy, parsePolicy } from './csp.ts'

/** Options of {@link inlineDocument}. */
export interface SingleFileOptions {
  /** Path of the page under the output folder (posix), e.g. `harbour/index.html`; its relative URLs resolve against it. */
  path: string
  /** Bytes of a file under the output folder (posix path), or undefined when there is none. */
  read(path: string): Uint8Array | undefined
}

/**
 * Inline every stylesheet, script, image and font a page links, and tighten
 * its Content-Security-Policy: scripts only by the sha256 of each inlined
 * script (plus hashes the policy already had, such as the speaker view's),
 * images and fonts only as `data:` URLs.
 *
 * @throws when the page links a local file that `read` does not have (a bug: the build wrote the page).
 */
export function inlineDocument(html: string, options: Readonly<SingleFileOptions>): string {
  const tree = fromHtml(html)
  const base = path.dirname(options.path)
  const text = documentText(tree)
  const scriptHashes: string[] = []
  const load = (from: string, url: string): Uint8Array | undefined => {
    if (!isLocal(url)) return undefined
    const target = path.normalize(path.join(from, decodeURI(url.split(/[?#]/)[0] ?? '')))
    const bytes = options.read(target)
    if (bytes === undefined)
      throw new Error(`single file: \`${options.path}\` links \`${url}\`, which the build did not write`)
    return bytes
  }
  const css = (from: string, source: string): string =>
    inlineCss(source, { text, url: (url) => dataUrl(url, load(from, url)) })

  visit(tree, 'element', (node: Element) => {
    const props = node.properties
    if (node.tagName === 'link' && relOf(node).includes('stylesheet') && typeof props.href === 'string') {
      const href = props.href
      const bytes = load(base, href)
      if (bytes === undefined) return
      const from = path.dirname(path.join(base, href))
      Object.assign(node, { tagName: 'style', properties: {}, children: [textNode(css(from, decode(bytes)))] })
    } else if (node.tagName === 'script' && typeof props.src === 'string') {
      const bytes = load(base, props.src)
      if (bytes === undefined) return
      delete props.src
      node.children = [textNode(escapeScript(decode(bytes)))]
    } else if ((node.tagName === 'img' || node.tagName === 'source') && typeof props.src === 'string') {
      props.src = dataUrl(props.src, load(base, props.src))
      // Note: lazy images inside hidden slides may never load when printed; they are already here.
      delete props.loading
    } else if (node.tagName === 'style') {
      node.children = node.children.map((child) => (child.type === 'text' ? textNode(css(base, child.value)) : child))
    }
    if (typeof props.style === 'string' && props.style.includes('url(')) props.style = css(base, props.style)
    if (node.tagName === 'script' && node.children.length > 0) {
      const source = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
      scriptHashes.push(`sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`)
    }
  })
  visit(tree, 'element', (node: Element) => {
    if (
      node.tagName === 'meta' &&
      String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy'
    ) {
      node.properties.content = singleFilePolicy(String(node.properties.content ?? ''), scriptHashes)
    }
  })
  return toHtml(tree, { allowDangerousHtml: true })
}

/**
 * The page's policy for its single-file form: `script-src` becomes the
 * given hashes plus the hash sources it already had (never `'self'` or
 * `'unsafe-inline'`); images and fonts also from `data:`.
 */
export function singleFilePolicy(policy: string, scriptHashes: readonly string[]): string {
  const directives = parsePolicy(policy)
  const find = (name: string): string[] | undefined => directives.find((directive) => directive.name === name)?.sources
  const scripts = find('script-src')
  const hashes = [
    ...new Set([
      ...(scripts ?? []).filter((source) => /^'sha(256|384|512)-/.test(source)),
      ...scriptHashes.map((hash) => `'${hash}'`),
    ]),
  ]
  if (hashes.length > 0) {
    if (scripts) scripts.splice(0, scripts.length, ...hashes)
    else directives.push({ name: 'script-src', sources: hashes })
  }
  for (const name of ['img-src', 'font-src']) {
    const sources = find(name)
    if (sources === undefined) directives.push({ name, sources: ['data:'] })
    else if (!sources.includes('data:')) sources.push('data:')
  }
  return formatPolicy(directives)
}

/** Options of {@link inlineCss}. */
export interface InlineCssOptions {
  /** Text of the page, to keep only the font subsets (`unicode-range`) it needs. Default: keep all. */
  text?: string
  /** A `url()` target -> the URL to print instead (a `data:` URL), or undefined to keep it. */
  url(url: string): string | undefined
}

/**
 * Inline a stylesheet's `url()`s. Fonts stay lean: of a `src` list only the
 * WOFF2 files are kept when there are any, and `@font-face` rules whose
 * `unicode-range` covers no character of the page are dropped.
 */
export function inlineCss(css: string, options: Readonly<InlineCssOptions>): string {
  const lean = css.replace(/@font-face\s*\{[^}]*\}/gi, (rule) => {
    const range = /unicode-range\s*:\s*([^;}]+)/i.exec(rule)?.[1]
    if (range !== undefined && options.text !== undefined && !coversAny(range, options.text)) return ''
    return rule.replace(/(\bsrc\s*:\s*)([^;}]+)/i, (_all, prefix: string, list: string) => {
      const items = list.split(/,(?=\s*(?:url|local)\()/i)
      const woff2 = items.filter((item) => /format\(\s*['"]?woff2/i.test(item) || /\.woff2['")?#]/i.test(item))
      return prefix + (woff2.length > 0 ? woff2 : items).map((item) => item.trim()).join(', ')
    })
  })
  return lean.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi, (all, _quote: string, url: string) => {
    const replaced = options.url(url.trim())
    return replaced === undefined ? all : `url("${replaced}")`
  })
}

/**
 * Escape what would end or confuse an inline `<script>`: `</script`,
 * `<script` and `<!--` become `\x3C…`.
 *
 * Note: in our scripts these sequences only occur inside strings, template
 * literals and regular expressions, where `\x3C` means the same `<` (so the
 * speaker view's hash, taken over the cooked template, still matches).
 */
export function escapeScript(source: string): string {
  return source.replace(/<(?=\/?script|!--)/gi, '\\x3C')
}

/** Whether a `unicode-range` value covers any character of `text`. */
function coversAny(range: string, text: string): boolean {
  const spans = range.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part)
    if (match === null) return []
    const start = Number.parseInt((match[1] ?? '').replaceAll('?', '0'), 16)
    const end =
      match[2] !== undefined
        ? Number.parseInt(match[2], 16)
        : Number.parseInt((match[1] ?? '').replaceAll('?', 'f'), 16)
    return [[start, end] as const]
  })
  if (spans.length === 0) return true
  for (const char of new Set(text)) {
    const code = char.codePointAt(0) ?? 0
    if (spans.some(([start, end]) => code >= start && code <= end)) return true
  }
  return false
}

/** All text of the page (body and attributes are enough for font subsets; digits and punctuation included). */
function documentText(tree: Root): string {
  let text = ' 0123456789'
  visit(tree, 'text', (node: Text) => {
    text += node.value
  })
  return text
}

function dataUrl(url: string, bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined) return undefined
  // Note: a data: URL takes the bare type (`text/css`, not `text/css; charset=utf-8`).
  const type = mediaTypeOf(url).split(';')[0]
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`
}

function isLocal(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !url.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(url)
}

function relOf(node: Element): string[] {
  const rel: unknown = node.properties.rel
  if (Array.isArray(rel)) return rel.map(String)
  return typeof rel === 'string' ? rel.split(/\s+/) : []
}

function textNode(value: string): Text {
  return { type: 'text', value }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes)
}
