/**
 * Where a key is written, from the YAML nodes' ranges (never by searching the
 * text): in a story's frontmatter, and in a JSON file such as
 * `storydeck.config.json` (JSON is YAML, so the same parser keeps its
 * offsets). Also the one place that knows how a frontmatter offset becomes a
 * `line:column` on disk, shared with the frontmatter's validation, and where a
 * JSON file stops being valid JSON.
 */
import { type ParseError, parse as parseJsonc } from 'jsonc-parser'
import type { Yaml } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { type Document, isMap, isScalar, parseDocument } from 'yaml'
import type { Locate } from './schema.ts'

/** The parsed frontmatter and the way from its offsets to points in the file. */
export interface FrontmatterYaml {
  doc: Document.Parsed
  /** YAML offset -> point in the file (clamped to the frontmatter). */
  locate: Locate
}

/**
 * Parse the frontmatter node (from remark-frontmatter) as YAML, keeping
 * offsets true to the file.
 */
export function readFrontmatterYaml(file: VFile, node: Yaml): FrontmatterYaml {
  const text = String(file.value)
  const place = location(file)
  const start = node.position?.start.offset ?? 0
  const fence = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(start))
  const valueStart = start + (fence?.[0].length ?? 4)
  const locate: Locate = (offset) =>
    place.toPoint(valueStart + Math.max(0, Math.min(offset, node.value.length))) ?? { line: 1, column: 1 }
  // Note: the yaml package does not take a lone CR (old Mac files) as a line
  // break; turning it into LF keeps every offset, so positions stay right.
  const doc = parseDocument(node.value.replace(/\r(?!\n)/g, '\n'), {
    uniqueKeys: true,
    prettyErrors: false,
    schema: 'core',
    strict: true,
  })
  return { doc, locate }
}

/**
 * Where a key is written in a parsed story's frontmatter, from the YAML
 * nodes' ranges (not by searching the text).
 *
 * @param path keys from the top, e.g. `['brand', 'primary']`.
 * @returns the start of the deepest key of `path` that is there (`brand:`
 *   when it has no `primary`), or undefined when the first is not (or the
 *   story has no frontmatter).
 */
export function frontmatterKeyPlace(
  file: VFile,
  path: readonly string[],
): { line: number; column: number } | undefined {
  const node = file.data.tree?.children[0]
  if (node?.type !== 'yaml') return undefined
  const { doc, locate } = readFrontmatterYaml(file, node)
  return keyPlaceIn(doc.contents, locate, path)
}

/**
 * Where a key is written in a JSON file (the whole file), e.g.
 * `jsonKeyPlace(configFile, ['brand', 'primary'])` -> the place of `"primary"`.
 *
 * @returns as {@link frontmatterKeyPlace}: the deepest key of `path` there, or undefined.
 */
export function jsonKeyPlace(file: VFile, path: readonly string[]): { line: number; column: number } | undefined {
  const place = location(file)
  // Note: JSON allows a key twice (the last wins); YAML would call it an error. The first is shown, as a text search found it.
  const doc = parseDocument(String(file.value), { uniqueKeys: false })
  return keyPlaceIn(doc.contents, (offset) => place.toPoint(offset) ?? { line: 1, column: 1 }, path)
}

function keyPlaceIn(
  root: unknown,
  locate: Locate,
  path: readonly string[],
): { line: number; column: number } | undefined {
  let found: Point | undefined
  let map: unknown = root
  for (const key of path) {
    if (!isMap(map)) break
    const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined
    if (pair === undefined || range == null) break
    found = locate(range[0])
    map = pair.value
  }
  return found === undefined ? undefined : { line: found.line, column: found.column }
}

/**
 * The offset where `text` stops being valid JSON, given the `error` that
 * `JSON.parse` threw: the position V8 names, else (V8 names none for an
 * unexpected character, such as a comma after the last item) the first
 * problem jsonc-parser finds in strict JSON mode, else the end of the text.
 */
export function jsonErrorOffset(text: string, error: unknown): number {
  const stated = /position (\d+)/.exec(String(error))?.[1]
  if (stated !== undefined) return Number(stated)
  const errors: ParseError[] = []
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  return errors[0]?.offset ?? text.length
}
