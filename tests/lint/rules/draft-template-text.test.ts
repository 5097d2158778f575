/**
 * `draft/template-text`: a story fresh from `storydeck new` in every supported
 * language, with every example reported where it stands (and nothing else of
 * this rule), and written stories, edited examples and the template's
 * question left alone.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { storyTemplate } from '../../../src/new/template.ts'
import { LANGS } from '../../../src/types.ts'
import { coach, findings, story } from '../util.ts'

const RULE = 'draft/template-text'

/** Lines of the template that hold an example: title, organisation, author, lead, From, its example and note, To, Because, the picture, roles (hint, heading, text), steps (hint, heading, text). */
const EXAMPLE_LINES = [3, 4, 5, 10, 13, 15, 17, 20, 23, 26, 29, 31, 32, 35, 37, 38]

/** The message for the lead, and for `organisation:`, in each language. */
const MESSAGES = {
  en: [
    '10:1: “One or two sentences that open the story: …” is still the example that `storydeck new` wrote here.',
    '4:1: `organisation:` still says “Your organisation”, the example that `storydeck new` wrote.',
  ],
  da: [
    '10:1: »En eller to sætninger, der åbner historien: hvorfor …« er stadig det eksempel, som `storydeck new` skrev her.',
    '4:1: `organisation:` siger stadig »Jeres organisation«, det eksempel, som `storydeck new` skrev.',
  ],
  nb: [
    '10:1: «En eller to setninger som åpner historien: hvorfor …» er fortsatt eksempelet som `storydeck new` skrev her.',
    '4:1: `organisation:` sier fortsatt «Organisasjonen deres», eksempelet som `storydeck new` skrev.',
  ],
  nn: [
    '10:1: «Ei eller to setningar som opnar soga: kvifor …» er framleis dømet som `storydeck new` skreiv her.',
    '4:1: `organisation:` seier framleis «Organisasjonen dykkar», dømet som `storydeck new` skreiv.',
  ],
  sv: [
    '10:1: ”En eller två meningar som öppnar berättelsen: varför …” är fortfarande exemplet som `storydeck new` skrev här.',
    '4:1: `organisation:` säger fortfarande ”Er organisation”, exemplet som `storydeck new` skrev.',
  ],
  de: [
    '10:1: „Ein oder zwei Sätze, die die Geschichte eröffnen: …“ ist noch das Beispiel, das `storydeck new` hier eingefügt hat.',
    '4:1: `organisation:` lautet noch „Ihre Organisation“, das Beispiel, das `storydeck new` eingefügt hat.',
  ],
} as const

describe(RULE, () => {
  test.each(LANGS)('%s: reports every example of a fresh template, where it stands', (lang) => {
    const markdown = storyTemplate({ lang, date: '2026-12-06' })
    const found = findings(coach(markdown), RULE)
    expect(found.map((line) => Number(line.split(':')[0]))).toEqual(EXAMPLE_LINES)
    for (const message of MESSAGES[lang]) expect(found).toContain(message)
    // Each reported line holds example text, never a section's own heading (`# To`).
    const lines = markdown.split('\n')
    for (const line of EXAMPLE_LINES) expect(lines[line - 1]).toMatch(/^(?!# )\S/)
    expect(lines[36]).toMatch(/^## 2027 — /)
  })

  test.each(LANGS)('%s: a title of your own is not an example', (lang) => {
    const found = findings(coach(storyTemplate({ lang, title: 'Claims in a day', date: '2026-12-06' })), RULE)
    expect(found.map((line) => Number(line.split(':')[0]))).toEqual(EXAMPLE_LINES.slice(1))
  })

  test('stays quiet on edited examples, the template question and the rest of a story', () => {
    const markdown = story(
      'en',
      `
Where we will be, in one courageous sentence: beside the customer.

# From
Every claim waits in the same queue.

# To
Customers get help within a day.

# Because
Customers who wait stop trusting us.

# What it means for you

## Your first teams
What changes in their daily work, week by week.

# Questions
- What would you stop doing first?
`,
      'organisation: Your organisation and partners\nauthor: Your name here\n',
    )
    expect(findings(coach(markdown), RULE)).toEqual([])
  })

  test('is quiet on every sample story', () => {
    const folder = new URL('../../../stories/', import.meta.url)
    const names = readdirSync(folder).filter((name) => name.endsWith('.md'))
    expect(names.length).toBeGreaterThan(5)
    for (const name of names)
      expect(findings(coach(readFileSync(new URL(name, folder), 'utf8')), RULE), name).toEqual([])
  })

  test('can be switched off like every rule', () => {
    const markdown = storyTemplate({ lang: 'en' }).replace(
      'lang: en\n',
      'lang: en\nlint:\n  draft/template-text: off\n',
    )
    expect(findings(coach(markdown), RULE)).toEqual([])
  })
})
