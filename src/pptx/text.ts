/**
 * Story Markdown (mdast) -> PowerPoint text runs: paragraphs, bullets,
 * emphasis and links stay real, editable text. Images are left out here
 * (the slide layouts place them). Pure.
 */
import type { PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { TextProps, TextPropsOptions } from './pptxgen.ts'

/** One run of text with its options, as pptxgenjs takes it. */
export type Run = TextProps

/** Options every run of a block gets (size, colour, font, language). */
export interface RunStyle {
  /** BCP 47 culture such as `da-DK`, set on every run. */
  lang: string
  fontSize?: number
  color?: string
  fontFace?: string
  bold?: boolean
  italic?: boolean
}

/** Monospace font for code. */
const CODE_FONT = 'Consolas'

/** The culture PowerPoint uses for each story language (spelling and hyphenation). */
export const CULTURES: Readonly<Record<string, string>> = {
  en: 'en-GB',
  da: 'da-DK',
  nb: 'nb-NO',
  nn: 'nn-NO',
  sv: 'sv-SE',
  de: 'de-DE',
}

/** Plain text as one paragraph of runs. */
export function plainRuns(text: string, style: Readonly<RunStyle>): Run[] {
  return [{ text, options: { ...base(style), breakLine: true } }]
}

/**
 * Block nodes -> runs, one paragraph per block (list items as bullets).
 * The last run of each paragraph carries `breakLine`.
 */
export function blockRuns(nodes: readonly RootContent[], style: Readonly<RunStyle>): Run[] {
  const runs: Run[] = []
  for (const node of nodes) addBlock(runs, node, style, 0)
  return trimLastBreak(runs)
}

function addBlock(
  runs: Run[],
  node: RootContent,
  style: Readonly<RunStyle>,
  level: number,
  ordered?: { index: number },
): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const paragraph = inlineRuns(node.children, node.type === 'heading' ? { ...style, bold: true } : style)
      endParagraph(
        runs,
        paragraph,
        level > 0
          ? { bullet: ordered ? { type: 'number', numberStartAt: ordered.index } : true, indentLevel: level - 1 }
          : {},
      )
      return
    }
    case 'list':
      node.children.forEach((item, index) => {
        const [first, ...rest] = item.children
        const numbered = node.ordered === true ? { index: (node.start ?? 1) + index } : undefined
        if (first?.type === 'paragraph') addBlock(runs, first, style, level + 1, numbered)
        else if (first !== undefined)
          addBlock(
            runs,
            { type: 'paragraph', children: [{ type: 'text', value: toString(first) }] },
            style,
            level + 1,
            numbered,
          )
        for (const child of rest) addBlock(runs, child, style, level + 1)
      })
      return
    case 'blockquote':
      for (const child of node.children) addBlock(runs, child, { ...style, italic: true }, level)
      return
    case 'code':
      for (const line of node.value.split('\n'))
        endParagraph(runs, [{ text: line, options: { ...base(style), fontFace: CODE_FONT } }], {})
      return
    case 'table':
      // Note: a table becomes one line per row (cells joined by ` | `); editable, if not a PowerPoint table.
      for (const row of node.children)
        endParagraph(
          runs,
          [{ text: row.children.map((cell) => toString(cell)).join('  |  '), options: base(style) }],
          {},
        )
      return
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return
    case 'html':
      endParagraph(runs, [{ text: node.value, options: base(style) }], {})
      return
    default: {
      const text = toString(node)
      if (text !== '') endParagraph(runs, [{ text, options: base(style) }], {})
    }
  }
}

/** Inline nodes -> runs (no paragraph break at the end). Images are skipped. */
export function inlineRuns(nodes: readonly PhrasingContent[], style: Readonly<RunStyle>, link?: string): Run[] {
  const runs: Run[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.value !== '') runs.push({ text: node.value.replace(/\s*\n\s*/g, ' '), options: base(style, link) })
        break
      case 'strong':
        runs.push(...inlineRuns(node.children, { ...style, bold: true }, link))
        break
      case 'emphasis':
        runs.push(...inlineRuns(node.children, { ...style, italic: true }, link))
        break
      case 'delete':
        runs.push(
          ...inlineRuns(node.children, style, link).map((run) => ({
            ...run,
            options: { ...run.options, strike: 'sngStrike' as const },
          })),
        )
        break
      case 'inlineCode':
        runs.push({ text: node.value, options: { ...base(style, link), fontFace: CODE_FONT } })
        break
      case 'link':
        runs.push(...inlineRuns(node.children, style, /^(https?:|mailto:)/i.test(node.url) ? node.url : undefined))
        break
      case 'break':
        runs.push({ text: '', options: { ...base(style), breakLine: true } })
        break
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break
      default: {
        const text = toString(node)
        if (text !== '') runs.push({ text, options: base(style, link) })
      }
    }
  }
  return runs
}

/** Notes as plain text for PowerPoint's notes pane: paragraphs separated by blank lines, list items as `• `. */
export function notesText(nodes: readonly RootContent[]): string {
  const lines: string[] = []
  const add = (node: RootContent, depth: number): void => {
    if (node.type === 'list') {
      for (const item of node.children) {
        const [first, ...rest] = item.children
        lines.push(`${'  '.repeat(depth)}• ${first ? toString(first).replace(/\s*\n\s*/g, ' ') : ''}`)
        for (const child of rest) add(child, depth + 1)
      }
    } else if (node.type !== 'image' && node.type !== 'thematicBreak') {
      const text = toString(node)
        .replace(/\s*\n\s*/g, ' ')
        .trim()
      if (text !== '') lines.push(text)
    }
  }
  for (const node of nodes) add(node, 0)
  return lines.join('\n')
}

function base(style: Readonly<RunStyle>, link?: string): TextPropsOptions {
  return {
    lang: style.lang,
    ...(style.fontSize === undefined ? {} : { fontSize: style.fontSize }),
    ...(style.color === undefined ? {} : { color: style.color }),
    ...(style.fontFace === undefined ? {} : { fontFace: style.fontFace }),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(link === undefined ? {} : { hyperlink: { url: link } }),
  }
}

function endParagraph(runs: Run[], paragraph: Run[], paragraphOptions: TextPropsOptions): void {
  if (paragraph.length === 0) return
  const last = paragraph.length - 1
  paragraph.forEach((run, index) => {
    runs.push({
      text: run.text ?? '',
      options: { ...run.options, ...paragraphOptions, ...(index === last ? { breakLine: true } : {}) },
    })
  })
}

function trimLastBreak(runs: Run[]): Run[] {
  const last = runs.at(-1)
  if (last?.options?.breakLine) last.options = { ...last.options, breakLine: false }
  return runs
}
