/**
 * `storydeck new`: the text of a new story in the author's language, which
 * teaches the format by example (frontmatter, the spine, a note, roles,
 * steps, questions). Pure.
 */
import { stringify } from 'yaml'
import type { Lang } from '../types.ts'
import { TEMPLATE_TEXTS } from './texts.ts'

/** Options of {@link storyTemplate}. */
export interface TemplateOptions {
  lang: Lang
  /** Story title; default: the language's "Our vision story". */
  title?: string
  /** ISO date for `date:`; default none (the line is left out). */
  date?: string
}

/**
 * The first line of a new story's frontmatter: a YAML comment that tells an
 * editor's YAML language server where the frontmatter's JSON Schema is (from
 * `stories/`, in the installed package). storydeck ignores it.
 */
export const STORY_SCHEMA_MODELINE =
  '# yaml-language-server: $schema=../node_modules/storydeck/schemas/story.schema.json'

/** Whether `line` is a yaml-language-server modeline (`# yaml-language-server: …`). */
export function isSchemaModeline(line: string): boolean {
  return /^#\s+yaml-language-server\s*:/.test(line.trim())
}

/** Slugs `storydeck new` accepts: safe, portable file names. */
export const SAFE_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/

/** Whether `slug` is a safe story file name (without `.md`). */
export function isSafeSlug(slug: string): boolean {
  return SAFE_SLUG.test(slug) && !slug.includes('--')
}

/** The Markdown of a new story. */
export function storyTemplate(options: Readonly<TemplateOptions>): string {
  const t = TEMPLATE_TEXTS[options.lang]
  const yaml = (value: string): string => stringify(value, { lineWidth: 0 }).trim()
  return [
    '---',
    STORY_SCHEMA_MODELINE,
    `title: ${yaml(options.title ?? t.title)}`,
    `organisation: ${yaml(t.organisation)}`,
    `author: ${yaml(t.author)}`,
    ...(options.date ? [`date: ${options.date}`] : []),
    `lang: ${options.lang}`,
    '---',
    '',
    t.lead,
    '',
    `# ${t.from[0]}`,
    t.from[1],
    '',
    t.fromMore,
    '',
    `${t.noteWord}: ${t.note}`,
    '',
    `# ${t.to[0]}`,
    t.to[1],
    '',
    `# ${t.because[0]}`,
    t.because[1],
    '',
    `# ${t.picture[0]}`,
    t.picture[1],
    '',
    `# ${t.roles[0]}`,
    t.roles[1],
    '',
    `## ${t.role[0]}`,
    t.role[1],
    '',
    `# ${t.steps[0]}`,
    t.steps[1],
    '',
    `## ${t.step[0]}`,
    t.step[1],
    '',
    `# ${t.questions[0]}`,
    `- ${t.questions[1]}`,
    '',
  ].join('\n')
}
