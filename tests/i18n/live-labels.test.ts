/**
 * Counts in town hall live's words: one form for exactly one, another for
 * every other number, in each of the six languages (the terminal's
 * "Recovered 1 question and 1 vote" was "1 questions and 1 votes").
 */
import { describe, expect, it } from 'vitest'
import { fillCount, fillLabel, liveLabelsFor, type LiveLabels, type Plural } from '../../src/i18n/live-labels.ts'
import { LANGS } from '../../src/types.ts'

/** The recovery line as `storydeck present` prints it. */
function recovered(lang: (typeof LANGS)[number], questions: number, votes: number): string {
  const labels = liveLabelsFor(lang)
  return fillLabel(labels.cliRecovered, {
    questions: fillCount(lang, labels.questionCount, questions),
    votes: fillCount(lang, labels.votes, votes),
    path: 'town-halls/x/2026-12-06.jsonl',
  })
}

describe('count labels', () => {
  it('say one question and one vote in the singular, more in the plural', () => {
    expect(recovered('en', 1, 1)).toBe('Recovered 1 question and 1 vote from town-halls/x/2026-12-06.jsonl.')
    expect(recovered('en', 2, 0)).toBe('Recovered 2 questions and 0 votes from town-halls/x/2026-12-06.jsonl.')
    expect(recovered('sv', 1, 1)).toBe('Hämtade 1 fråga och 1 röst från town-halls/x/2026-12-06.jsonl.')
    expect(recovered('sv', 3, 2)).toBe('Hämtade 3 frågor och 2 röster från town-halls/x/2026-12-06.jsonl.')
    expect(recovered('de', 1, 1)).toBe('1 Frage und 1 Stimme aus town-halls/x/2026-12-06.jsonl wiederhergestellt.')
    expect(recovered('de', 4, 7)).toBe('4 Fragen und 7 Stimmen aus town-halls/x/2026-12-06.jsonl wiederhergestellt.')
    expect(recovered('da', 1, 1)).toBe('Hentede 1 spørgsmål og 1 stemme fra town-halls/x/2026-12-06.jsonl.')
    expect(recovered('nn', 2, 1)).toBe('Henta 2 spørsmål og 1 røyst frå town-halls/x/2026-12-06.jsonl.')
  })

  it('give the characters left in the right form', () => {
    const en = liveLabelsFor('en')
    expect(fillCount('en', en.charsLeft, 1)).toBe('1 character left')
    expect(fillCount('en', en.charsLeft, 280)).toBe('280 characters left')
  })

  it.each(LANGS)('every count label of %s has both forms, each with its number', (lang) => {
    const labels = liveLabelsFor(lang)
    const counts = (Object.keys(labels) as Array<keyof LiveLabels>)
      .map((key) => labels[key])
      .filter((value): value is Plural => typeof value === 'object')
    expect(counts.length).toBe(3)
    for (const count of counts) {
      expect(count.one).toContain('{n}')
      expect(count.other).toContain('{n}')
    }
    expect(labels.cliRecovered).toContain('{questions}')
    expect(labels.cliRecovered).toContain('{votes}')
    // Note: no count label keeps a number in its text (as "1 vote" did): the count fills it.
    expect(Object.values(labels).filter((value) => typeof value === 'string' && /\b1 /.test(value))).toEqual([])
  })
})
