/**
 * No false alarms: plain, well-written text (written for the project, under
 * tests/fixtures/coach-plain/: `<lang>.md` and any `<lang>-<topic>.md`, each
 * a whole story) gets no jargon warning and no error from the coach. Every
 * language has at least 3,000 words of it, with near-buzzwords used in their
 * ordinary sense (a station platform, a heating system, a cloud in the sky).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { LANGS } from '../../src/types.ts'
import { coach } from './util.ts'

const DIR = new URL('../fixtures/coach-plain/', import.meta.url)
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** The fixture files of one language. */
function filesOf(lang: string): string[] {
  return readdirSync(DIR)
    .filter((name) => name === `${lang}.md` || (name.startsWith(`${lang}-`) && name.endsWith('.md')))
    .sort()
}

/** Words in a story, frontmatter left out. */
function countWords(markdown: string): number {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '').match(WORD)?.length ?? 0
}

describe('plain text', () => {
  test.each(LANGS)('%s: no jargon warning and no error on ordinary words', (lang) => {
    const files = filesOf(lang)
    expect(files.length).toBeGreaterThan(0)
    let words = 0
    for (const name of files) {
      const markdown = readFileSync(new URL(name, DIR), 'utf8')
      words += countWords(markdown)
      const file = coach(markdown)
      const jargon = file.messages
        .filter((message) => message.ruleId?.startsWith('jargon/'))
        .map((message) => `${name} ${String(message)}`)
      expect(jargon).toEqual([])
      expect(
        file.messages.filter((message) => message.fatal === true).map((message) => `${name} ${String(message)}`),
      ).toEqual([])
    }
    expect(words).toBeGreaterThanOrEqual(3000)
  })
})
