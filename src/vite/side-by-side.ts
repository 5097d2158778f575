/**
 * The dev server's side-by-side page of a language version,
 * `/<name>/<lang>/side-by-side.html`: the source's deck and the version's
 * deck next to each other; moving through either moves the other to the
 * matching slide (same section, same position in it). Each deck reloads on
 * its own when its file is saved, and keeps its slide.
 */
import Mustache from 'mustache'
import { ENDONYMS } from '../story/versions.ts'
import type { Lang, Story } from '../types.ts'

/** Where the page's script is served, under the dev server's base. */
export const SIDE_BY_SIDE_SCRIPT_PATH = '@storydeck/side-by-side.js'

/** The page's name inside a version's folder. */
export const SIDE_BY_SIDE_PAGE = 'side-by-side.html'

const TEXTS: Readonly<Record<Lang, { title: string; hint: string }>> = {
  en: { title: 'Side by side', hint: 'Move through either deck; the other follows to the matching slide.' },
  da: {
    title: 'Side om side',
    hint: 'Bladr i den ene præsentation; den anden følger med til det tilsvarende dias.',
  },
  nb: {
    title: 'Side ved side',
    hint: 'Bla i den ene presentasjonen; den andre følger med til tilsvarende lysbilde.',
  },
  nn: {
    title: 'Side ved side',
    hint: 'Bla i den eine presentasjonen; den andre følgjer med til tilsvarande lysbilete.',
  },
  sv: {
    title: 'Sida vid sida',
    hint: 'Bläddra i den ena presentationen; den andra följer med till motsvarande bild.',
  },
  de: {
    title: 'Nebeneinander',
    hint: 'Blättern Sie in einer der beiden Präsentationen; die andere folgt zur passenden Folie.',
  },
}

const TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{storyTitle}} · {{title}}</title>
<style>
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; background: #f4f6f8; color: #1d2733; }
body { display: flex; flex-direction: column; }
header { padding: 10px 16px; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
h1 { margin: 0; font-size: 18px; }
header p { margin: 0; color: #5b6776; font-size: 14px; }
main { flex: 1; display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 0 12px 12px; min-height: 0; }
figure { margin: 0; display: flex; flex-direction: column; min-height: 0; }
figcaption { font-weight: 600; padding: 4px 2px; }
iframe { flex: 1; width: 100%; border: 1px solid #cfd6de; border-radius: 6px; background: #fff; min-height: 240px; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<header><h1>{{storyTitle}} · {{title}}</h1><p>{{hint}}</p></header>
<main>
{{#decks}}
<figure><figcaption lang="{{lang}}">{{name}}</figcaption><iframe src="{{src}}" title="{{name}}" lang="{{lang}}"></iframe></figure>
{{/decks}}
</main>
<script type="module" src="{{script}}"></script>
</body>
</html>
`

/**
 * The page for the version `version` of `source`, at
 * `<name>/<lang>/side-by-side.html`.
 *
 * @param base the dev server's base (ends with `/`).
 */
export function sideBySidePage(source: Story, version: Story, base: string): string {
  const texts = TEXTS[source.meta.lang]
  return Mustache.render(TEMPLATE, {
    lang: source.meta.lang,
    title: texts.title,
    hint: texts.hint,
    storyTitle: source.meta.title,
    script: `${base}${SIDE_BY_SIDE_SCRIPT_PATH}`,
    decks: [
      { lang: source.meta.lang, name: ENDONYMS[source.meta.lang], src: '../index.html' },
      { lang: version.meta.lang, name: ENDONYMS[version.meta.lang], src: 'index.html' },
    ],
  })
}

/** The page's script: keeps the two decks on matching slides (see `src/client/deck.js` for the matching). */
export const SIDE_BY_SIDE_SCRIPT = `
const frames = [...document.querySelectorAll('iframe')]
let following = false

function placeOf(reveal) {
  const slide = reveal.getCurrentSlide()
  return { place: (slide && slide.getAttribute('data-place')) || '', n: reveal.getIndices().h }
}

function matching(reveal, { place, n }) {
  const [section, position] = place.split('.')
  const slides = reveal.getHorizontalSlides()
  let best = -1
  let bestPosition = -1
  slides.forEach((slide, index) => {
    const [own, ownPosition] = (slide.getAttribute('data-place') || '').split('.')
    if (own === section && Number(ownPosition) <= Number(position) && Number(ownPosition) > bestPosition) {
      best = index
      bestPosition = Number(ownPosition)
    }
  })
  return best === -1 ? Math.min(n, slides.length - 1) : best
}

function follow(from, to) {
  const leader = from.contentWindow && from.contentWindow.Reveal
  const follower = to.contentWindow && to.contentWindow.Reveal
  if (!leader || !follower || !follower.isReady()) return
  const index = matching(follower, placeOf(leader))
  if (follower.getIndices().h === index) return
  following = true
  try {
    follower.slide(index, 0)
  } finally {
    following = false
  }
}

const watched = new WeakSet()

function watch(frame, other) {
  let tries = 0
  const attach = () => {
    const reveal = frame.contentWindow && frame.contentWindow.Reveal
    if (!reveal) {
      if (++tries < 100) setTimeout(attach, 100)
      return
    }
    if (watched.has(reveal)) return
    watched.add(reveal)
    const ready = () => {
      reveal.on('slidechanged', () => {
        if (!following) follow(frame, other)
      })
      // A deck that (re)loads joins the other's slide.
      follow(other, frame)
    }
    if (reveal.isReady()) ready()
    else reveal.on('ready', ready)
  }
  frame.addEventListener('load', attach)
  attach()
}

if (frames.length === 2) {
  watch(frames[0], frames[1])
  watch(frames[1], frames[0])
}
`
