/**
 * HTML written straight into a string, for pages we build from our own
 * views (the handout): text is always escaped, and the only unescaped
 * HTML is what {@link raw} wraps (sanitised fragments from the deck view).
 * Pure.
 *
 * Note: the handout was built as a hast tree (hastscript) and printed with
 * hast-util-to-html; for the dozens of elements of every page that was
 * ≈ 2 ms of each story (docs/performance.md). This writes the same bytes:
 * the same escapes (`&#x26;`, `&#x3C;` in text; `&#x22;`, `&#x26;`,
 * `&#x27;`, `&#x60;` in attribute values), class lists joined with spaces,
 * void elements without a closing tag. `tests/render/html-string.test.ts`
 * checks it against hastscript and hast-util-to-html.
 */

/** A piece of HTML that is printed as it is. */
export interface Html {
  readonly html: string
}

/** A child: text (escaped), HTML, a list of children, or nothing. */
export type Child = string | Html | null | undefined | readonly Child[]

/** Attribute values by their hast property names (`className`, `httpEquiv`, `hrefLang`, …). */
export type Attributes = Readonly<Record<string, string | readonly string[] | undefined>>

/** Elements without content or closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
])

/**
 * Property names whose attribute is spelt differently; any other name is printed in lower case. Only the
 * ones the handout uses: a new one goes here and into the test's cases.
 */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  className: 'class',
  httpEquiv: 'http-equiv',
  hrefLang: 'hreflang',
}

/** Attributes whose string value is a space-separated list (printed trimmed, one space between). */
const SPACE_SEPARATED = new Set(['className', 'rel'])

/**
 * An element, `tag.class.other` as hastscript's `h` takes it; classes in
 * `attributes.className` follow the selector's.
 */
export function el(selector: string, attributes?: Attributes | Child, children?: Child): Html {
  const isAttributes =
    attributes !== null &&
    attributes !== undefined &&
    typeof attributes === 'object' &&
    !Array.isArray(attributes) &&
    !('html' in attributes)
  const [tag = 'div', ...classes] = selector.split('.')
  const own = (isAttributes ? attributes : {}) as Attributes
  const content = isAttributes ? children : ((attributes as Child) ?? children)
  let open = `<${tag}`
  // Note: hastscript puts the selector's classes first, so `class` comes first when the selector has any.
  if (classes.length > 0)
    open += ` class="${attribute(valueText('className', [...classes, ...tokens(own.className)]))}"`
  for (const [name, value] of Object.entries(own)) {
    if (value === undefined || (name === 'className' && classes.length > 0)) continue
    open += ` ${ATTRIBUTE_NAMES[name] ?? name.toLowerCase()}="${attribute(valueText(name, value))}"`
  }
  if (VOID.has(tag)) return { html: `${open}>` }
  const body = tag === 'style' || tag === 'script' ? rawText(content) : childrenHtml(content)
  return { html: `${open}>${body}</${tag}>` }
}

/** A list attribute's items: a string is split at white space (as hastscript does for `className` and `rel`). */
function tokens(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return []
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  return trimmed === '' ? [] : trimmed.split(/[ \t\n\r\f]+/)
}

function valueText(name: string, value: string | readonly string[]): string {
  if (typeof value === 'string' && !SPACE_SEPARATED.has(name)) return value
  return tokens(value).join(' ').trim()
}

/** HTML printed as it is: only for sanitised fragments. */
export function raw(html: string): Html {
  return { html }
}

/** A whole document: the doctype, then the `html` element. */
export function documentHtml(root: Html): string {
  return `<!doctype html>${root.html}`
}

function childrenHtml(child: Child): string {
  if (child === null || child === undefined) return ''
  if (typeof child === 'string') return text(child)
  if (Array.isArray(child)) return (child as readonly Child[]).map(childrenHtml).join('')
  return (child as Html).html
}

/** The content of `style` and `script`: printed as it is (as hast-util-to-html does). */
function rawText(child: Child): string {
  if (child === null || child === undefined) return ''
  if (typeof child === 'string') return child
  if (Array.isArray(child)) return (child as readonly Child[]).map(rawText).join('')
  return (child as Html).html
}

const TEXT = /[&<]/g
const ATTRIBUTE = /["&'`]/g

function hex(char: string): string {
  return `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};`
}

function text(value: string): string {
  return value.replace(TEXT, hex)
}

function attribute(value: string): string {
  return value.replace(ATTRIBUTE, hex)
}
