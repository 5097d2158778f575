/**
 * Issue 8: the documented input limits hold exactly at their edges, and
 * ordinary stories stay far from them.
 */
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { MAX_STORY_BYTES, decodeStory } from '../../src/story/decode.ts'
import { MAX_BLOCK_NESTING, MAX_PARAGRAPH_MARKS, checkComplexity } from '../../src/story/limits.ts'
import { parseStory } from '../../src/story/parse.ts'
import { messageLines } from './util.ts'

const SPINE = '# From\nOld way.\n\n# To\nNew way.\n\n# Because\nIt matters.\n'

function check(value: string): string[] {
  const file = new VFile({ path: 'stories/x.md', value })
  checkComplexity(file)
  return messageLines(file)
}

describe('input limits (issue 8)', () => {
  it('accepts a story of exactly MAX_STORY_BYTES and refuses one byte more at 1:1', () => {
    expect(MAX_STORY_BYTES).toBe(512 * 1024)
    const exact = new Uint8Array(MAX_STORY_BYTES).fill(0x61)
    expect(messageLines(decodeStory(exact, 'stories/x.md'))).toEqual([])
    const over = new Uint8Array(MAX_STORY_BYTES + 1).fill(0x61)
    expect(messageLines(decodeStory(over, 'stories/x.md'))).toEqual([
      '1:1: This story file is 513 KB; storydeck reads stories of up to 512 KB. [file/too-large]',
    ])
  })

  it('accepts lists and quotes nested to the limit and refuses one level more, where it happens', () => {
    expect(check(`${'> '.repeat(MAX_BLOCK_NESTING - 1)}>a\n`)).toEqual([])
    expect(check(`intro\n\n${'> '.repeat(MAX_BLOCK_NESTING)}>a\n`)).toEqual([
      `3:${MAX_BLOCK_NESTING * 2 + 1}: This text is nested ${MAX_BLOCK_NESTING + 1} levels deep in lists and quotes; storydeck shows at most ${MAX_BLOCK_NESTING}. [file/too-complex]`,
    ])
  })

  it('accepts a paragraph with the most marks allowed and refuses one more', () => {
    expect(check(`x\n\n${'*'.repeat(MAX_PARAGRAPH_MARKS)}a\n`)).toEqual([])
    expect(check(`x\n\n${'['.repeat(MAX_PARAGRAPH_MARKS + 1)}a\n`)).toEqual([
      '3:1: This paragraph has over a thousand `*`, `_`, `~`, `[` or `]`; storydeck cannot show it safely. [file/too-complex]',
    ])
  })

  it('does not count marks inside fenced code', () => {
    expect(check(`\`\`\`\n${'*'.repeat(MAX_PARAGRAPH_MARKS * 2)}\n\`\`\`\n`)).toEqual([])
  })

  it('leaves ordinary rich stories alone: 300 questions, 6-level lists, much emphasis', () => {
    const questions = Array.from(
      { length: 300 },
      (_, index) => `- Question *${index}* with a [link](https://example.com/${index})?`,
    ).join('\n')
    const nested = Array.from({ length: 6 }, (_, index) => `${'  '.repeat(index)}- level ${index}`).join('\n')
    const emphasis = Array.from({ length: 200 }, () => 'Some **bold**, some _quiet_ and ~~old~~ words.').join('\n\n')
    const file = new VFile({
      path: 'stories/x.md',
      value: `---\ntitle: Rich\n---\n\n${SPINE}\n# Chapter\n${nested}\n\n${emphasis}\n\n# Questions\n${questions}\n`,
    })
    const story = parseStory(file)
    expect(messageLines(file)).toEqual([])
    expect(story?.questions).toHaveLength(300)
  })
})
