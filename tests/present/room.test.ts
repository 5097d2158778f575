/**
 * Questions, votes and moderation: ranking, one vote per device, the rate
 * limiter, and the text clean-up of audience input.
 */
import { describe, expect, it } from 'vitest'
import { RateLimiter } from '../../src/present/limits.ts'
import { cleanText, rankQuestions, Room, topQuestions, type LogEvent } from '../../src/present/room.ts'

const at = '2026-12-06T10:00:00.000Z'

function room(votes: Record<string, number>, answered: string[] = [], hidden: string[] = []): Room {
  const result = new Room()
  for (const id of Object.keys(votes)) {
    result.apply({ type: 'ask', at, id, device: `asker-${id}`, name: '', text: id })
    result.apply({ type: 'moderate', at, id, action: 'show' })
  }
  for (const [id, count] of Object.entries(votes))
    for (let index = 0; index < count; index++) result.apply({ type: 'vote', at, id, device: `d${index}` })
  for (const id of answered) result.apply({ type: 'moderate', at, id, action: 'answer' })
  for (const id of hidden) result.apply({ type: 'moderate', at, id, action: 'hide' })
  return result
}

describe('ranking', () => {
  it('ranks open questions by votes, then by who asked first; answered ones last', () => {
    const ranked = rankQuestions(room({ q1: 1, q2: 3, q3: 3, q4: 5 }, ['q4']).questions.values())
    expect(ranked.map((question) => question.id)).toEqual(['q2', 'q3', 'q1', 'q4'])
  })

  it('puts only shown, unanswered questions in the top five', () => {
    const top = topQuestions(room({ q1: 9, q2: 8, q3: 7, q4: 6, q5: 5, q6: 4, q7: 3, q8: 2 }, ['q1'], ['q2']))
    expect(top.map((question) => question.id)).toEqual(['q3', 'q4', 'q5', 'q6', 'q7'])
  })

  it('counts one vote per device, and none for a question not shown', () => {
    const result = new Room()
    result.apply({ type: 'ask', at, id: 'q1', device: 'a', name: '', text: 'Why?' })
    const vote: LogEvent = { type: 'vote', at, id: 'q1', device: 'b' }
    expect(result.check(vote)).toBe('not-shown')
    result.apply({ type: 'moderate', at, id: 'q1', action: 'show' })
    expect(result.check(vote)).toBeUndefined()
    result.apply(vote)
    result.apply(vote)
    expect(result.check(vote)).toBe('already-voted')
    expect(result.voteCount()).toBe(1)
    expect(result.check({ type: 'vote', at, id: 'q9', device: 'b' })).toBe('unknown-question')
  })
})

describe('rate limits', () => {
  it('allows a few events a minute per device, then refuses until the window moves on', () => {
    const limiter = new RateLimiter(3, 60_000)
    expect([0, 1000, 2000, 3000].map((now) => limiter.take('phone', now))).toEqual([true, true, true, false])
    expect(limiter.take('other', 3000)).toBe(true)
    expect(limiter.take('phone', 59_999)).toBe(false)
    expect(limiter.take('phone', 60_001)).toBe(true)
  })

  it('forgets devices that went quiet', () => {
    const limiter = new RateLimiter(3, 1000)
    limiter.take('a', 0)
    limiter.take('b', 900)
    limiter.prune(1500)
    expect(limiter.size).toBe(1)
  })

  it('rejects a nonsensical limit', () => {
    expect(() => new RateLimiter(3, 0)).toThrow(TypeError)
  })
})

describe('audience text', () => {
  it('collapses whitespace and control characters, keeps HTML as text, measures in characters', () => {
    expect(cleanText('  Why\u0000 <b>now</b>?\n\n', 280)).toBe('Why <b>now</b>?')
    expect(cleanText('é'.repeat(280), 280)).toHaveLength(280)
    expect(cleanText('😀'.repeat(280), 280)).toBeDefined()
    expect(cleanText('x'.repeat(281), 280)).toBeUndefined()
    expect(cleanText(42, 280)).toBeUndefined()
    expect(cleanText(undefined, 60)).toBe('')
  })
})
