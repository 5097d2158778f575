/**
 * One way to tell whether a file changed without reading it, for the build
 * cache and the dev server alike: its size, modification and change times (in
 * nanoseconds) and inode, links followed.
 *
 * Note: synchronous, as every read of a build is (`read.ts`); a rebuild stamps
 * a few files per story.
 */
import { statSync } from 'node:fs'
import { attempt } from './read.ts'

/** The stamp of a file, or {@link MISSING} when there is none. */
export function stampOf(absolute: string): string {
  // Note: a missing file is common (first builds, language folders); `throwIfNoEntry` spares making an error for it.
  const info = attempt(() => statSync(absolute, { bigint: true, throwIfNoEntry: false }))
  return info ? `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}` : MISSING
}

/** The stamp of a file that does not exist. */
export const MISSING = ''

/** Timestamps closer than this to the moment a file was hashed are not trusted (coarse file-system clocks). */
const RACY_MS = 2000

/**
 * Whether a file with this stamp may have changed again within the clock's
 * resolution of `hashedAt` (milliseconds), so its stamp alone proves nothing.
 */
export function racy(stamp: string, hashedAt: number): boolean {
  const mtimeMs = Number(BigInt(stamp.split(':')[1] ?? '0') / 1_000_000n)
  return mtimeMs >= hashedAt - RACY_MS
}
