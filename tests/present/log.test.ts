/**
 * The town hall log: a line cut off by a crash is skipped with its line
 * number, never a crash; appending after it starts a fresh line; every
 * event written before it is read back.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseLog, TalkLog } from '../../src/present/log.ts'
import { Room, type LogEvent } from '../../src/present/room.ts'

const ask = (id: string, text: string): LogEvent => ({
  type: 'ask',
  at: '2026-12-06T10:00:00.000Z',
  id,
  device: 'd1',
  name: '',
  text,
})

let folder = ''
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'storydeck-log-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('town hall log', () => {
  it('skips a torn last line with its line number, and keeps every whole line', async () => {
    const file = path.join(folder, 'town-halls', 'talk', '2026-12-06.jsonl')
    const first = await TalkLog.open(file)
    await first.log.append(ask('q1', 'One?'))
    await first.log.append(ask('q2', 'Two?'))
    await first.log.close()
    // A crash in the middle of writing the third line:
    await writeFile(file, `${await readFile(file, 'utf8')}{"type":"ask","id":"q3","te`)

    const second = await TalkLog.open(file)
    expect(second.read.events.map((event) => (event as { id: string }).id)).toEqual(['q1', 'q2'])
    expect(second.read.problems).toEqual([{ line: 3, last: true }])
    await second.log.append(ask('q4', 'Four?'))
    await second.log.close()

    const third = parseLog(await readFile(file, 'utf8'))
    expect(third.events.map((event) => (event as { id: string }).id)).toEqual(['q1', 'q2', 'q4'])
    expect(third.problems).toEqual([{ line: 3, last: false }])
  })

  it('resolves an append only once it is written, many appends in one flush', async () => {
    const file = path.join(folder, 'log.jsonl')
    const { log } = await TalkLog.open(file)
    await Promise.all(Array.from({ length: 200 }, (_, index) => log.append(ask(`q${index + 1}`, `Q ${index}`))))
    const room = new Room()
    for (const event of parseLog(await readFile(file, 'utf8')).events) room.apply(event)
    expect(room.questions.size).toBe(200)
    expect(room.nextId()).toBe('q201')
    await log.close()
  })

  it('reads an empty or missing log as no events', () => {
    expect(parseLog('')).toEqual({ events: [], problems: [] })
    expect(parseLog('\n\n')).toEqual({ events: [], problems: [] })
    expect(parseLog('[1,2]\n"text"\n').problems).toEqual([
      { line: 1, last: false },
      { line: 2, last: true },
    ])
  })
})
