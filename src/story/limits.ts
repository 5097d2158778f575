/**
 * Guards against pathological Markdown: micromark's time grows faster than
 * linearly with nesting depth and with the number of emphasis and bracket
 * marks in one paragraph, and deep trees overflow recursive tree walkers.
 * A linear scan before parsing and an iterative depth check after it turn
 * such input into one positioned error instead of a hang or a crash. Pure.
 */
import type { Root } from 'mdast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { story as says } from '../messages/catalogue/story.ts'
import { say } from '../messages/say.ts'

/** Deepest nesting of quotes and lists (estimated from each line's indentation and markers). */
export const MAX_BLOCK_NESTING = 32

/** Deepest Markdown tree (root, lists, quotes, emphasis, links, …) storydeck renders. */
export const MAX_TREE_DEPTH = 128

/** Most emphasis and bracket marks (`*`, `_`, `~`, `[`, `]`) in one paragraph. */
export const MAX_PARAGRAPH_MARKS = 1000

/**
 * Budget for the whole file: the sum over paragraphs of marks squared
 * (micromark's worst case grows with the square of a paragraph's marks).
 */
export const MAX_MARK_BUDGET = 10_000_000

/**
 * Budget for lists and quotes: the sum over runs of nested lines of (the
 * run's summed nesting levels) squared; micromark's time grows with the
 * square of a list's length.
 */
export const MAX_NESTING_BUDGET = 10_000_000

/**
 * Scan the text before parsing. Reports one error and returns false when
 * the story is too deeply nested or too dense with marks to parse safely.
 */
export function checkComplexity(file: VFile): boolean {
  const text = String(file.value)
  const place = location(file)
  const at = (offset: number): Point => place.toPoint(offset) ?? { line: 1, column: 1 }
  let budget = 0
  let nesting = 0
  let run = 0
  let runStart = 0
  let marks = 0
  let paragraphStart = 0
  let fence: string | undefined
  let offset = 0
  const closeParagraph = (): boolean => {
    budget += marks * marks
    marks = 0
    return budget <= MAX_MARK_BUDGET
  }
  const tooDense = (): false => {
    const total = budget > MAX_MARK_BUDGET
    say(file, total ? says.denseStory : says.denseParagraph, {}, { place: at(paragraphStart) })
    return false
  }
  for (const line of text.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const start = offset
    offset += line.length
    const content = line.replace(/[\r\n]+$/, '')
    if (content.trim() === '') {
      if (!closeParagraph()) return tooDense()
      paragraphStart = offset
      continue
    }
    const depth = blockDepth(content)
    if (depth.levels === 0) {
      nesting += run * run
      run = 0
    } else {
      if (run === 0) runStart = start
      run += depth.levels
    }
    if (nesting + run * run > MAX_NESTING_BUDGET) {
      say(file, says.longList, {}, { place: at(runStart) })
      return false
    }
    if (depth.levels > MAX_BLOCK_NESTING) {
      say(file, says.deepText, { levels: depth.levels, max: MAX_BLOCK_NESTING }, { place: at(start + depth.column) })
      return false
    }
    const marker = /^[ \t>]*(`{3,}|~{3,})/.exec(content)?.[1]
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (marker !== undefined) {
      fence = marker
      continue
    }
    // Note: each list item, heading and table row is inline content of its
    // own to the parser, so it starts a new count.
    if (depth.item || /^[ \t>]*(?:#{1,6}(?:[ \t]|$)|\|)/.test(content)) {
      if (!closeParagraph()) return tooDense()
    }
    if (marks === 0) paragraphStart = start
    for (const char of content)
      if (char === '*' || char === '_' || char === '~' || char === '[' || char === ']') marks++
    if (marks > MAX_PARAGRAPH_MARKS) return tooDense()
  }
  return closeParagraph() || tooDense()
}

/**
 * An upper estimate of a line's nesting: every two columns of indentation
 * may open a list level, and each `>` or list marker at the start opens one.
 */
function blockDepth(line: string): { levels: number; column: number; item: boolean } {
  let width = 0
  let index = 0
  let levels = 0
  let separator = false
  let item = false
  for (; index < line.length; index++) {
    const char = line[index]
    if (char === ' ' || char === '\t') {
      // Note: the one space that must follow a marker opens no level.
      if (!separator) width += char === ' ' ? 1 : 4 - (width % 4)
      separator = false
    } else if (char === '>') {
      levels++
      separator = true
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(index, index + 11))
      if (marker === null) break
      levels++
      item = true
      separator = true
      index += marker[0].length - 1
    }
    if (Math.floor(width / 2) + levels > MAX_BLOCK_NESTING) break
  }
  return { levels: Math.floor(width / 2) + levels, column: index, item }
}

/**
 * Check the parsed tree's depth without recursion. Reports one error at the
 * first node that is too deep and returns false.
 */
export function checkDepth(file: VFile, tree: Root): boolean {
  const stack: Array<{ node: { children?: unknown[]; position?: { start: Point } | undefined }; depth: number }> = [
    { node: tree, depth: 1 },
  ]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: tree, depth: 1 }
    if (depth > MAX_TREE_DEPTH) {
      say(file, says.deepMarkdown, { max: MAX_TREE_DEPTH }, { place: node.position?.start ?? { line: 1, column: 1 } })
      return false
    }
    for (const child of node.children ?? [])
      stack.push({ node: child as (typeof stack)[number]['node'], depth: depth + 1 })
  }
  return true
}
