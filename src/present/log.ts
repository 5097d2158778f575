/**
 * The town hall log: one JSON object a line, appended and flushed to disk
 * (fsync) before the caller acknowledges anything. Appends that arrive while
 * a flush runs are written together by the next one (group commit), so a
 * burst of votes costs one fsync, not one each.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { mkdir, open, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { LogEvent } from './room.ts'

/** A line of a log that could not be read. */
export interface LogProblem {
  /** 1-based line number. */
  line: number
  /** Whether it is the last line (cut off when the server stopped while writing it). */
  last: boolean
}

/** A log read back. */
export interface ReadLog {
  events: LogEvent[]
  problems: LogProblem[]
}

/**
 * Parse a log's text. Lines that are not a JSON object with a `type` are
 * skipped and listed as problems, never thrown.
 */
export function parseLog(text: string): ReadLog {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const events: LogEvent[] = []
  const problems: LogProblem[] = []
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const event = parseLine(line)
    if (event === undefined) problems.push({ line: index + 1, last: index === lines.length - 1 })
    else events.push(event)
  }
  return { events, problems }
}

function parseLine(line: string): LogEvent | undefined {
  try {
    const value: unknown = JSON.parse(line)
    if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string')
      return value as LogEvent
  } catch {
    // Note: a cut-off line is expected after a crash; the caller reports it.
  }
  return undefined
}

/** Read a log file; a missing file is an empty log. */
export function readLogFile(file: string): ReadLog {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], problems: [] }
    throw error
  }
  return parseLog(text)
}

interface Pending {
  line: string
  resolve(): void
  reject(error: unknown): void
}

/** An open log to append to. */
export class TalkLog {
  private readonly queue: Pending[] = []
  private flushing: Promise<void> | undefined

  private constructor(
    /** Path of the log file. */
    readonly file: string,
    private readonly handle: FileHandle,
  ) {}

  /**
   * Open (or create) a log for appending and read what it holds.
   *
   * Note: when the last line was cut off, a newline is appended first, so the
   * next event starts on a line of its own and the cut-off line stays as it
   * was (reported, never parsed).
   */
  static async open(file: string): Promise<{ log: TalkLog; read: ReadLog }> {
    await mkdir(path.dirname(file), { recursive: true })
    const read = readLogFile(file)
    const fd = openSync(file, 'a+')
    try {
      const bytes = readFileSync(fd)
      if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) writeSync(fd, '\n')
    } finally {
      closeSync(fd)
    }
    const handle = await open(file, 'a')
    return { log: new TalkLog(file, handle), read }
  }

  /** Append an event; resolves once it is on disk (after fsync). */
  append(event: LogEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(event)}\n`, resolve, reject })
      this.flushing ??= this.flush()
    })
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0)
      try {
        await this.handle.writeFile(batch.map((pending) => pending.line).join(''))
        await this.handle.datasync()
        for (const pending of batch) pending.resolve()
      } catch (error) {
        for (const pending of batch) pending.reject(error)
      }
    }
    this.flushing = undefined
  }

  /** Wait for every append so far to reach the disk, then close the file. */
  async close(): Promise<void> {
    while (this.flushing) await this.flushing
    await this.handle.close()
  }
}
