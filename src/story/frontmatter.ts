/**
 * Frontmatter YAML -> validated `StoryMeta`. YAML errors become positioned
 * messages; positions are true to the file on disk.
 */
import type { Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { type Document, isScalar, visit, type YAMLError } from 'yaml'
import { frontmatter as says } from '../messages/catalogue/frontmatter.ts'
import { say } from '../messages/say.ts'
import type { StoryMeta } from '../types.ts'
import { readFrontmatterYaml } from './key-place.ts'
import { type Locate, validateFrontmatter } from './schema.ts'

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
  for (const error of doc.errors) sayYamlError(file, doc, locate, error, 'error')
  for (const warning of doc.warnings) sayYamlError(file, doc, locate, warning, 'warn')
  if (doc.errors.length > 0) return undefined
  return validateFrontmatter(file, doc.contents, locate, node.position?.start)
}

/** A YAML error or warning as a catalogue message, at the place the parser gives. */
function sayYamlError(
  file: VFile,
  doc: Document.Parsed,
  locate: Locate,
  error: YAMLError,
  severity: 'error' | 'warn',
): void {
  const place = locate(error.pos[0])
  const options = { place, severity }
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // Note: the parser points at the second occurrence; its key and the first one's line come from the tree.
      const twice = duplicateOf(doc, error.pos[0])
      if (twice !== undefined) {
        say(
          file,
          says.duplicateKey,
          { key: twice.key, line: locate(twice.first).line },
          { ...options, actual: twice.key },
        )
        return
      }
      break
    }
    case 'TAB_AS_INDENT': {
      say(file, says.tab, {}, options)
      return
    }
    case 'BAD_INDENT': {
      say(file, says.indent, {}, options)
      return
    }
    case 'MISSING_CHAR': {
      say(file, /quote/i.test(error.message) ? says.quote : says.line, {}, options)
      return
    }
    case 'BAD_SCALAR_START': {
      const char = /character (\S)$/.exec(error.message)?.[1]
      if (char !== undefined) {
        say(file, says.reservedStart, { char }, options)
        return
      }
      break
    }
    case 'UNEXPECTED_TOKEN': {
      if (/scalar at node end/.test(error.message)) {
        say(file, says.afterQuote, {}, options)
        return
      }
      break
    }
    case 'BAD_DQ_ESCAPE': {
      say(file, says.backslash, {}, options)
      return
    }
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY': {
      say(file, says.line, {}, options)
      return
    }
  }
  // Note: yaml's messages end with position details; keep the first sentence.
  const detail = (error.message.split(/ at line \d+|\n/)[0] ?? error.message).trim().replace(/\.$/, '')
  say(file, says.yaml, { detail }, options)
}

/**
 * The key written at `offset` (a duplicate the parser found) and the offset
 * of its first occurrence in the same group of keys.
 */
function duplicateOf(doc: Document.Parsed, offset: number): { key: string; first: number } | undefined {
  let found: { key: string; first: number } | undefined
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>()
      for (const pair of map.items) {
        if (!isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) continue
        const key = String(pair.key.value)
        const first = seen.get(key)
        if (pair.key.range[0] === offset && first !== undefined) {
          found = { key, first }
          return visit.BREAK
        }
        if (first === undefined) seen.set(key, pair.key.range[0])
      }
      return undefined
    },
  })
  return found
}
