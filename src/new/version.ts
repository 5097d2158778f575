/**
 * `storydeck new --from <name> --lang <lang>`: the text of a new language
 * version made from its source. The structure stays; the section headings
 * and the words storydeck adds are in the new language; the source's own
 * text stays in place, marked for translation (no machine translation: there
 * is no network). Pure: text in, text out.
 */
import { stringify } from 'yaml'
import { labelsFor } from '../i18n/labels.ts'
import { TRANSLATE_MARKERS, fingerprintOf } from '../lint/translation.ts'
import { STORY_SCHEMA_MODELINE, isSchemaModeline } from './template.ts'
import { sectionKindOf } from '../story/kinds.ts'
import type { Lang, Story } from '../types.ts'

/** Keys whose text is the author's words: kept, marked for translation. */
const TEXT_KEYS = new Set(['title', 'subtitle', 'role'])

/**
 * The Markdown of the `lang` version of `story`, whose file text is `source`.
 *
 * @param source the source file's text.
 * @param story the source, parsed (without errors).
 */
export function versionTemplate(source: string, story: Story, lang: Lang): string {
  const marker = TRANSLATE_MARKERS[lang]
  const kinds = labelsFor(lang).kinds
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  const out: string[] = []
  let index = 0
  if (lines[0]?.trim() === '---') {
    out.push('---')
    index = 1
    // Note: a version starts with the modeline like a new story, unless the source's own (copied below) is there.
    if (!isSchemaModeline(lines[1] ?? '')) out.push(STORY_SCHEMA_MODELINE)
    let nested = false
    for (; index < lines.length && lines[index]?.trim() !== '---'; index++) {
      const line = lines[index] as string
      const key = /^([A-Za-z-]+)[ \t]*:/.exec(line)?.[1]
      if (key !== undefined) nested = false
      if (key === 'lang' || key === 'source-fingerprint') continue
      if (key !== undefined && TEXT_KEYS.has(key)) {
        const value = story.meta[key as 'title' | 'subtitle' | 'role']
        out.push(value === undefined ? line : `${key}: ${stringify(`${marker} ${value}`, { lineWidth: 0 }).trim()}`)
        continue
      }
      if (key === 'glossary') nested = true
      // Note: a glossary's meanings are words to translate too; the abbreviations stay.
      const entry = nested ? /^([ \t]+[^:#]+:[ \t]*)(.+)$/.exec(line) : null
      out.push(
        entry ? `${entry[1]}${stringify(`${marker} ${unquote(entry[2] as string)}`, { lineWidth: 0 }).trim()}` : line,
      )
    }
    out.push(`lang: ${lang}`, `source-fingerprint: ${fingerprintOf(story)}`, '---')
    index++
  }
  let fence = false
  let section = 'chapter'
  let previousBlank = true
  for (; index < lines.length; index++) {
    const line = lines[index] as string
    const blank = line.trim() === ''
    if (/^\s*(```|~~~)/.test(line)) fence = !fence
    const starts = previousBlank || /^\s*([-*+]|\d+[.)])\s|^#{1,6}\s|^>/.test(line)
    // Note: the line after a heading or a `---` starts a new block too.
    previousBlank = blank || /^#{1,6}\s|^\s*(---|\*\*\*|___)\s*$/.test(line)
    if (fence || blank || !starts) {
      out.push(line)
      continue
    }
    const heading = /^#\s+(.+?)\s*#*\s*$/.exec(line)
    if (heading) {
      const kind = sectionKindOf(heading[1] as string)
      section = kind
      out.push(kind === 'chapter' ? `# ${marker} ${heading[1]}` : `# ${kinds[kind]}`)
      continue
    }
    out.push(markLine(line, marker, section === 'steps'))
  }
  return out.join('\n')
}

/** Put the marker before the words of a block's first line. */
function markLine(line: string, marker: string, step: boolean): string {
  if (/^\s*(---|\*\*\*|___)\s*$/.test(line) || /^\s*(!\[|\||<)/.test(line)) return line
  if (step) {
    // Note: a step's time (`2027 —`, `Q1 2028:`) stays first, so the step keeps its time.
    const timed = /^(##\s+.+?(?:\s+[—–-]\s+|:\s+))(.+)$/.exec(line)
    if (timed) return `${timed[1]}${marker} ${timed[2]}`
    if (/^##\s+\S+(\s+\S+)?\s*$/.test(line) && /\d/.test(line)) return line
  }
  const prefix = /^(\s*(?:#{2,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)*(?:Notes?:\s*)?)(.*)$/.exec(line)
  const lead = prefix?.[1] ?? ''
  const rest = prefix?.[2] ?? line
  return rest === '' ? line : `${lead}${marker} ${rest}`
}

function unquote(value: string): string {
  const trimmed = value.trim()
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed
}
