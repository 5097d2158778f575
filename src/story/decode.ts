/**
 * Bytes -> VFile: strict UTF-8 with a positioned error where the bytes are
 * not text. Pure.
 */
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { story as says } from '../messages/catalogue/story.ts'
import { say } from '../messages/say.ts'

/** Largest story storydeck reads, in bytes (a long story is ~20 KB; parsing time bounds the rest). */
export const MAX_STORY_BYTES = 512 * 1024

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Decode a story file. A BOM is dropped so columns on line 1 stay right.
 * Invalid UTF-8, NUL bytes and oversized files are fatal messages.
 *
 * @param path the path to show in messages (relative to the project).
 */
export function decodeStory(bytes: Uint8Array, path: string): VFile {
  const file = new VFile({ path, value: '' })
  if (bytes.byteLength > MAX_STORY_BYTES) {
    say(
      file,
      says.tooLarge,
      { size: Math.ceil(bytes.byteLength / 1024), max: MAX_STORY_BYTES / 1024 },
      { place: { line: 1, column: 1 } },
    )
    return file
  }
  try {
    file.value = decoder.decode(bytes)
  } catch {
    const valid = validPrefixLength(bytes)
    file.value = decoder.decode(bytes.subarray(0, valid))
    const point = location(file).toPoint(String(file.value).length) ?? { line: 1, column: 1 }
    say(file, says.notUtf8, {}, { place: point })
    return file
  }
  const text = String(file.value)
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    say(file, says.nul, {}, { place: location(file).toPoint(nul) ?? { line: 1, column: 1 } })
  }
  return file
}

/** Length of the longest prefix of `bytes` that is valid UTF-8 (a scan). */
function validPrefixLength(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.byteLength) {
    const byte = bytes[index] ?? 0
    const size =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0
    if (size === 0 || index + size > bytes.byteLength) return index
    for (let next = 1; next < size; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index
    }
    try {
      decoder.decode(bytes.subarray(index, index + size))
    } catch {
      return index
    }
    index += size
  }
  return index
}
