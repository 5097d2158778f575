/**
 * Limits of the town hall server: sizes, counts and a sliding-window rate
 * limiter per device. Plain data and arithmetic, no I/O.
 */

/** Limits of one server; every field is documented with its default. */
export interface ServerLimits {
  /** Most open websocket connections at once (default 2,000). */
  connections: number
  /** Largest websocket message in bytes (default 4,096). */
  messageBytes: number
  /** Questions per device per minute (default 3). */
  questionsPerMinute: number
  /** Votes per device per minute (default 30). */
  votesPerMinute: number
  /** Messages of any kind per connection per 10 seconds before it is closed (default 50). */
  messagesPer10s: number
}

/** The defaults of {@link ServerLimits}. */
export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  connections: 2000,
  messageBytes: 4096,
  questionsPerMinute: 3,
  votesPerMinute: 30,
  messagesPer10s: 50,
})

/**
 * A sliding-window limiter: at most `limit` events per `windowMs` per key.
 * Keys without recent events are dropped, so memory follows active devices.
 */
export class RateLimiter {
  private readonly events = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    if (!(limit >= 0 && windowMs > 0)) throw new TypeError('RateLimiter: expected limit ≥ 0 and windowMs > 0')
  }

  /**
   * Count an event for `key` at time `now` when the key is under its limit.
   *
   * @returns true when allowed (and counted), false when over the limit.
   */
  take(key: string, now: number): boolean {
    const since = now - this.windowMs
    const times = (this.events.get(key) ?? []).filter((time) => time > since)
    if (times.length >= this.limit) {
      this.events.set(key, times)
      return false
    }
    times.push(now)
    this.events.set(key, times)
    return true
  }

  /** Forget keys whose events are all older than the window (call now and then). */
  prune(now: number): void {
    const since = now - this.windowMs
    for (const [key, times] of this.events) if (times.every((time) => time <= since)) this.events.delete(key)
  }

  /** Number of keys held (for tests and memory checks). */
  get size(): number {
    return this.events.size
  }
}
