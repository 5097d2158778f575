/**
 * VFile -> Story. Pure: reads only `file.value`, reports problems as
 * messages on the file.
 */
import type { Heading, Root, RootContent, Yaml } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { ImageRef, Question, Section, SpineKind, Story } from '../types.ts'
import { sectionTitle, sectionTitles } from '../i18n/section-titles.ts'
import { parseFrontmatter } from './frontmatter.ts'
import { SPINE_KINDS, sectionKindOf } from './kinds.ts'
import { checkComplexity, checkDepth } from './limits.ts'
import { say } from '../messages/say.ts'
import { frontmatter as frontmatterMessages } from '../messages/catalogue/frontmatter.ts'
import { story as storyMessages } from '../messages/catalogue/story.ts'
import { checkVersionName, stemVersion } from './versions.ts'
import { chunkToSlide, plainText, splitChunks, spanOf, splitNotes } from './slides.ts'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
const plainParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * Text that may hold GFM: a table or strikethrough (`|`, `~`), a footnote
 * (`[^`), a task list item (`[ ]`, `[x]`), an autolink literal (`www.`,
 * `http://`, `https://`, an e-mail address's `@`). Without any of these,
 * GFM's extensions find nothing and the tree is the same without them.
 */
const MAY_HOLD_GFM = /[|~@]|\[\^|\[[\sxX]\]|www\.|https?:\/\//i

/** Parse Markdown (with frontmatter and GFM) into mdast, positions true to the file. */
export function parseMarkdown(file: VFile): Root {
  // Note: GFM's extensions are a share of every parse (autolink literals look at each word); most stories use none.
  return (MAY_HOLD_GFM.test(String(file.value)) ? parser : plainParser).parse(file)
}

/**
 * Parse a story file into the story model. Every problem is reported on
 * `file`; the result is undefined when the frontmatter is unusable or the
 * Markdown is too deeply nested to parse safely (see `limits.ts`).
 *
 * @param file the story; `file.stem` gives the slug.
 */
export function parseStory(file: VFile): Story | undefined {
  // Note: pathological nesting would hang micromark or overflow the stack of
  // later tree walks; such a story gets one error and an empty tree.
  file.data.tree = { type: 'root', children: [] }
  if (!checkComplexity(file)) return undefined
  const tree = parseMarkdown(file)
  if (!checkDepth(file, tree)) return undefined
  file.data.tree = tree
  const first = tree.children[0]
  const yaml = first?.type === 'yaml' ? (first as Yaml) : undefined
  if (yaml === undefined && /^---[ \t]*(?:\r?\n|\r)/.test(String(file.value))) {
    say(file, frontmatterMessages.unclosed, {}, { place: { line: 1, column: 1 } })
  }
  const meta = parseFrontmatter(file, yaml)
  const stem = file.stem ?? 'story'
  const versionLang = checkVersionName(file, stem, yaml)
  if (meta !== undefined && versionLang !== undefined) meta.lang = versionLang

  const body = tree.children.filter((node) => node.type !== 'yaml')
  const lead: RootContent[] = []
  const groups: Array<{ heading: Heading; nodes: RootContent[] }> = []
  for (const node of body) {
    if (node.type === 'heading' && node.depth === 1) groups.push({ heading: node, nodes: [] })
    else if (groups.length === 0) lead.push(node)
    else groups.at(-1)?.nodes.push(node)
  }

  checkSetextHeadings(file, tree)
  const sections = buildSections(file, groups)
  const spine: Partial<Record<SpineKind, Section>> = {}
  for (const section of sections) {
    if (section.kind === 'from' || section.kind === 'to' || section.kind === 'because') spine[section.kind] = section
  }
  const bodyStart = body[0]?.position?.start ?? { line: 1, column: 1 }
  for (const kind of SPINE_KINDS) {
    if (spine[kind] === undefined) {
      // Note: the heading to add is in the story's language, whatever the language of the message.
      const heading = meta === undefined ? sectionTitles(kind) : sectionTitle(meta.lang, kind)
      say(file, MISSING[kind], { heading }, { place: bodyStart })
    }
  }

  const images = collectImages(file, tree)
  if (meta === undefined) return undefined
  const { body: leadBody, notes: leadNotes } = splitNotes(lead)
  const story: Story = {
    slug: storySlug(stem),
    meta,
    lead: leadBody,
    leadNotes,
    sections,
    spine,
    questions: collectQuestions(sections),
    images,
  }
  const version = stemVersion(stem)
  if (version.kind === 'version') story.version = { name: slugOf(version.name), lang: version.lang }
  file.data.story = story
  return story
}

const MISSING = {
  from: storyMessages.missingFrom,
  to: storyMessages.missingTo,
  because: storyMessages.missingBecause,
} as const

function buildSections(file: VFile, groups: ReadonlyArray<{ heading: Heading; nodes: RootContent[] }>): Section[] {
  const sections: Section[] = []
  const byKind = new Map<string, Section>()
  for (const { heading, nodes } of groups) {
    const title = plainText(heading)
    const kind = sectionKindOf(title)
    const chunks = splitChunks(nodes)
    const section: Section = { kind, title, heading, slides: [], position: spanOf([heading, ...nodes]) }
    const spineKind = kind === 'from' || kind === 'to' || kind === 'because'
    if (spineKind) {
      const head = chunks[0]
      const firstNode = head?.nodes[0]
      if (head && firstNode?.type === 'paragraph' && !isNote(firstNode)) {
        head.nodes.shift()
        const next = head.nodes[0]
        const notes: RootContent[] = []
        if (next !== undefined && isNote(next)) {
          const slide = chunkToSlide({ nodes: head.nodes }, false)
          notes.push(...(slide?.notes ?? []))
          head.nodes = slide?.body ?? []
        }
        section.headline = { text: plainText(firstNode), node: firstNode, notes }
      }
    }
    for (const chunk of chunks) {
      const slide = chunkToSlide(chunk, kind === 'steps')
      if (slide) section.slides.push(slide)
    }

    const earlier = byKind.get(kind)
    if (earlier && kind !== 'chapter') {
      if (spineKind) {
        say(
          file,
          storyMessages.duplicateSpine,
          { heading: title, line: earlier.heading.position?.start.line ?? '?' },
          { place: heading.position },
        )
      } else {
        say(file, storyMessages.duplicateSection, { heading: title }, { place: heading.position })
        earlier.slides.push(...section.slides)
        earlier.position = { start: earlier.position.start, end: section.position.end }
      }
      continue
    }
    if (kind !== 'chapter') byKind.set(kind, section)
    sections.push(section)
  }
  return sections
}

function isNote(node: RootContent): boolean {
  return chunkToSlide({ nodes: [node] }, false)?.notes.length === 1
}

function checkSetextHeadings(file: VFile, tree: Root): void {
  const text = String(file.value)
  visit(tree, 'heading', (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || node.depth !== 2) return
    const source = text.slice(start, end)
    if (!source.startsWith('#') && /(?:\r?\n|\r)\s*-+\s*$/.test(source)) {
      say(file, storyMessages.setextHeading, {}, { place: node.position })
    }
  })
}

function collectImages(file: VFile, tree: Root): ImageRef[] {
  const images: ImageRef[] = []
  visit(tree, 'image', (node) => {
    const alt = (node.alt ?? '').trim()
    const position = node.position ?? spanOf([])
    if (alt === '') {
      say(file, storyMessages.imageAlt, {}, { place: position })
    }
    images.push({ url: node.url, alt, position })
  })
  return images
}

function collectQuestions(sections: readonly Section[]): Question[] {
  const questions: Question[] = []
  for (const section of sections) {
    if (section.kind !== 'questions') continue
    for (const slide of section.slides) {
      for (const node of slide.body) {
        if (node.type !== 'list') continue
        for (const item of node.children) {
          questions.push({
            text: plainText(item),
            children: item.children,
            position: item.position ?? spanOf([]),
          })
        }
      }
    }
  }
  return questions
}

/**
 * The output folder of a story file: its slug, and `<name>/<lang>` for a
 * language version `<name>.<lang>` (`claims-2029.da` -> `claims-2029/da`).
 */
export function storySlug(stem: string): string {
  const version = stemVersion(stem)
  return version.kind === 'version' ? `${slugOf(version.name)}/${version.lang}` : slugOf(stem)
}

/**
 * The output folder name for a story file name: lower case, ASCII letters,
 * digits and dashes (`Vision 2028` -> `vision-2028`).
 */
export function slugOf(stem: string): string {
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? 'story' : slug
}
