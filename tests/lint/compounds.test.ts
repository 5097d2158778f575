/**
 * Issue #16: compounds and inflected phrases. Each language's buzzword list
 * finds a listed word as the first or last part of a longer word, adjective
 * forms and inflected phrases, and hands on the plain alternative.
 */
import { describe, expect, test } from 'vitest'
import { listsFor } from '../../src/lint/lists.ts'
import type { Lang } from '../../src/types.ts'

const FORMS: Record<Lang, string[]> = {
  nb: [
    'omnikanalstrategien',
    'kundereisekartet',
    'verdiskapingsprosessen',
    'synergieffektene',
    'økosystemtankegangen',
    'paradigmeskiftene',
    'skalerbarhetsprinsippene',
    'digitale transformasjonen',
    'digitale transformasjonsreisen',
    'kjernekompetanseområdene',
    'gevinstrealiseringsplanen',
    'kompetanseløftet',
    'kundereisa',
    'målbildet',
    'endringsreisa',
    'mulighetsrommet',
    'datadrevne',
  ],
  nn: [
    'omnikanalstrategien',
    'kundereisekartet',
    'verdiskapingsprosessen',
    'synergieffektane',
    'økosystemtenkinga',
    'paradigmeskifta',
    'heilskaplege',
    'digitale transformasjonen',
    'kjernekompetanseområda',
    'gevinstrealiseringsplanen',
    'kompetanseløftet',
    'framtidsretta',
    'målbiletet',
    'endringsreisa',
    'mulegheitsrommet',
    'sømlause',
  ],
  da: [
    'kunderejsekortet',
    'den digitale transformation',
    'synergieffekterne',
    'økosystemtankegangen',
    'paradigmeskiftet',
    'værdiskabelsesprocessen',
    'kernekompetenceområderne',
    'omnikanalstrategien',
    'skalerbarhedsprincipperne',
    'digitale transformationsrejse',
    'gevinstrealiseringsplanen',
    'kundecentrerede',
    'målbilledet',
    'forandringsrejsen',
    'mulighedsrummet',
    'merværdien',
  ],
  sv: [
    'kundresekartan',
    'den digitala transformationen',
    'synergieffekterna',
    'ekosystemtänket',
    'paradigmskiftena',
    'kärnkompetensområdena',
    'omnikanalstrategin',
    'skalbarhetsprinciperna',
    'digitala transformationsresan',
    'helhetsgreppet',
    'kundcentrerade',
    'spetskompetensen',
    'målbilden',
    'förändringsresan',
    'nyttorealiseringen',
    'kraftsamlingen',
  ],
  de: [
    'Kundenreisekarte',
    'die digitale Transformation',
    'Synergieeffekte',
    'Ökosystemansatz',
    'Paradigmenwechsels',
    'Kernkompetenzfelder',
    'Omnichannel-Strategie',
    'Skalierbarkeitsprinzip',
    'Leuchtturmprojekte',
    'Digitalisierungsoffensiven',
    'Transformationsprozesses',
    'Stakeholdermanagement',
    'zukunftsfähigen',
    'ganzheitlichen',
    'Zielbildes',
    'Quick Wins',
  ],
  en: [
    'synergies',
    'leveraged',
    'leveraging',
    'empowers',
    'empowering',
    'paradigm shifts',
    'thought leaders',
    'customer journeys',
    'digital ecosystems',
    'deep dives',
    'touchpoints',
    'disruptors',
    'game changers',
    'best practices',
    'north stars',
    'core competencies',
    'moving the needle',
    'circling back',
  ],
}

describe('compounds and inflected phrases', () => {
  test.each(Object.keys(FORMS) as Lang[])('%s: at least 15 inflected or compound forms are found whole', (lang) => {
    const forms = FORMS[lang]
    expect(forms.length).toBeGreaterThanOrEqual(15)
    const { buzzwords } = listsFor(lang)
    const missed = forms.filter((form) => {
      const text = `Vi ser ${form} her.`
      const hits = buzzwords.find(text)
      const bare = form.replace(/^(?:den|die) /, '')
      return !hits.some((hit) => hit.text === bare || hit.text === form)
    })
    expect(missed).toEqual([])
  })

  test('the plain alternative of the listed word comes with the compound', () => {
    const [hit] = listsFor('nb').buzzwords.find('omnikanalstrategien')
    expect(hit?.value).toBe('alle veier kundene når oss')
    expect(listsFor('da').buzzwords.find('den digitale transformation')[0]?.value).toBe(
      listsFor('da').buzzwords.find('digital transformation')[0]?.value,
    )
  })

  test('words that only contain a listed word are left alone', () => {
    expect(listsFor('de').buzzwords.find('Die Mehrwertsteuer steigt.')).toEqual([])
    expect(listsFor('da').buzzwords.find('Glasset er fragilt, og fragiliteten er kendt.')).toEqual([])
    expect(listsFor('sv').buzzwords.find('Skogsekosystemet mår bra.')).toEqual([])
    // Note: English writes compounds apart, so a word inside a longer one is no hit.
    expect(listsFor('en').buzzwords.find('megasynergy')).toEqual([])
    // A phrase still starts at a word's start.
    expect(listsFor('nb').buzzwords.find('toppneste nivå')).toEqual([])
  })
})
