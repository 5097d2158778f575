/**
 * Story Markdown (mdast nodes) -> safe HTML. Everything a story writes goes
 * through rehype-sanitize; raw HTML is shown as text unless the project opts
 * in, and even then it is sanitised.
 */
import type { Element, Root as HastRoot } from 'hast'
import type { Root, RootContent } from 'mdast'
import rehypeRaw from 'rehype-raw'
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
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input')
}

const safe = unified().use(remarkRehype).use(rehypeSanitize, SANITIZE_SCHEMA).use(rehypeStringify).freeze()
const withHtml = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeStringify)
  .freeze()

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
  const processor = options.html ? withHtml : safe
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
  if (node.type === 'html') return { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) }
  if ('children' in node) {
    return { ...node, children: (node.children as RootContent[]).map(htmlAsText) } as RootContent
  }
  return node
}
