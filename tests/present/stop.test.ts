/**
 * `storydeck present` from the command line stops cleanly when told to
 * (Ctrl+C), with exit code 0 and every acknowledged question in the log,
 * and started again on the same day it comes back with them, under the
 * same join address.
 */
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { run } from '../../src/cli/main.ts'
import { makeProject } from './fixture.ts'

let project = ''

/** Run `storydeck present`; resolves once it is ready, with a way to stop it. */
async function present(): Promise<{ join: string; output: () => string; stop(): Promise<number> }> {
  let output = ''
  let stop = (): void => undefined
  const stopped = new Promise<void>((resolve) => {
    stop = resolve
  })
  const write = (chunk: string): void => {
    output += chunk
  }
  const code = run(['present', 'stories/live.md', '--no-open', '--port', '0'], {
    cwd: project,
    stdout: { write },
    stderr: { write },
    stopped,
  })
  for (let wait = 0; wait < 200 && !output.includes('Ctrl+C'); wait++)
    await new Promise((resolve) => setTimeout(resolve, 50))
  const join = /joins at (http:\S+) /.exec(output)?.[1] ?? ''
  return {
    join,
    output: () => output,
    stop: async () => {
      stop()
      return await code
    },
  }
}

async function ask(join: string, text: string): Promise<unknown> {
  const socket = new WebSocket(`${join.replace('http', 'ws')}ws`, {
    origin: new URL(join).origin,
    headers: { cookie: 'sd_device=DDDDDDDDDDDDDDDDDDDDDD' },
  })
  const ack = new Promise<unknown>((resolve) =>
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string }
      if (message.type === 'ack') resolve(message)
    }),
  )
  await new Promise((resolve) => socket.once('open', resolve))
  socket.send(JSON.stringify({ type: 'ask', text, nonce: 'n' }))
  const result = await ack
  socket.close()
  return result
}

beforeAll(async () => {
  project = await makeProject()
})
afterAll(async () => {
  await rm(project, { recursive: true, force: true })
})

describe('storydeck present: stop and start again', () => {
  it('stops cleanly with the log flushed, and recovers the questions when started again', async () => {
    const first = await present()
    expect(first.join).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Z2-9]{6}\/$/)
    expect(await ask(first.join, 'Will we keep the Leeds office?')).toMatchObject({ id: 'q1' })
    expect(await first.stop()).toBe(0)
    expect(first.output()).toContain('Stopped.')
    const name = /(\d{4}-\d{2}-\d{2}\.jsonl)/.exec(first.output())?.[1] ?? ''
    const log = await readFile(path.join(project, 'town-halls', 'live', name), 'utf8')
    expect(log).toContain('Will we keep the Leeds office?')

    const second = await present()
    expect(second.output()).toContain('Recovered 1 question and 0 votes')
    expect(new URL(second.join).pathname).toBe(new URL(first.join).pathname)
    expect(await second.stop()).toBe(0)
  })
})
