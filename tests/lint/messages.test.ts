/**
 * The coach's messages as the author reads them: exact text and fix in
 * English, Swedish and German for `jargon/buzzword` and
 * `readability/long-sentence` (`poster/too-long` is in its rule's test, with
 * its fitting model held still), the same message shown again in another
 * language, and `hint` and `info` as the name of the lowest severity.
 */
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { localise } from '../../src/messages/say.ts'
import { parseConfig } from '../../src/project/config.ts'
import { compose } from './languages.ts'
import { coach } from './util.ts'

/** The first message of `rule`: `line:column: text`, and its fix. */
function first(markdown: string, rule: string): [string, string | undefined] {
  const message = coach(markdown).messages.find((each) => each.ruleId === rule)
  return [`${message?.line}:${message?.column}: ${message?.reason}`, message?.note]
}

describe('jargon/buzzword', () => {
  test.each([
    [
      'en',
      'We leverage our strengths.',
      '8:4: “leverage” sounds important but tells your listeners nothing concrete.',
      'Say what you mean in everyday words, for example “use”.',
    ],
    [
      'sv',
      'Vi tar vara på synergierna.',
      '8:16: ”synergierna” låter viktigt men säger inget konkret till dina åhörare.',
      'Säg vad du menar med vardagliga ord, till exempel ”samarbete”.',
    ],
    [
      'de',
      'Wir heben Synergien.',
      '8:11: „Synergien“ klingt wichtig, sagt Ihren Zuhörern aber nichts Konkretes.',
      'Sagen Sie mit Alltagswörtern, was Sie meinen, zum Beispiel „Zusammenarbeit“.',
    ],
  ] as const)('%s: names the word and a plainer one', (lang, fromText, text, fix) => {
    expect(first(compose(lang, { fromText }), 'jargon/buzzword')).toEqual([text, fix])
  })
})

describe('readability/long-sentence', () => {
  const long = (words: string) => `# Extra\n\n${Array.from({ length: 34 }, () => words).join(' ')}.`
  test.each([
    [
      'en',
      long('word'),
      '25:1: This sentence has 34 words; listeners lose a sentence of more than 30 words before its point arrives.',
      'Split it into two or three sentences, one thought each.',
    ],
    [
      'sv',
      long('ord'),
      '25:1: Den här meningen har 34 ord; åhörarna tappar tråden i en mening på över 30 ord innan poängen kommer.',
      'Dela upp den i två eller tre meningar, med en tanke i varje.',
    ],
    [
      'de',
      long('Wort'),
      '25:1: Dieser Satz hat 34 Wörter; bei mehr als 30 Wörtern verlieren Zuhörer den Faden, bevor die Pointe kommt.',
      'Teilen Sie ihn in zwei oder drei Sätze mit je einem Gedanken auf.',
    ],
  ] as const)('%s: counts the words and says how to split it', (lang, extra, text, fix) => {
    expect(first(compose(lang, { extra }), 'readability/long-sentence')).toEqual([text, fix])
  })
})

test('a message is shown again in another language with the same values', () => {
  const file = coach(compose('sv', { fromText: 'Vi tar vara på synergierna.' }))
  const message = file.messages.find((each) => each.ruleId === 'jargon/buzzword')
  localise(file, 'en')
  expect(message?.reason).toBe('“synergierna” sounds important but tells your listeners nothing concrete.')
  expect(message?.note).toBe('Say what you mean in everyday words, for example “samarbete”.')
  expect(message?.url).toBe('docs/messages/en.md#jargon-buzzword')
})

describe('the lowest severity is called hint; info is still accepted', () => {
  const noisy = { fromText: 'We leverage our strengths.' }
  test.each(['hint', 'info'] as const)('`%s` in the story’s `lint:`', (setting) => {
    const file = coach(compose('en', { ...noisy, frontmatter: `lint:\n  jargon/buzzword: ${setting}` }))
    expect(file.messages.filter((each) => each.ruleId?.startsWith('frontmatter/'))).toEqual([])
    const message = file.messages.find((each) => each.ruleId === 'jargon/buzzword')
    expect(message?.fatal).toBeUndefined()
  })

  test.each(['hint', 'info'] as const)('`%s` in the project’s `lint`', (setting) => {
    const json = new VFile({ path: 'storydeck.config.json', value: `{ "lint": { "jargon/buzzword": "${setting}" } }` })
    const config = parseConfig(json)
    expect(json.messages).toEqual([])
    expect(config.lint).toEqual({ 'jargon/buzzword': setting })
    const file = coach(compose('en', noisy), { rules: config.lint ?? null })
    expect(file.messages.find((each) => each.ruleId === 'jargon/buzzword')?.fatal).toBeUndefined()
  })

  test('a warning stays a warning, and `off` is off', () => {
    expect(coach(compose('en', noisy)).messages.find((each) => each.ruleId === 'jargon/buzzword')?.fatal).toBe(false)
    const off = coach(compose('en', noisy), { rules: { 'jargon/buzzword': 'off' } })
    expect(off.messages.find((each) => each.ruleId === 'jargon/buzzword')).toBeUndefined()
  })
})
