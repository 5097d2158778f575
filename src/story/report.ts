/**
 * One helper to attach a story problem to its file as a vfile message with
 * our source name, a rule id, a severity and optional hints.
 */
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** How serious a finding is: errors stop that story's build. */
export type Severity = 'error' | 'warn' | 'info'

/** Package name, used as every message's `source`. */
export const SOURCE = 'storydeck'

/** Where the rules are documented; each message links to its rule. */
export const DOCS_URL = 'docs/rules.md'

/** Options of {@link report}. */
export interface ReportOptions {
  /** Place in the file; always give one when it is known. */
  place?: Point | Position | undefined
  /** Permanent kebab-case id of what is checked, e.g. `frontmatter/unknown-key`. */
  ruleId: string
  /** Default `error`. */
  severity?: Severity
  /** The text found. */
  actual?: string
  /** Suggested replacements. */
  expected?: string[]
  /** Longer hint on how to fix it. */
  note?: string
  /** Original error, for unexpected failures. */
  cause?: Error
}

/**
 * Report a problem on `file`: `error` -> fatal `true`, `warn` -> `false`,
 * `info` -> `undefined` (vfile's convention).
 *
 * @returns the message, already added to `file.messages`.
 */
export function report(file: VFile, reason: string, options: ReportOptions): VFileMessage {
  const message = file.message(reason, {
    ...(options.place ? { place: options.place } : {}),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
    ruleId: options.ruleId,
    source: SOURCE,
  })
  const severity = options.severity ?? 'error'
  message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  if (options.note !== undefined) message.note = options.note
  message.url = `${DOCS_URL}#${options.ruleId.replace(/[^a-z0-9]+/g, '-')}`
  return message
}

/** Whether any message of the file is an error. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}

/**
 * The closest candidate to `word` when it is probably a typo of it
 * (edit distance at most 2, or a third of the word's length).
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const limit = Math.max(2, Math.floor(lower.length / 3))
  return bestDistance <= limit && bestDistance < lower.length ? best : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
