/**
 * Media types of the files storydeck serves or inlines, by file extension.
 */

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
}

/**
 * The media type of a file name or URL path (query and fragment ignored).
 *
 * @returns e.g. `image/png`; `application/octet-stream` when unknown.
 */
export function mediaTypeOf(name: string): string {
  const clean = name.split(/[?#]/)[0] ?? ''
  const dot = clean.lastIndexOf('.')
  const slash = clean.lastIndexOf('/')
  const extension = dot > slash ? clean.slice(dot).toLowerCase() : ''
  return TYPES[extension] ?? 'application/octet-stream'
}
