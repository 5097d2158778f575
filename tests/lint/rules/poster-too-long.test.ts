/**
 * `poster/too-long`: the rule's message is tested against a fixed fitting
 * result (the poster's model is tested with the poster); one more test runs
 * the real model on a story far too long for an A4 sheet.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, test, vi } from 'vitest'
import type { PosterGeometry } from '../../../src/themes/poster-geometry.ts'
import type { Story } from '../../../src/types.ts'
import { LANGS, compose } from '../languages.ts'
import { coach, findings } from '../util.ts'
import { makeProject, runCli } from '../../util/cli.ts'

const RULE = 'poster/too-long'

vi.mock('../../../src/poster/fit.ts', async (original) => {
  const real = await original<typeof import('../../../src/poster/fit.ts')>()
  return {
    ...real,
    posterFit: (story: Story, geometry?: PosterGeometry) => {
      // Note: a story with a `# Long` chapter stands for one that does not fit.
      if (!story.sections.some((section) => section.title === 'Long')) return real.posterFit(story, geometry)
      const longest = [...story.sections].reverse().map((section, index) => ({
        label: section.title,
        words: 200 - index * 40,
        position: section.heading.position,
      }))
      return { ...real.posterFit(story, geometry), legible: false, bodyPt: 6.44, longest }
    },
  }
})

const EXPECTED: Record<string, string> = {
  en: '23:1: Your poster text would print at 6.4 pt, too small to read from a step away.',
  da: '23:1: Teksten på din plakat ville blive trykt i 6,4 pt, for småt til at kunne læses på et par skridts afstand.',
  nb: '23:1: Teksten på plakaten din ville blitt trykt i 6,4 pt, for smått til å kunne leses på et par skritts avstand.',
  nn: '23:1: Teksten på plakaten din ville vorte trykt i 6,4 pt, for smått til å kunne lesast på eit par stegs avstand.',
  sv: '23:1: Texten på din affisch skulle tryckas i 6,4 pt, för litet för att kunna läsas på ett par stegs avstånd.',
  de: '23:1: Der Text Ihres Posters würde in 6,4 pt gedruckt – zu klein, um ihn aus ein paar Schritten Entfernung zu lesen.',
}

describe(RULE, () => {
  test.each(LANGS)('%s: stays quiet when the story fits', (lang) => {
    expect(findings(coach(compose(lang)), RULE)).toEqual([])
  })

  test.each(LANGS)('%s: names the longest parts when the poster is not legible', (lang) => {
    expect(findings(coach(compose(lang, { extra: '# Long\n\nMany words.' })), RULE)).toEqual([EXPECTED[lang]])
  })

  test.each(LANGS)('%s: warns for a story far too long for an A4 poster (real model)', (lang) => {
    const paragraph = 'Every team meets the people it serves once a week and writes down what it learned. '.repeat(12)
    const extra = Array.from({ length: 16 }, (_, index) => `# Part ${index + 1}\n\n${paragraph}\n\n${paragraph}`).join(
      '\n\n',
    )
    const file = coach(compose(lang, { frontmatter: 'poster:\n  size: A4', extra }))
    expect(file.messages.filter((message) => message.ruleId === RULE)).toHaveLength(1)
  })

  test.each([
    [
      'en',
      '23:1: Your poster text would print at 6.4 pt, too small to read from a step away.',
      'Shorten Long (200 words), What it means for you (160), and Because (120), or choose a larger `poster.size`.',
    ],
    [
      'sv',
      '23:1: Texten på din affisch skulle tryckas i 6,4 pt, för litet för att kunna läsas på ett par stegs avstånd.',
      'Korta Long (200 ord), Vad det betyder för dig (160) och Därför att (120), eller välj en större `poster.size`.',
    ],
    [
      'de',
      '23:1: Der Text Ihres Posters würde in 6,4 pt gedruckt – zu klein, um ihn aus ein paar Schritten Entfernung zu lesen.',
      'Kürzen Sie Long (200 Wörter), Was es für dich bedeutet (160) und Weil (120) oder wählen Sie eine größere `poster.size`.',
    ],
  ] as const)(
    '%s: says the size the language’s way and what to shorten, in the author’s own headings',
    (lang, text, fix) => {
      const file = coach(compose(lang, { extra: '# Long\n\nMany words.' }))
      const message = file.messages.find((each) => each.ruleId === RULE)
      expect(`${message?.line}:${message?.column}: ${message?.reason}`).toBe(text)
      expect(message?.note).toBe(fix)
      expect(message?.actual).toBe('6.4 pt')
      expect(message?.fatal).toBe(false)
    },
  )

  test('fits with the poster geometry of the story’s theme, in `lint` and in `check`', async () => {
    const story = await readFile(new URL('../../../stories/harbour-mutual-claims.md', import.meta.url), 'utf8')
    const roomy = JSON.stringify({
      name: 'Roomy',
      description: 'Nordic with far more space on the poster.',
      extends: 'nordic',
      poster: { bandGap: 8, cardPad: 5, tilePad: 5, itemGap: 5, title: 14 },
    })
    const root = await makeProject({ 'stories/claims.md': story, 'themes/roomy/theme.json': roomy })
    for (const command of ['lint', 'check']) {
      expect((await runCli([command], root)).stderr, command).not.toContain(RULE)
    }
    const themed = await makeProject({
      'stories/claims.md': story,
      'themes/roomy/theme.json': roomy,
      'storydeck.config.json': '{ "theme": "roomy" }',
    })
    for (const command of ['lint', 'check']) {
      expect((await runCli([command], themed)).stderr, command).toContain(`[${RULE}]`)
    }
  }, 30_000)
})
