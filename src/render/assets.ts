/**
 * Shared assets under `dist/assets/`: reveal.js, its CSS and notes plugin,
 * our deck script and the themes' CSS, each once per build with a
 * content-hashed name (`assets/reveal.3f9a1c2b.js`), so every deck links the
 * same files and a browser cache never serves a stale one.
 */
import { createHash } from 'node:crypto'
import type { OutputFile } from '../build-types.ts'

/** Keys of the assets every deck uses. */
export const ASSET_KEYS = Object.freeze({
  revealJs: 'reveal.js',
  revealCss: 'reveal.css',
  notesJs: 'notes.js',
  deckJs: 'deck.js',
  indexCss: 'index.css',
})

/** Key of a theme's file, e.g. `theme/nordic/deck.css`. */
export function themeAssetKey(theme: string, file: string): string {
  return `theme/${theme}/${file}`
}

/** One asset before naming: its key, the readable part of its name, its bytes. */
export interface AssetSource {
  key: string
  /** Readable name without hash, e.g. `reveal.js` or `nordic-deck.css`. */
  name: string
  bytes: Uint8Array
}

/** Named assets: what to write and where each key ended up. */
export interface SharedAssets {
  /** Key -> path under the output folder, e.g. `assets/reveal.3f9a1c2b.js`. */
  paths: Record<string, string>
  files: OutputFile[]
  /** CSP hash sources (`sha256-…`) of inline scripts our assets create (the speaker view). */
  scriptHashes: string[]
}

/** `reveal.js` + bytes -> `assets/reveal.<8 hex of sha256>.js`. */
export function hashedName(name: string, bytes: Uint8Array): string {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? `assets/${name}.${hash}` : `assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`
}

/** Name the assets by content (pure). Output is sorted by path, so builds are reproducible. */
export function planAssets(sources: readonly AssetSource[]): SharedAssets {
  const paths: Record<string, string> = {}
  const files = new Map<string, OutputFile>()
  const scriptHashes: string[] = []
  for (const source of sources) {
    const target = hashedName(source.name, source.bytes)
    paths[source.key] = target
    files.set(target, { path: target, contents: source.bytes })
    if (source.key === ASSET_KEYS.notesJs) {
      const hash = speakerViewHash(new TextDecoder().decode(source.bytes))
      if (hash !== undefined) scriptHashes.push(hash)
    }
  }
  return { paths, files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1)), scriptHashes }
}

/**
 * The CSP hash of the inline script that reveal.js's notes plugin writes into
 * the speaker-view popup with `document.write(`…`)`.
 *
 * @returns `sha256-<base64>`, or undefined when the plugin has no such script.
 */
export function speakerViewHash(pluginSource: string): string | undefined {
  const start = pluginSource.indexOf('document.write(`')
  if (start === -1) return undefined
  const html = cookTemplate(pluginSource, start + 'document.write(`'.length)
  const open = html.indexOf('<script>')
  const close = html.indexOf('</script>', open)
  if (open === -1 || close === -1) return undefined
  const script = html.slice(open + '<script>'.length, close)
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`
}

/**
 * The value of a template literal starting at `from` (just after the opening
 * backtick), with its escapes applied, as the browser sees the string.
 */
function cookTemplate(source: string, from: number): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' }
  let out = ''
  for (let index = from; index < source.length; index++) {
    const char = source[index] as string
    if (char === '`') return out
    if (char === '$' && source[index + 1] === '{')
      throw new Error('reveal.js notes plugin: unexpected `${` in the speaker view template')
    if (char !== '\\') {
      out += char
      continue
    }
    const next = source[++index] ?? ''
    if (next === 'x') {
      out += String.fromCharCode(Number.parseInt(source.slice(index + 1, index + 3), 16))
      index += 2
    } else if (next === 'u' && source[index + 1] === '{') {
      const end = source.indexOf('}', index)
      out += String.fromCodePoint(Number.parseInt(source.slice(index + 2, end), 16))
      index = end
    } else if (next === 'u') {
      out += String.fromCharCode(Number.parseInt(source.slice(index + 1, index + 5), 16))
      index += 4
    } else {
      out += simple[next] ?? next
    }
  }
  throw new Error('reveal.js notes plugin: unterminated speaker view template')
}
