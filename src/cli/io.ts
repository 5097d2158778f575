/**
 * The streams and folder a command runs with (injected so tests can capture
 * them; only bin/storydeck.js passes the real process streams).
 */

/** Something text can be written to. */
export interface Writable {
  write(chunk: string): unknown
  /** Whether it is a terminal (colours, progress). */
  isTTY?: boolean
}

import type { Lang } from '../types.ts'

/** Input and output of a CLI run. */
export interface Io {
  stdout: Writable
  stderr: Writable
  /** Folder the command runs in (the project folder). */
  cwd: string
  /**
   * Resolves when a command that runs until stopped (`present`) should stop.
   * Default: the process receives SIGINT (Ctrl+C) or SIGTERM.
   */
  stopped?: Promise<void>
  /** Environment variables (`STORYDECK_MESSAGES`); only bin/storydeck.js passes the process's. */
  env?: Readonly<Record<string, string | undefined>>
  /** The language of every message, when asked for (`--messages`, `STORYDECK_MESSAGES`); set by `run`. */
  messages?: Lang
}
