/**
 * Helpers for the coach's tests: parse and lint Markdown, and print the
 * findings as `line:column: reason`.
 */
import { VFile } from 'vfile'
import { lintStory, type LintOptions } from '../../src/lint/lint.ts'
import { localise } from '../../src/messages/say.ts'
import { parseStory } from '../../src/story/parse.ts'
import type { Lang } from '../../src/types.ts'

/** Parse and coach a story given as Markdown; its messages are shown in the story's language, as `storydeck lint` shows them. */
export function coach(markdown: string, options?: LintOptions): VFile {
  const file = new VFile({ path: 'story.md', value: markdown })
  const story = parseStory(file)
  if (story === undefined) throw new Error(`Fixture does not parse: ${file.messages.map(String).join('\n')}`)
  lintStory(file, story, options)
  localise(file, story.meta.lang)
  return file
}

/** Findings of one rule (or all coach rules) as `line:column: reason`. */
export function findings(file: VFile, ruleId?: string): string[] {
  return file.messages
    .filter((message) => (ruleId === undefined ? true : message.ruleId === ruleId))
    .map((message) => `${message.line}:${message.column}: ${message.reason}`)
}

/** A small story around `body` with a frontmatter for `lang`. */
export function story(lang: Lang, body: string, frontmatter = ''): string {
  return `---\ntitle: Test\nlang: ${lang}\n${frontmatter}---\n\n${body.trim()}\n`
}
