/**
 * Dev-only changes to a page before the dev server sends it: Vite's client
 * and storydeck's dev client are added, and the page's Content-Security-Policy
 * is relaxed just enough for them. Built output never passes through here.
 * Pure string functions.
 */

import { formatPolicy, parsePolicy } from '../render/csp.ts'
import { escapeHtml } from '../render/escape.ts'

/** URL path (under Vite's base) of storydeck's dev client module. */
export const CLIENT_PATH = '@storydeck/client.js'

/** URL path (under Vite's base) of the coach messages of a page. */
export const MESSAGES_PATH = '@storydeck/messages.json'

/**
 * Add the dev scripts and relax the CSP of a page.
 *
 * @param html the page as `buildStory` rendered it.
 * @param base Vite's `base` (ends with `/`).
 */
export function prepareDevPage(html: string, base: string): string {
  const scripts =
    `<script type="module" src="${base}@vite/client"></script>` +
    `<script type="module" src="${base}${CLIENT_PATH}"></script>`
  const relaxed = html.replace(/<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi, (tag) =>
    tag.replace(
      /content\s*=\s*(["'])(.*?)\1/is,
      (_, _quote: string, policy: string) => `content="${escapeHtml(relaxCsp(decodeEntities(policy)))}"`,
    ),
  )
  const head = /<\/head\s*>/i.exec(relaxed)
  if (head) return relaxed.slice(0, head.index) + scripts + relaxed.slice(head.index)
  return scripts + relaxed
}

/**
 * Relax a Content-Security-Policy for the dev server: scripts from the dev
 * server itself, the HMR websocket, and the inline styles of Vite's error
 * overlay. Every other directive is kept as it is.
 */
export function relaxCsp(policy: string): string {
  const directives = new Map(parsePolicy(policy).map(({ name, sources }) => [name, sources]))
  const fallback = directives.get('default-src')
  const widen = (name: string, extra: string[], inherit = true): void => {
    const current = directives.get(name) ?? (fallback && inherit ? [...fallback] : undefined)
    if (current === undefined) return
    const kept = current.filter((source) => source !== "'none'")
    directives.set(name, [...kept, ...extra.filter((source) => !kept.includes(source))])
  }
  widen('script-src', ["'self'"])
  // Note: the `-elem` directives fall back to their parent, not to default-src; widen them only when present.
  widen('script-src-elem', ["'self'"], false)
  widen('connect-src', ["'self'", 'ws:', 'wss:'])
  widen('style-src', ["'self'", "'unsafe-inline'"])
  widen('style-src-elem', ["'self'", "'unsafe-inline'"], false)
  return formatPolicy([...directives].map(([name, sources]) => ({ name, sources })))
}

/** Decode the character references an attribute value may hold (`&#39;`, `&#x3d;`, `&amp;`, …). */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? whole
    const number =
      code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10)
    return Number.isFinite(number) ? String.fromCodePoint(number) : whole
  })
}
