/**
 * Helpers to parse a story from a string in tests.
 */
import { VFile } from 'vfile'
import { parseStory } from '../../src/story/parse.ts'
import type { Story } from '../../src/types.ts'
import '../../src/story/data.ts'

/** Parse `value` as `stories/<stem>.md`. */
export function parse(value: string, stem = 'story'): { story: Story | undefined; file: VFile; messages: string[] } {
  const file = new VFile({ path: `stories/${stem}.md`, value })
  const story = parseStory(file)
  return {
    story,
    file,
    messages: file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`),
  }
}

/** A minimal valid story with the given body (frontmatter added). */
export function withBody(body: string, frontmatter = 'title: Test story'): string {
  return `---\n${frontmatter}\n---\n\n${body}`
}

/** The three spine sections with one headline each. */
export const SPINE = '# From\nOld way.\n\n# To\nNew way.\n\n# Because\nIt matters.\n'
