import { expect, test } from 'vitest'
import * as api from '../src/index.ts'

test('pins the public API (sorted exported names)', () => {
  expect(Object.keys(api).sort()).toEqual([
    'LANGS',
    'RULES',
    'buildProject',
    'buildStory',
    'decodeStory',
    'exitCode',
    'formatReport',
    'lintStory',
    'listThemes',
    'loadRawHtml',
    'loadTheme',
    'parseConfig',
    'parseStory',
    'renderDeck',
    'renderPoster',
    'run',
    'slugOf',
    'storyJson',
    'writeOutputs',
  ])
})
