/**
 * `storydeck present` as shipped (bin/storydeck.js over the compiled CLI):
 * Ctrl+C stops it cleanly, with exit code 0 and every acknowledged
 * question in the log; started again, it comes back with them.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { makeProject } from './fixture.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = path.join(root, 'bin', 'storydeck.js')
let project = ''

/** Start the CLI; resolves with the process and its join address once it says it is ready. */
async function present(): Promise<{ child: ChildProcess; join: string; output: () => string }> {
  const child = spawn(process.execPath, [bin, 'present', 'stories/live.md', '--no-open', '--port', '0'], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const join = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready:\n${output}`)), 20_000)
    child.stdout?.on('data', () => {
      const url = /joins at (http:\S+) /.exec(output)?.[1]
      if (url && output.includes('Ctrl+C')) {
        clearTimeout(timer)
        resolve(url)
      }
    })
  })
  return { child, join, output: () => output }
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
  // Note: the test covers the sources as they are now, not an older compile.
  execFileSync(process.execPath, ['scripts/compile.mjs'], { cwd: root, stdio: 'pipe' })
  project = await makeProject()
}, 120_000)
afterAll(async () => {
  await rm(project, { recursive: true, force: true })
})

describe('storydeck present: stop and start again', () => {
  it('stops on Ctrl+C with the log flushed, and recovers the questions when started again', async () => {
    const first = await present()
    expect(await ask(first.join, 'Will we keep the Leeds office?')).toMatchObject({ id: 'q1' })
    const code = new Promise<number | null>((resolve) => first.child.once('exit', (exit) => resolve(exit)))
    first.child.kill('SIGINT')
    expect(await code).toBe(0)
    expect(first.output()).toContain('Stopped.')
    const logs = path.join(project, 'town-halls', 'live')
    const name = first.output().match(/(\d{4}-\d{2}-\d{2}\.jsonl)/)?.[1] ?? ''
    expect(await readFile(path.join(logs, name), 'utf8')).toContain('Will we keep the Leeds office?')

    const second = await present()
    expect(second.output()).toContain('Recovered 1 questions and 0 votes')
    expect(second.join).not.toBe('')
    expect(new URL(second.join).pathname).toBe(new URL(first.join).pathname)
    second.child.kill('SIGINT')
    await new Promise((resolve) => second.child.once('exit', resolve))
  }, 60_000)
})
