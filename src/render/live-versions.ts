/**
 * Language versions on the town hall audience page: for each slide the
 * presenter shows, the matching slide of another language version of the
 * story, so a phone can follow in its own language. Slides are matched by
 * place (section and position within it, see `slidePlaces`), as the deck's
 * language switcher does. Pure.
 *
 * Note: unlike the deck's switcher, there is no fall-back to "the same slide
 * number": a version without the presenter's section would then show a slide
 * of some later section, one the presenter has not reached. Such a slide is
 * shown as the presenter shows it, under a short note.
 */
import Mustache from 'mustache'
import type { Lang } from '../types.ts'

/** One language version's reading view. */
export interface ReadingVersion {
  lang: Lang
  /** Reading-view HTML per slide (see `readingSlides`). */
  slides: readonly string[]
  /** Each slide's place, `<section>.<position>` (see `slidePlaces`). */
  places: readonly string[]
}

/**
 * For each place of `from`, the index in `to` of the slide with the same
 * section and the greatest position not after it.
 *
 * @returns one index per entry of `from`; -1 where `to` has no slide of that section.
 */
export function matchPlaces(from: readonly string[], to: readonly string[]): number[] {
  const parsed = to.map(splitPlace)
  return from.map((place) => {
    const { section, position } = splitPlace(place)
    let best = -1
    let bestPosition = -1
    for (const [index, own] of parsed.entries())
      if (own.section === section && own.position <= position && own.position > bestPosition) {
        best = index
        bestPosition = own.position
      }
    return best
  })
}

const ELSEWHERE = `<div class="not-in-version"><p class="version-note">{{note}}</p><div lang="{{lang}}">{{{html}}}</div></div>`

/**
 * What a phone reading `version` shows for each of the presenter's slides:
 * the matching slide of `version`, or, where it has none, the presenter's
 * own slide (marked with its language) under `note`.
 *
 * @param presented the version the presenter shows.
 * @param note "This slide is not in this language version…", in `version`'s language.
 * @returns one HTML fragment per slide of `presented` (index = the presenter's slide index).
 */
export function followSlides(presented: ReadingVersion, version: ReadingVersion, note: string): string[] {
  if (version.lang === presented.lang) return [...presented.slides]
  const matches = matchPlaces(presented.places, version.places)
  return presented.slides.map((html, index) => {
    const match = matches[index] ?? -1
    const own = match === -1 ? undefined : version.slides[match]
    return own ?? Mustache.render(ELSEWHERE, { note, lang: presented.lang, html })
  })
}

function splitPlace(place: string): { section: string; position: number } {
  const dot = place.lastIndexOf('.')
  if (dot === -1) return { section: place, position: 0 }
  const position = Number(place.slice(dot + 1))
  return { section: place.slice(0, dot), position: Number.isInteger(position) ? position : 0 }
}
