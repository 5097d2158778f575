/**
 * Where a story's image URL points: inside the project, remote, or not
 * allowed. Pure: only looks at the text.
 */
import path from 'node:path/posix'
import { story as says } from '../messages/catalogue/story.ts'
import type { Message } from '../messages/entry.ts'
import type { Values } from '../messages/text.ts'

/** Classified image URL. */
export type ImageTarget =
  | { kind: 'local'; path: string }
  | { kind: 'remote'; url: string }
  | { kind: 'invalid'; message: Message; values: Values }

/**
 * Classify an image URL written in a story.
 *
 * @param url the URL as written.
 * @param storyDir folder of the story, relative to the project (posix, `''` for the root).
 */
export function classifyImage(url: string, storyDir: string): ImageTarget {
  const trimmed = url.trim()
  if (trimmed === '') return { kind: 'invalid', message: says.imageEmpty, values: {} }
  if (/^https?:\/\//i.test(trimmed)) return { kind: 'remote', url: trimmed }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) {
    return { kind: 'invalid', message: says.imageScheme, values: { scheme: trimmed.split(':')[0] ?? '' } }
  }
  if (trimmed.startsWith('/') || trimmed.startsWith('\\'))
    return { kind: 'invalid', message: says.imageAbsolute, values: {} }
  let decoded: string
  try {
    decoded = decodeURIComponent(trimmed.split(/[?#]/)[0] ?? '')
  } catch {
    return { kind: 'invalid', message: says.imageEscape, values: {} }
  }
  const joined = path.normalize(path.join(storyDir, decoded.replace(/\\/g, '/')))
  if (joined === '..' || joined.startsWith('../') || path.isAbsolute(joined)) {
    return { kind: 'invalid', message: says.imageOutside, values: {} }
  }
  return { kind: 'local', path: joined }
}
