/**
 * Following the presenter in another language version: slides match by
 * place (section and position), never by number, so a phone reading a
 * version is never shown a slide of a section the presenter has not reached.
 */
import { describe, expect, it } from 'vitest'
import { followSlides, matchPlaces } from '../../src/render/live-versions.ts'

describe('matchPlaces', () => {
  it('matches the same place, else the nearest earlier slide of the same section', () => {
    const presented = ['title.0', 'from.0', 'picture.0', 'picture.1', 'picture.2', 'closing.0']
    const version = ['title.0', 'from.0', 'picture.0', 'picture.1', 'closing.0']
    expect(matchPlaces(presented, version)).toEqual([0, 1, 2, 3, 3, 4])
  })

  it('matches nothing for a section the version does not have, not the slide with the same number', () => {
    expect(matchPlaces(['title.0', 'because.0', 'closing.0'], ['title.0', 'closing.0'])).toEqual([0, -1, 1])
    expect(matchPlaces(['chapter1.0'], ['chapter0.0', 'chapter1.1'])).toEqual([-1])
  })
})

describe('followSlides', () => {
  const en = {
    lang: 'en' as const,
    slides: ['<h2>Title</h2>', '<p>Because</p>', '<p>End</p>'],
    places: ['title.0', 'because.0', 'closing.0'],
  }
  const da = {
    lang: 'da' as const,
    slides: ['<h2>Titel</h2>', '<p>Slut</p>', '<p>Ekstra</p>'],
    places: ['title.0', 'closing.0', 'chapter0.0'],
  }

  it('gives the version’s slide for each of the presenter’s slides, and the presenter’s own where it has none', () => {
    const slides = followSlides(en, da, 'Dette dias findes ikke i denne sprogversion:')
    expect(slides).toHaveLength(3)
    expect(slides[0]).toBe('<h2>Titel</h2>')
    expect(slides[1]).toContain('<p class="version-note">Dette dias findes ikke i denne sprogversion:</p>')
    expect(slides[1]).toContain('<div lang="en"><p>Because</p></div>')
    expect(slides[2]).toBe('<p>Slut</p>')
    expect(slides.join('')).not.toContain('Ekstra')
  })

  it('escapes the note and leaves the presenter’s own language as it is', () => {
    const slide = followSlides(en, da, '<b>x</b>')[1]
    expect(slide).toContain('&lt;b&gt;x')
    expect(slide).not.toContain('<b>')
    expect(followSlides(en, en, 'unused')).toEqual(en.slides)
  })
})
