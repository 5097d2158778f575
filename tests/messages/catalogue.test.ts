import { describe, expect, test } from 'vitest'
import { allMessages } from '../../src/messages/catalogue.ts'
import * as cliLines from '../../src/messages/catalogue/cli.ts'
import * as help from '../../src/messages/catalogue/help.ts'
import { fill, placeholders } from '../../src/messages/text.ts'
import { HEALTH_LABELS } from '../../src/i18n/health.ts'
import { LANGS } from '../../src/types.ts'

const messages = allMessages()

describe('the message catalogue', () => {
  test('has messages, each with a unique key and a rule id of the form group/name', () => {
    expect(messages.length).toBeGreaterThan(0)
    expect(new Set(messages.map((message) => message.key)).size).toBe(messages.length)
    for (const message of messages) expect(message.id, message.key).toMatch(/^[a-z0-9]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  test.each(messages.map((message) => [message.key, message] as const))(
    '%s: six languages, every text written, the same values in each',
    (_key, message) => {
      const en = message.texts.en
      for (const lang of LANGS) {
        const texts = message.texts[lang]
        expect(texts.title.trim(), `${lang} title`).not.toBe('')
        expect(texts.text.trim(), `${lang} text`).not.toBe('')
        expect(placeholders(texts.text), `${lang} text values`).toEqual(placeholders(en.text))
        expect(placeholders(texts.fix), `${lang} fix values`).toEqual(placeholders(en.fix))
        // Note: remark-lint's "Unexpected … expected …" is developer talk.
        expect(texts.text, lang).not.toMatch(/\bUnexpected\b/)
      }
      if (message.severity !== 'info') expect(en.fix.trim(), 'an error or warning says what to do').not.toBe('')
    },
  )

  test('the CLI lines have six languages with the same values', () => {
    const groups = { ...cliLines, ...help }
    expect(Object.keys(help).length, 'help.ts groups').toBeGreaterThan(5)
    for (const [group, lines] of Object.entries(groups)) {
      for (const [name, line] of Object.entries(lines)) {
        const en = placeholders(line.en)
        for (const lang of LANGS) {
          expect(line[lang]?.trim(), `${group}.${name} ${lang}`).toBeTruthy()
          expect(placeholders(line[lang]), `${group}.${name} ${lang}`).toEqual(en)
        }
      }
    }
  })
})

test.each(LANGS)('%s: the health page names the severities with the report’s words (one word for each)', (lang) => {
  const labels = HEALTH_LABELS[lang]
  expect([labels.error, labels.warning, labels.info]).toEqual([
    cliLines.reportLines.error[lang],
    cliLines.reportLines.warning[lang],
    cliLines.reportLines.hint[lang],
  ])
})

describe('fill', () => {
  test('fills values, joins lists and picks words and plurals in the language', () => {
    expect(fill('Shorten {parts}.', { parts: ['A', 'B', 'C'] }, 'en')).toBe('Shorten A, B, and C.')
    expect(fill('Forkort {parts}.', { parts: ['A', 'B', 'C'] }, 'da')).toBe('Forkort A, B og C.')
    expect(fill('# {h}', { h: { en: 'From', da: 'Fra', nb: 'Fra', nn: 'Frå', sv: 'Från', de: 'Von' } }, 'nn')).toBe(
      '# Frå',
    )
    const count = '{n, plural, =0 {no votes} one {# vote} other {# votes}}'
    expect([0, 1, 2].map((n) => fill(count, { n }, 'en'))).toEqual(['no votes', '1 vote', '2 votes'])
    expect(fill('{n, plural, one {# Stimme von {who}} other {# Stimmen}}', { n: 1, who: 'Ada' }, 'de')).toBe(
      '1 Stimme von Ada',
    )
  })

  test('leaves a missing value visible', () => {
    expect(fill('Key {key} twice', {}, 'en')).toBe('Key {key} twice')
  })

  test('placeholders names values and plural counts, not plural branches', () => {
    expect(placeholders('{count, plural, one {# {thing}} other {# things}} in {file}')).toEqual([
      'count',
      'file',
      'thing',
    ])
  })
})
