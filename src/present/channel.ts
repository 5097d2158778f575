/**
 * The live channel: websocket messages from the presenter and the audience,
 * checked, written to the log, applied to the room and sent on. A question
 * or vote is acknowledged only after the log has it on disk; the room's
 * other devices hear of it in batches (every {@link BATCH_MS}).
 */
import { createHash } from 'node:crypto'
import { RateLimiter, type ServerLimits } from './limits.ts'
import type { TalkLog } from './log.ts'
import {
  cleanText,
  MAX_NAME,
  MAX_QUESTION,
  type LogEvent,
  type ModerateAction,
  presenterQuestion,
  publicQuestion,
  type Room,
  rankQuestions,
  topQuestions,
} from './room.ts'
import { broadcast, type Client, type Message, parseMessage, send } from './wire.ts'

export type { Client } from './wire.ts'

/** How often changed questions are sent to everyone, in ms. */
export const BATCH_MS = 100

/** Options of {@link Channel}. */
export interface ChannelOptions {
  room: Room
  log: TalkLog
  /**
   * Reading-view HTML per language version and slide (index = the
   * presenter's slide number): what a phone reading that language sees.
   * Holds `lang`.
   */
  slides: ReadonlyMap<string, readonly string[]>
  limits: ServerLimits
  /** The language of the story the presenter shows. */
  lang: string
  /** Clock (default `Date.now`). */
  now?: () => number
  /** Where storage failures are reported (default: nowhere). */
  onError?: (error: unknown) => void
}

/** Hash a device cookie so the log never holds the cookie itself. */
export function deviceHash(code: string, cookie: string): string {
  return createHash('sha256').update(`${code}\0${cookie}`).digest('base64url').slice(0, 22)
}

/** The live channel of one talk. */
export class Channel {
  readonly clients = new Set<Client>()
  private readonly dirty = new Set<string>()
  private timer: NodeJS.Timeout | undefined
  private showingTop = false
  private readonly questionsLimit: RateLimiter
  private readonly votesLimit: RateLimiter
  private readonly messagesLimit: RateLimiter
  private readonly now: () => number

  constructor(private readonly options: ChannelOptions) {
    this.now = options.now ?? Date.now
    this.questionsLimit = new RateLimiter(options.limits.questionsPerMinute, 60_000)
    this.votesLimit = new RateLimiter(options.limits.votesPerMinute, 60_000)
    this.messagesLimit = new RateLimiter(options.limits.messagesPer10s, 10_000)
  }

  /** The presenter's slides: which slide numbers exist. */
  private get presented(): readonly string[] {
    return this.options.slides.get(this.options.lang) ?? []
  }

  /** The slides a client reads: its language version's, else the presenter's. */
  private slidesFor(client: Client): readonly string[] {
    return this.options.slides.get(client.lang) ?? this.presented
  }

  /** Greet a new client with everything it may see, and listen to it. */
  join(client: Client, connection: string): void {
    this.clients.add(client)
    client.socket.on('message', (data, isBinary) => this.receive(client, connection, data, isBinary))
    client.socket.on('close', () => this.clients.delete(client))
    send(client, this.hello(client))
  }

  private hello(client: Client): object {
    const { room } = this.options
    const slides = this.slidesFor(client)
    const reached = [...room.reached].filter((index) => index < this.presented.length).sort((a, b) => a - b)
    const base = { type: 'hello', role: client.role, lang: this.options.lang, current: room.current }
    const ranked = rankQuestions(room.questions.values())
    if (client.role === 'presenter')
      return {
        ...base,
        questions: ranked.map(presenterQuestion),
        top: this.showingTop ? topQuestions(room).map(publicQuestion) : null,
      }
    return {
      ...base,
      slides: reached.map((index) => [index, slides[index]]),
      questions: ranked.filter((question) => question.state === 'shown').map(publicQuestion),
      mine: ranked
        .filter((question) => question.device === client.device && question.state === 'new')
        .map((question) => ({ id: question.id, text: question.text, name: question.name })),
      voted: ranked.filter((question) => question.voters.has(client.device)).map((question) => question.id),
    }
  }

  private receive(client: Client, connection: string, data: unknown, isBinary: boolean): void {
    // Note: the presenter (who holds the secret) is not limited: moving fast through slides or moderating a burst is normal.
    if (client.role === 'audience' && !this.messagesLimit.take(connection, this.now())) {
      client.socket.close(1008, 'too many messages')
      return
    }
    const message = isBinary ? undefined : parseMessage(data)
    const nonce = typeof message?.nonce === 'string' ? message.nonce.slice(0, 40) : undefined
    const refuse = (reason: string): void => send(client, { type: 'refused', nonce, reason })
    if (message === undefined) return refuse('bad-message')
    const presenterOnly = message.type === 'goto' || message.type === 'moderate' || message.type === 'top'
    if (presenterOnly && client.role !== 'presenter') return refuse('not-presenter')
    switch (message.type) {
      case 'goto':
        return this.goto(message.index)
      case 'top':
        this.showingTop = message.show === true
        this.sendTop()
        return
      case 'moderate':
        return this.moderate(client, message, refuse)
      case 'ask':
        return this.ask(client, message, nonce, refuse)
      case 'vote':
        return this.vote(client, message, nonce, refuse)
      default:
        return refuse('bad-message')
    }
  }

  private goto(index: unknown): void {
    const { room } = this.options
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= this.presented.length) return
    if (index === room.current) return
    const first = !room.reached.has(index)
    const event: LogEvent = { type: 'slide', at: this.stamp(), index }
    room.apply(event)
    this.write(event)
    if (!first) return broadcast(this.clients, 'audience', { type: 'slide', current: index, add: [] })
    // Note: each language's phones get that language's slide, serialised once per language.
    for (const [lang, slides] of this.options.slides)
      broadcast(this.clients, 'audience', { type: 'slide', current: index, add: [[index, slides[index]]] }, lang)
  }

  private moderate(client: Client, message: Message, refuse: (reason: string) => void): void {
    const action = message.action
    if (typeof message.id !== 'string' || (action !== 'show' && action !== 'hide' && action !== 'answer'))
      return refuse('bad-message')
    this.commit(
      client,
      { type: 'moderate', at: this.stamp(), id: message.id, action: action as ModerateAction },
      {
        nonce: message.nonce,
        refuse,
      },
    )
  }

  private ask(client: Client, message: Message, nonce: string | undefined, refuse: (reason: string) => void): void {
    const text = cleanText(message.text, MAX_QUESTION)
    const name = cleanText(message.name, MAX_NAME)
    if (text === undefined || name === undefined) return refuse('size')
    if (text === '') return refuse('empty')
    if (!this.questionsLimit.take(client.device, this.now())) return refuse('rate')
    const id = this.options.room.nextId()
    this.commit(client, { type: 'ask', at: this.stamp(), id, device: client.device, name, text }, { nonce, refuse })
  }

  private vote(client: Client, message: Message, nonce: string | undefined, refuse: (reason: string) => void): void {
    if (typeof message.id !== 'string') return refuse('bad-message')
    const event: LogEvent = { type: 'vote', at: this.stamp(), id: message.id, device: client.device }
    const problem = this.options.room.check(event)
    if (problem !== undefined) return refuse(problem)
    if (!this.votesLimit.take(client.device, this.now())) return refuse('rate')
    this.commit(client, event, { nonce, refuse })
  }

  /**
   * Apply an event at once (so a second, quick message sees it), write it to
   * the log, and acknowledge it once it is on disk.
   */
  private commit(
    client: Client,
    event: LogEvent & { id: string },
    reply: { nonce: unknown; refuse: (reason: string) => void },
  ): void {
    const problem = this.options.room.check(event)
    if (problem !== undefined) return reply.refuse(problem)
    this.options.room.apply(event)
    this.options.log.append(event).then(
      () => {
        send(client, { type: 'ack', nonce: reply.nonce, id: event.id })
        this.changed(event.id)
      },
      (error: unknown) => {
        this.options.onError?.(error)
        reply.refuse('storage')
      },
    )
  }

  private write(event: LogEvent): void {
    this.options.log.append(event).catch((error: unknown) => this.options.onError?.(error))
  }

  private changed(id: string): void {
    this.dirty.add(id)
    this.timer ??= setTimeout(() => this.flush(), BATCH_MS)
  }

  /** Send the questions changed since the last batch. */
  flush(): void {
    this.timer = undefined
    const { room } = this.options
    const changed = [...this.dirty].map((id) => room.questions.get(id)).filter((q) => q !== undefined)
    this.dirty.clear()
    if (changed.length === 0) return
    broadcast(this.clients, 'presenter', { type: 'questions', items: changed.map(presenterQuestion) })
    const seen = changed.filter((question) => question.state !== 'new')
    if (seen.length > 0)
      broadcast(this.clients, 'audience', {
        type: 'questions',
        items: seen.map((question) =>
          question.state === 'shown' ? publicQuestion(question) : { id: question.id, gone: true },
        ),
      })
    if (this.showingTop) this.sendTop()
  }

  private sendTop(): void {
    const items = this.showingTop ? topQuestions(this.options.room).map(publicQuestion) : null
    broadcast(this.clients, 'presenter', { type: 'top', items })
  }

  private stamp(): string {
    return new Date(this.now()).toISOString()
  }

  /** Forget rate-limit entries of devices and connections that went quiet (the server calls this every minute). */
  prune(): void {
    const now = this.now()
    this.questionsLimit.prune(now)
    this.votesLimit.prune(now)
    this.messagesLimit.prune(now)
  }

  /** Stop the batch timer (the server is closing). */
  stop(): void {
    clearTimeout(this.timer)
    this.flush()
  }
}
