/**
 * Where a talk keeps its files (`town-halls/<slug>/`) and its join code and
 * presenter secret, which stay the same when the server is started again,
 * so phones reconnect by themselves and the presenter's address still works.
 */
import { randomBytes, randomInt } from 'node:crypto'
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

/** Folder of all town hall logs, under the project. */
export const TOWN_HALLS = 'town-halls'

/** Letters of join codes: no 0/O, 1/I/L, easy to read aloud and type on a phone. */
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** What the presenter proves and the audience types. */
export interface Credentials {
  /** Short join code, e.g. `K7QX4M`. */
  code: string
  /** The presenter's secret (32 random bytes, base64url). */
  secret: string
}

/** The folder of a talk's logs. */
export function talkFolder(root: string, slug: string): string {
  return path.join(root, TOWN_HALLS, slug)
}

/** Today's log file of a talk, `town-halls/<slug>/<YYYY-MM-DD>.jsonl` (local date). */
export function logFileFor(root: string, slug: string, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-')
  return path.join(talkFolder(root, slug), `${day}.jsonl`)
}

/** A new random join code of six letters. */
export function newCode(): string {
  let code = ''
  for (let index = 0; index < 6; index++) code += CODE_LETTERS[randomInt(CODE_LETTERS.length)]
  return code
}

/**
 * The talk's credentials: read from `town-halls/<slug>/secret.json`, or made
 * and saved there (readable by the owner only) on the first start.
 */
export async function loadCredentials(folder: string): Promise<Credentials> {
  const file = path.join(folder, 'secret.json')
  const saved = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as unknown,
    () => undefined,
  )
  if (isCredentials(saved)) return saved
  const credentials = { code: newCode(), secret: randomBytes(32).toString('base64url') }
  await mkdir(folder, { recursive: true })
  await writeFile(file, `${JSON.stringify(credentials)}\n`, { mode: 0o600 })
  return credentials
}

function isCredentials(value: unknown): value is Credentials {
  if (typeof value !== 'object' || value === null) return false
  const { code, secret } = value as Record<string, unknown>
  return (
    typeof code === 'string' &&
    new RegExp(`^[${CODE_LETTERS}]{6}$`).test(code) &&
    typeof secret === 'string' &&
    /^[\w-]{40,}$/.test(secret)
  )
}
