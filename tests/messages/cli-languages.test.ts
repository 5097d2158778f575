import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { LANGS } from '../../src/types.ts'
import { makeProject, runCli } from '../util/cli.ts'
import { EXPECTED } from './cli-languages.expected.ts'
import { DRAFTS } from './cli-languages.fixtures.ts'

const packageRoot = path.resolve(import.meta.dirname, '../..')

describe('storydeck check speaks the story’s language', () => {
  test.each(LANGS)(
    '%s: a frontmatter mistake, a missing part and the coach’s findings, with place, what to do and a link',
    async (lang) => {
      const draft = DRAFTS[lang]
      const root = await makeProject({
        'stories/a-frontmatter.md': draft.frontmatter,
        'stories/b-draft.md': draft.draft,
      })
      const result = await runCli(['check'], root)
      expect(result.code).toBe(1)
      expect(result.stderr.replaceAll(`${packageRoot}/`, '<package>/')).toBe(EXPECTED[lang])
    },
  )

  test('--messages shows a Danish story’s messages in German, at the same places, with the Danish heading to add', async () => {
    const draft = DRAFTS.da
    const root = await makeProject({ 'stories/b-draft.md': draft.draft })
    const danish = await runCli(['check'], root)
    const german = await runCli(['check', '--messages', 'de'], root)
    const places = (text: string): string[] =>
      [...text.matchAll(/^(stories\/\S+?:\d+:\d+): .*\[(\S+)\]$/gm)].map((m) => `${m[1]} ${m[2]}`)
    expect(places(german.stderr)).toEqual(places(danish.stderr))
    expect(german.stderr).toContain(
      'stories/b-draft.md:6:1: Fehler: Ihrer Geschichte fehlt der Teil *Fordi*: warum es wichtig ist.  [story/missing-section]',
    )
    expect(german.stderr).toContain(
      'Mehr: <package>/docs/messages/de.md#story-missing-section'.replace('<package>', packageRoot),
    )
  })
})
