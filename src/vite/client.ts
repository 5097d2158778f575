/**
 * Source of the dev client: a small browser module the dev server adds to
 * every page. It reloads the page when its story changes (keeping the slide
 * or scroll position) and shows the story coach's warnings in a small badge.
 * Dev only; it never reaches built output.
 */
import { MESSAGES_PATH } from './html.ts'
import { HEALTH_PATH } from './health.ts'

/** Custom HMR event: pages whose content changed. */
export const RELOAD_EVENT = 'storydeck:reload'

/** Payload of {@link RELOAD_EVENT}. */
export interface ReloadPayload {
  /** URL paths (with Vite's base) of the pages to reload. */
  pages: string[]
}

/** One coach message as the badge shows it. */
export interface ClientMessage {
  file: string
  line: number
  column: number
  severity: 'warning' | 'hint'
  reason: string
  /** What to do about it ('' when the message says nothing more). */
  fix: string
  ruleId: string
}

/** What the badge of a page shows: its words in the message language, and the messages. */
export interface ClientBadge {
  /** The message language. */
  lang: string
  /** The button: "⚠ 2 coach notes". */
  label: string
  /** The button's tooltip. */
  title: string
  /** The health page link's text. */
  health: string
  messages: ClientMessage[]
}

/**
 * The dev client's module source.
 *
 * @param base Vite's `base` (ends with `/`).
 */
export function clientSource(base: string): string {
  return `// storydeck dev client (dev server only)
const base = ${JSON.stringify(base)}
const page = decodeURI(location.pathname)
const key = 'storydeck:position:' + page

function samePage(path) {
  return path === page || (page.endsWith('/') && path === page + 'index.html') || (path.endsWith('/') && page === path + 'index.html')
}

function savePosition() {
  const reveal = globalThis.Reveal
  const position = { scroll: [scrollX, scrollY] }
  if (reveal && typeof reveal.getIndices === 'function' && reveal.isReady && reveal.isReady()) position.slide = reveal.getIndices()
  sessionStorage.setItem(key, JSON.stringify(position))
}

function restorePosition() {
  const saved = sessionStorage.getItem(key)
  if (saved === null) return
  sessionStorage.removeItem(key)
  let position
  try { position = JSON.parse(saved) } catch { return }
  const reveal = globalThis.Reveal
  if (position.slide && reveal && typeof reveal.slide === 'function') {
    const go = () => reveal.slide(position.slide.h, position.slide.v, position.slide.f)
    if (reveal.isReady && reveal.isReady()) go()
    else if (typeof reveal.on === 'function') reveal.on('ready', go)
  } else if (position.scroll) {
    addEventListener('load', () => scrollTo(position.scroll[0], position.scroll[1]), { once: true })
    scrollTo(position.scroll[0], position.scroll[1])
  }
}

function reload() {
  savePosition()
  location.reload()
}

function resources(doc) {
  return [...doc.querySelectorAll('link[rel="stylesheet"], script[src]')].map((el) => el.getAttribute('href') || el.getAttribute('src')).join('\\n')
}

// A deck is updated in place: the new slides replace the old ones and reveal.js
// stays on the same slide, which is faster than loading reveal.js again.
// Anything else (another theme, the poster, the index) reloads the page.
async function update() {
  const reveal = globalThis.Reveal
  const slides = document.querySelector('.reveal .slides')
  if (!reveal || !slides || !reveal.isReady || !reveal.isReady() || typeof reveal.sync !== 'function') return reload()
  try {
    const response = await fetch(location.pathname + location.search, { cache: 'no-store' })
    if (!response.ok) return reload()
    const next = new DOMParser().parseFromString(await response.text(), 'text/html')
    const nextSlides = next.querySelector('.reveal .slides')
    if (!nextSlides || resources(next) !== resources(document)) return reload()
    const at = reveal.getIndices()
    document.title = next.title
    const style = next.documentElement.getAttribute('style')
    if (style === null) document.documentElement.removeAttribute('style')
    else document.documentElement.setAttribute('style', style)
    slides.replaceChildren(...[...nextSlides.childNodes].map((node) => document.importNode(node, true)))
    reveal.sync()
    reveal.slide(at.h, at.v, at.f)
    // Note: the story builds again, so an error overlay from before is out of date.
    for (const overlay of document.querySelectorAll('vite-error-overlay')) overlay.remove()
    // Note: the deck script fits a slide to the screen when reveal.js reports it as shown.
    const shown = new CustomEvent('slidechanged', { bubbles: true })
    Object.assign(shown, { currentSlide: reveal.getCurrentSlide(), indexh: at.h, indexv: at.v })
    document.querySelector('.reveal')?.dispatchEvent(shown)
    showMessages()
  } catch {
    reload()
  }
}

function badge(data) {
  const messages = data.messages
  document.getElementById('storydeck-dev-badge')?.remove()
  if (messages.length === 0 || location.search.includes('print-pdf')) return
  const box = document.createElement('div')
  box.id = 'storydeck-dev-badge'
  Object.assign(box.style, {
    // Note: on a deck, right of its slide number (reveal.js puts it bottom left), not over it.
    position: 'fixed', left: document.querySelector('.reveal') ? '104px' : '8px', bottom: '8px',
    zIndex: '2147483000', maxWidth: 'min(40rem, calc(100vw - 112px))',
    font: '13px/1.4 system-ui, sans-serif', color: '#3d2c00'
  })
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = data.label
  button.title = data.title
  box.lang = data.lang
  Object.assign(button.style, {
    background: '#ffe9a8', border: '1px solid #c9a227', borderRadius: '999px', padding: '2px 10px',
    font: 'inherit', color: 'inherit', cursor: 'pointer', opacity: '0.85'
  })
  const list = document.createElement('ol')
  list.hidden = true
  Object.assign(list.style, {
    background: '#fffaf0', border: '1px solid #c9a227', borderRadius: '6px', margin: '0 0 4px', padding: '6px 10px 6px 28px',
    maxHeight: '40vh', overflow: 'auto', textAlign: 'left'
  })
  for (const message of messages) {
    const item = document.createElement('li')
    const place = document.createElement('code')
    place.textContent = message.file + ':' + message.line + ':' + message.column
    item.append(place, ' ' + message.reason + (message.ruleId ? ' [' + message.ruleId + ']' : ''))
    if (message.fix) {
      const fix = document.createElement('div')
      fix.textContent = message.fix
      Object.assign(fix.style, { color: '#5c4a1a', fontSize: '12px' })
      item.append(fix)
    }
    list.append(item)
  }
  button.addEventListener('click', () => { list.hidden = !list.hidden })
  const health = document.createElement('a')
  health.href = base + ${JSON.stringify(HEALTH_PATH)} + '?page=' + encodeURIComponent(page)
  health.target = '_blank'
  health.textContent = data.health
  Object.assign(health.style, { marginLeft: '8px', color: '#1f4e79', background: '#fffaf0', padding: '2px 6px', borderRadius: '4px' })
  box.append(list, button, health)
  document.body.append(box)
}

async function showMessages() {
  try {
    const response = await fetch(base + ${JSON.stringify(MESSAGES_PATH)} + '?page=' + encodeURIComponent(page), { cache: 'no-store' })
    if (response.ok) badge(await response.json())
  } catch {}
}

addEventListener('beforeprint', () => document.getElementById('storydeck-dev-badge')?.remove())
restorePosition()
if (document.readyState === 'loading') addEventListener('DOMContentLoaded', showMessages, { once: true })
else showMessages()

if (import.meta.hot) {
  import.meta.hot.on(${JSON.stringify(RELOAD_EVENT)}, (data) => {
    if (data.pages.some(samePage)) update()
  })
  import.meta.hot.on('vite:beforeFullReload', savePosition)
}
`
}
