/**
 * Content-Security-Policy strings for the pages we write: a second wall
 * behind the sanitiser, so no inline or foreign script ever runs.
 */

/**
 * Policy of a deck: scripts only from the deck's own origin (our shared
 * assets), plus the exact inline script reveal.js's notes plugin writes into
 * the speaker-view popup, allowed by its hash.
 *
 * Note: the popup is an `about:blank` window, which inherits this policy from
 * the deck; without the hash the speaker view stays blank. Styles allow
 * `'unsafe-inline'` because reveal.js and the speaker view set inline styles
 * and `<style>` elements, and the theme's colours arrive in a `style`
 * attribute; story text never reaches a style (it is escaped and the colour
 * values are validated). `'self'` also matches `file:` pages in Chromium, so
 * the policy holds when the deck is opened from disk.
 *
 * @param scriptHashes CSP hash sources such as `sha256-…` (without quotes).
 */
export function deckPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${["'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "media-src 'self'",
    // The speaker view shows the current and next slide in frames of the deck itself.
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ')
}

/** Policy of a page without any script (story index, poster). */
export function staticPolicy(): string {
  return [
    "default-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** One directive of a policy: its name (lower case) and its sources, in order. */
export interface Directive {
  name: string
  sources: string[]
}

/**
 * The one reader of a policy string: its directives in order, names lower-cased
 * (they are case-insensitive), empty parts skipped. The single-file form and
 * the dev server both change a policy through it.
 */
export function parsePolicy(policy: string): Directive[] {
  const directives: Directive[] = []
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.push({ name: name.toLowerCase(), sources })
  }
  return directives
}

/** Directives back to a policy string: `name source source; name …`. */
export function formatPolicy(directives: Iterable<Readonly<Directive>>): string {
  return [...directives].map(({ name, sources }) => [name, ...sources].join(' ')).join('; ')
}

/**
 * Policy of the town hall pages served by `storydeck present` (audience and
 * moderation pages): our own scripts and styles only, and a websocket back
 * to the same server (`connect-src 'self'` covers `ws:` to the same host).
 */
export function livePolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ')
}

/** Policy of the presenter's deck when served live: the deck's own policy plus the websocket to the same server. */
export function presenterDeckPolicy(scriptHashes: readonly string[]): string {
  return `${deckPolicy(scriptHashes)}; connect-src 'self'`
}

/** Policy of the town hall's join page (`/`): no script at all, and a form sent to the same server. */
export function joinPolicy(): string {
  return ["default-src 'none'", "style-src 'self'", "base-uri 'none'", "form-action 'self'", "object-src 'none'"].join(
    '; ',
  )
}
