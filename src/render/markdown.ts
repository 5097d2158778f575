/**
 * Story Markdown (mdast nodes) -> safe HTML. Everything a story writes goes
 * through rehype-sanitize; raw HTML is shown as text unless the project opts
 * in, and even then it is sanitised.
 */
import type { Element, Root as HastRoot } from 'hast'
import type { Root, RootContent } from 'mdast'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/** The sanitize schema: GitHub's, with only http(s), mailto and relative URLs. */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // Note: no `id` clobbering prefix needed for our pages, but keep GitHub's.
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
}

const safe = unified().use(remarkRehype).use(rehypeSanitize, SANITIZE_SCHEMA).use(rehypeStringify).freeze()
let withHtml: typeof safe | undefined

/**
 * Load what `markdownToHtml` needs for `html: true` (an HTML parser, parse5).
 * Note: loaded only for projects that allow raw HTML; the others never pay for it.
 */
export async function loadRawHtml(): Promise<void> {
  if (withHtml !== undefined) return
  const { default: rehypeRaw } = await import('rehype-raw')
  withHtml = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeStringify)
    .freeze()
}

/** Options of {@link markdownToHtml}. */
export interface MarkdownOptions {
  /** Story image URL -> URL to print. Images not in the map are dropped. */
  images: ReadonlyMap<string, string>
  /** Let raw HTML through (sanitised). Default false: shown as text. */
  html?: boolean
}

/** Render mdast nodes to an HTML string. */
export function markdownToHtml(nodes: readonly RootContent[], options: Readonly<MarkdownOptions>): string {
  if (nodes.length === 0) return ''
  // Note: the deck, handout and poster show many of the same blocks; each run of nodes is turned into HTML once.
  const first = nodes[0] as RootContent
  const known = rendered
    .get(first)
    ?.find(
      (entry) =>
        entry.nodes.length === nodes.length &&
        entry.nodes.every((node, index) => node === nodes[index]) &&
        entry.images === options.images &&
        entry.html === (options.html ?? false),
    )
  if (known) return known.result
  const result = toHtml(nodes, options)
  const entries = rendered.get(first) ?? []
  entries.push({ nodes: [...nodes], images: options.images, html: options.html ?? false, result })
  rendered.set(first, entries)
  return result
}

/** Results of {@link markdownToHtml}, by the first node (let go with the story). */
const rendered = new WeakMap<
  RootContent,
  Array<{ nodes: readonly RootContent[]; images: ReadonlyMap<string, string>; html: boolean; result: string }>
>()

function toHtml(nodes: readonly RootContent[], options: Readonly<MarkdownOptions>): string {
  const processor = options.html ? withHtml : safe
  if (processor === undefined) throw new Error('markdownToHtml: call loadRawHtml() before rendering with `html: true`')
  const mdast: Root = { type: 'root', children: options.html ? [...nodes] : nodes.map(htmlAsText) }
  const hast = processor.runSync(mdast) as HastRoot
  visit(hast, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img') return
    const src = typeof node.properties.src === 'string' ? node.properties.src : ''
    const mapped = options.images.get(src)
    if (mapped === undefined && parent && index !== undefined) {
      parent.children.splice(index, 1)
      return index
    }
    node.properties.src = mapped
    node.properties.loading = 'lazy'
    return undefined
  })
  return processor.stringify(hast)
}

/** Raw HTML nodes become text nodes, recursively (so they print escaped). */
function htmlAsText(node: RootContent): RootContent {
  if (node.type === 'html')
    return { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) }
  if ('children' in node) {
    return { ...node, children: (node.children as RootContent[]).map(htmlAsText) } as RootContent
  }
  return node
}
