/**
 * Content hashes of build inputs, for the build cache and the dev server.
 */
import { createHash, type Hash } from 'node:crypto'

/** sha256 of any JSON-like value, bytes and strings included, independent of how it is held. */
export function digest(value: unknown): string {
  const hash = createHash('sha256')
  feed(hash, value)
  return hash.digest('hex')
}

function feed(hash: Hash, value: unknown): void {
  if (value instanceof Uint8Array) {
    hash.update(`b${value.byteLength}:`).update(value)
  } else if (typeof value === 'string') {
    hash.update(`s${Buffer.byteLength(value)}:`).update(value)
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`)
    for (const item of value) feed(hash, item)
    hash.update(']')
  } else if (value instanceof Map) {
    feed(hash, [...value.entries()])
  } else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort()
    hash.update(`o${keys.length}{`)
    for (const key of keys) {
      feed(hash, key)
      feed(hash, (value as Record<string, unknown>)[key])
    }
    hash.update('}')
  } else if (typeof value === 'function') {
    // Note: functions carry no data; what they compute is recorded where they are called.
    hash.update('f')
  } else {
    hash.update(`p${String(value)};`)
  }
}
