/**
 * No false alarms: plain, well-written text (written for the project, one
 * file per language under tests/fixtures/coach-plain/) gets no jargon
 * warning, and no error from the coach.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { LANGS } from '../../src/types.ts'
import { coach } from './util.ts'

describe('plain text', () => {
  test.each(LANGS)('%s: no jargon warning on ordinary words', (lang) => {
    const file = coach(readFileSync(new URL(`../fixtures/coach-plain/${lang}.md`, import.meta.url), 'utf8'))
    const jargon = file.messages.filter((message) => message.ruleId?.startsWith('jargon/')).map(String)
    expect(jargon).toEqual([])
    expect(file.messages.filter((message) => message.fatal === true).map(String)).toEqual([])
  })
})
