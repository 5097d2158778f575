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
  en: '23:1: Unexpected story too long for a legible poster (body text 6.4 pt), expected it to fit at a readable size; shorten *Long* (200 words), *What it means for you* (160 words) and *Because* (120 words)',
  da: '23:1: Unexpected story too long for a legible poster (body text 6.4 pt), expected it to fit at a readable size; shorten *Long* (200 words), *Hvad det betyder for dig* (160 words) and *Fordi* (120 words)',
  nb: '23:1: Unexpected story too long for a legible poster (body text 6.4 pt), expected it to fit at a readable size; shorten *Long* (200 words), *Hva det betyr for deg* (160 words) and *Fordi* (120 words)',
  nn: '23:1: Unexpected story too long for a legible poster (body text 6.4 pt), expected it to fit at a readable size; shorten *Long* (200 words), *Kva det betyr for deg* (160 words) and *Fordi* (120 words)',
  sv: '23:1: Unexpected story too long for a legible poster (body text 6.4 pt), expected it to fit at a readable size; shorten *Long* (200 words), *Vad det betyder för dig* (160 words) and *Därför att* (120 words)',
  de: '23:1: Unexpected story too long for a legible poster (body text 6.4 pt), expected it to fit at a readable size; shorten *Long* (200 words), *Was es für dich bedeutet* (160 words) and *Weil* (120 words)',
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
