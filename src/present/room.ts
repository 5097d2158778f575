/**
 * The state of a town hall: slides reached, questions, votes and moderation.
 * Built only by applying log events (the same code path replays a log after
 * a restart), so what the room shows is exactly what the log holds. No I/O.
 */

/** Most characters of a question. */
export const MAX_QUESTION = 280
/** Most characters of a name. */
export const MAX_NAME = 60

/** One line of the town hall log. */
export type LogEvent =
  | { type: 'start'; at: string; slug: string; title: string; lang: string }
  | { type: 'slide'; at: string; index: number }
  | { type: 'ask'; at: string; id: string; device: string; name: string; text: string }
  | { type: 'vote'; at: string; id: string; device: string }
  | { type: 'moderate'; at: string; id: string; action: ModerateAction }

/** What the presenter can do with a question. */
export type ModerateAction = 'show' | 'hide' | 'answer'

/** Whether the room sees a question: new ones wait for the presenter. */
export type QuestionState = 'new' | 'shown' | 'hidden'

/** A question with its votes. */
export interface RoomQuestion {
  id: string
  /** Order of arrival, from 1. */
  seq: number
  at: string
  /** Hash of the asking device. */
  device: string
  name: string
  text: string
  state: QuestionState
  answered: boolean
  /** Hashes of the devices that voted. */
  voters: Set<string>
}

/** What the room (audience) may see of a question. */
export interface PublicQuestion {
  id: string
  text: string
  name: string
  votes: number
  answered: boolean
}

/** What the presenter sees of a question. */
export interface PresenterQuestion extends PublicQuestion {
  state: QuestionState
  at: string
}

/** Why an event cannot be applied. */
export type Refusal = 'unknown-question' | 'already-voted' | 'not-shown' | 'bad-slide'

/** The room's state. */
export class Room {
  readonly questions = new Map<string, RoomQuestion>()
  /** Slide indices the presenter has shown. */
  readonly reached = new Set<number>()
  /** The presenter's current slide; -1 before the talk starts. */
  current = -1
  private seq = 0

  /** The id the next question gets. */
  nextId(): string {
    return `q${this.seq + 1}`
  }

  /**
   * Check an event without applying it.
   *
   * @returns why it cannot be applied, or undefined when it can.
   */
  check(event: LogEvent): Refusal | undefined {
    if (event.type === 'vote') {
      const question = this.questions.get(event.id)
      if (question === undefined) return 'unknown-question'
      if (question.state !== 'shown') return 'not-shown'
      if (question.voters.has(event.device)) return 'already-voted'
    }
    if (event.type === 'moderate' && !this.questions.has(event.id)) return 'unknown-question'
    if (event.type === 'slide' && !(Number.isInteger(event.index) && event.index >= 0)) return 'bad-slide'
    return undefined
  }

  /** Apply an event (one that {@link check} accepts; others are ignored, as in a replayed log). */
  apply(event: LogEvent): void {
    if (this.check(event) !== undefined) return
    switch (event.type) {
      case 'slide':
        this.current = event.index
        this.reached.add(event.index)
        return
      case 'ask': {
        const seq = Number(event.id.slice(1))
        this.seq = Math.max(this.seq, Number.isInteger(seq) ? seq : this.seq + 1)
        this.questions.set(event.id, {
          id: event.id,
          seq: this.seq,
          at: event.at,
          device: event.device,
          name: event.name,
          text: event.text,
          state: 'new',
          answered: false,
          voters: new Set(),
        })
        return
      }
      case 'vote':
        this.questions.get(event.id)?.voters.add(event.device)
        return
      case 'moderate': {
        const question = this.questions.get(event.id) as RoomQuestion
        if (event.action === 'answer') {
          question.answered = true
          // Note: answering a new question shows it: the room heard the answer.
          if (question.state === 'new') question.state = 'shown'
        } else question.state = event.action === 'show' ? 'shown' : 'hidden'
        return
      }
      default:
        return
    }
  }

  /** Count of votes over all questions. */
  voteCount(): number {
    let count = 0
    for (const question of this.questions.values()) count += question.voters.size
    return count
  }
}

/**
 * Questions in ranked order: open before answered, then most votes, then
 * the earliest asked.
 */
export function rankQuestions(questions: Iterable<RoomQuestion>): RoomQuestion[] {
  return [...questions].sort(
    (a, b) => Number(a.answered) - Number(b.answered) || b.voters.size - a.voters.size || a.seq - b.seq,
  )
}

/** The top `count` questions the room can see and that are not answered yet. */
export function topQuestions(room: Room, count = 5): RoomQuestion[] {
  return rankQuestions(room.questions.values())
    .filter((question) => question.state === 'shown' && !question.answered)
    .slice(0, count)
}

/** The audience's view of a question (no device, no state). */
export function publicQuestion(question: RoomQuestion): PublicQuestion {
  return {
    id: question.id,
    text: question.text,
    name: question.name,
    votes: question.voters.size,
    answered: question.answered,
  }
}

/** The presenter's view of a question. */
export function presenterQuestion(question: RoomQuestion): PresenterQuestion {
  return { ...publicQuestion(question), state: question.state, at: question.at }
}

/**
 * Tidy a question or name from the audience: normalised, control characters
 * removed, whitespace collapsed.
 *
 * @returns the text, or undefined when it is longer than `max` characters.
 */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return value === undefined ? '' : undefined
  if (value.length > max * 4) return undefined
  const text = value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return [...text].length > max ? undefined : text
}
