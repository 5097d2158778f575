/**
 * Frontmatter YAML -> validated `StoryMeta`. YAML errors become positioned
 * messages; positions are true to the file on disk.
 */
import type { Yaml } from 'mdast'
import type { VFile } from 'vfile'
import type { StoryMeta } from '../types.ts'
import { readFrontmatterYaml } from './key-place.ts'
import { report } from './report.ts'
import { validateFrontmatter } from './schema.ts'

/**
 * Parse the `yaml` node of a story and validate it.
 *
 * @param node the frontmatter node from remark-frontmatter, or undefined
 *   when the story has none.
 * @returns the metadata, or undefined when it cannot be used (errors reported).
 */
export function parseFrontmatter(file: VFile, node: Yaml | undefined): StoryMeta | undefined {
  if (node === undefined) {
    return validateFrontmatter(file, undefined, () => ({ line: 1, column: 1 }))
  }
  const { doc, locate } = readFrontmatterYaml(file, node)
  let broken = false
  for (const error of doc.errors) {
    broken = true
    report(file, yamlReason(error.code, error.message), {
      place: locate(error.pos[0]),
      ruleId: 'frontmatter/yaml',
      note: 'The frontmatter is the block between the two `---` lines at the top. Each line is `key: value`; indent nested keys with spaces, not tabs.',
    })
  }
  for (const warning of doc.warnings) {
    report(file, yamlReason(warning.code, warning.message), {
      place: locate(warning.pos[0]),
      ruleId: 'frontmatter/yaml',
      severity: 'warn',
    })
  }
  if (broken) return undefined
  return validateFrontmatter(file, doc.contents, locate, node.position?.start)
}

function yamlReason(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY': {
      return 'Unexpected duplicate key in the frontmatter, expected each key once'
    }
    case 'TAB_AS_INDENT': {
      return 'Unexpected tab used for indentation in the frontmatter, expected spaces'
    }
    case 'BAD_INDENT': {
      return 'Unexpected indentation in the frontmatter, expected nested keys to line up under their parent'
    }
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR': {
      return 'Unexpected line in the frontmatter, expected `key: value`'
    }
    default: {
      // Note: yaml's messages end with position details; keep the first sentence.
      const first = (message.split(/ at line \d+|\n/)[0] ?? message).trim().replace(/\.$/, '')
      return `Unexpected frontmatter: ${first}`
    }
  }
}
