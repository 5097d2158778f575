#!/usr/bin/env node
// Town hall live benchmark (`npm run bench:townhall`), loopback only.
// The server is `storydeck present` in its own process; this process plays
// the presenter and 1,000 phones (websocket clients with made-up device
// cookies). Four parts:
//   1. memory per connection (the server's resident memory, from /proc);
//   2. 50 slide changes: time from the presenter's message until each of the
//      1,000 phones has it (p50, p99, and the slowest phone per change);
//   3. 200 questions and 2,000 votes a minute while slides change, the
//      presenter showing each question: nothing acknowledged is missing and
//      the ranking equals the one counted from the acknowledgements;
//   4. the same load, the server killed with SIGKILL in the middle, started
//      again, and `storydeck questions --format json` compared with every
//      acknowledgement received before the kill.
// Every loop is bounded. `--seconds N` sets the length of part 3 (default 60).
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(here)
const bin = path.join(root, 'bin', 'storydeck.js')
const argSeconds = process.argv.indexOf('--seconds')
const SECONDS = argSeconds === -1 ? 60 : Math.max(5, Math.min(600, Number(process.argv[argSeconds + 1]) || 60))
const CLIENTS = 1000
const CHANGES = 50
const QUESTIONS_PER_MINUTE = 200
const VOTES_PER_MINUTE = 2000
const STORY = 'harbour-mutual-claims'

if (!existsSync(path.join(root, 'lib', 'cli.cjs'))) {
  console.error('bench: lib/cli.cjs is missing; run `npm run compile` first.')
  process.exit(1)
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}
const ms = (value) => `${value.toFixed(1)} ms`

/** Start `storydeck present` in `project`; resolves with its process and addresses. */
async function startServer(project, port = 0) {
  const child = spawn(process.execPath, [bin, 'present', `stories/${STORY}.md`, '--no-open', '--port', String(port)], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stderr.on('data', (chunk) => process.stderr.write(`  server: ${chunk}`))
  const urls = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000)
    child.stdout.on('data', (chunk) => {
      out += chunk
      const join = /joins at (http:\S+) /.exec(out)?.[1]
      const presenter = /(http:\S+presenter\?key=\S+)/.exec(out)?.[1]
      if (join && presenter) {
        clearTimeout(timer)
        resolve({ join, presenter })
      }
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)))
  })
  const login = await fetch(urls.presenter, { redirect: 'manual' })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
  return { child, ...urls, cookie, port: Number(new URL(urls.join).port) }
}

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
}

/** A websocket client with a message handler; resolves once it has its hello. */
function client(server, cookie, onMessage) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.join.replace('http', 'ws')}ws`, {
      headers: { cookie },
      origin: new URL(server.join).origin,
      perMessageDeflate: false,
    })
    const timer = setTimeout(() => reject(new Error('no hello')), 30_000)
    socket.on('message', (data) => {
      const message = JSON.parse(String(data))
      if (message.type === 'hello') {
        clearTimeout(timer)
        resolve(socket)
      }
      onMessage(message, socket)
    })
    socket.on('error', reject)
  })
}

const deviceCookie = () => `sd_device=${randomBytes(16).toString('base64url')}`

/** Connect the phones in batches; each phone's handler gets (message, index). */
async function connectPhones(server, handler) {
  const phones = []
  for (let start = 0; start < CLIENTS; start += 100) {
    const batch = []
    for (let index = start; index < start + 100; index++) {
      const cookie = deviceCookie()
      batch.push(client(server, cookie, (message) => handler(message, index)))
    }
    phones.push(...(await Promise.all(batch)))
  }
  return phones
}

/** Part 3 and 4: questions and votes at the given rates; returns what was acknowledged. */
function load(phones, presenter, seconds, onTick) {
  const acked = { questions: new Set(), votes: new Map(), refused: {} }
  const shown = []
  const votedBy = new Map()
  let nonce = 0
  const pending = new Map()
  for (const [index, phone] of phones.entries()) {
    phone.on('message', (data) => {
      const message = JSON.parse(String(data))
      const what = pending.get(message.nonce)
      if (what === undefined || (message.type !== 'ack' && message.type !== 'refused')) return
      pending.delete(message.nonce)
      if (message.type === 'refused') acked.refused[message.reason] = (acked.refused[message.reason] ?? 0) + 1
      else if (what.kind === 'ask') {
        acked.questions.add(message.id)
        presenter.send(JSON.stringify({ type: 'moderate', id: message.id, action: 'show', nonce: `m${message.id}` }))
        shown.push(message.id)
      } else acked.votes.set(what.id, (acked.votes.get(what.id) ?? 0) + 1)
    })
    votedBy.set(index, new Set())
  }
  const total = {
    asks: Math.round((QUESTIONS_PER_MINUTE * seconds) / 60),
    votes: Math.round((VOTES_PER_MINUTE * seconds) / 60),
  }
  const events = [
    ...Array.from({ length: total.asks }, (_, n) => ({ kind: 'ask', at: (n * seconds * 1000) / total.asks })),
    ...Array.from({ length: total.votes }, (_, n) => ({ kind: 'vote', at: (n * seconds * 1000) / total.votes })),
  ].sort((a, b) => a.at - b.at)
  const started = performance.now()
  let asker = 0
  return {
    acked,
    pending,
    done: (async () => {
      for (const event of events) {
        const wait = started + event.at - performance.now()
        if (wait > 0) await sleep(wait)
        if (onTick?.() === false) break
        if (event.kind === 'ask') {
          const index = asker++ % phones.length
          const id = `a${++nonce}`
          pending.set(id, { kind: 'ask' })
          phones[index].send(JSON.stringify({ type: 'ask', text: `Question ${nonce} from phone ${index}?`, nonce: id }))
        } else if (shown.length > 0) {
          // Note: skewed towards early questions, so the ranking has clear leaders.
          const question = shown[Math.floor(shown.length * Math.random() ** 2)]
          for (let attempt = 0; attempt < 20; attempt++) {
            const index = Math.floor(Math.random() * phones.length)
            if (votedBy.get(index).has(question)) continue
            votedBy.get(index).add(question)
            const id = `v${++nonce}`
            pending.set(id, { kind: 'vote', id: question })
            phones[index].send(JSON.stringify({ type: 'vote', id: question, nonce: id }))
            break
          }
        }
      }
    })(),
  }
}

/** The presenter's view of every question (a fresh presenter connection's hello). */
async function presenterView(server) {
  let questions = []
  const socket = await client(server, server.cookie, (message) => {
    if (message.type === 'hello') questions = message.questions
  })
  socket.close()
  return questions
}

async function main() {
  const project = await mkdtemp(path.join(os.tmpdir(), 'storydeck-townhall-bench-'))
  await mkdir(path.join(project, 'stories'))
  await copyFile(path.join(root, 'stories', `${STORY}.md`), path.join(project, 'stories', `${STORY}.md`))
  const lines = []
  const say = (line) => {
    console.log(line)
    lines.push(line)
  }
  let server = await startServer(project)
  try {
    say(`Town hall bench: ${CLIENTS} phones, loopback, ${os.cpus().length} CPUs, Node ${process.version}`)
    // 1. Memory per connection.
    await sleep(500)
    const before = rssKb(server.child.pid)
    const arrivals = new Map()
    const phones = await connectPhones(server, (message, index) => {
      if (message.type === 'slide') arrivals.get(message.current)?.push([index, performance.now()])
    })
    await sleep(1000)
    const after = rssKb(server.child.pid)
    say(
      `memory: ${((after - before) / CLIENTS).toFixed(1)} KB per connection (server RSS ${(before / 1024).toFixed(0)} MB -> ${(after / 1024).toFixed(0)} MB)`,
    )

    // 2. Slide changes.
    const presenter = await client(server, server.cookie, () => undefined)
    const every = []
    const slowest = []
    for (let change = 1; change <= CHANGES; change++) {
      const index = change % 7
      arrivals.set(index, [])
      const sent = performance.now()
      presenter.send(JSON.stringify({ type: 'goto', index }))
      const deadline = sent + 5000
      while (arrivals.get(index).length < CLIENTS && performance.now() < deadline) await sleep(2)
      const got = arrivals.get(index).map(([, time]) => time - sent)
      every.push(...got)
      slowest.push(Math.max(...got))
      if (got.length < CLIENTS) say(`  change ${change}: only ${got.length} of ${CLIENTS} phones informed within 5 s`)
      arrivals.delete(index)
      await sleep(100)
    }
    say(
      `slide change -> each phone: p50 ${ms(percentile(every, 50))}, p99 ${ms(percentile(every, 99))} (${every.length} deliveries)`,
    )
    say(
      `slide change -> all ${CLIENTS} phones: p50 ${ms(percentile(slowest, 50))}, p99 ${ms(percentile(slowest, 99))}, max ${ms(Math.max(...slowest))}`,
    )

    // 3. Questions and votes while slides change.
    let slide = 0
    const slides = setInterval(() => presenter.send(JSON.stringify({ type: 'goto', index: ++slide % 7 })), 2000)
    const run = load(phones, presenter, SECONDS)
    await run.done
    clearInterval(slides)
    for (let wait = 0; wait < 100 && run.pending.size > 0; wait++) await sleep(100)
    await sleep(300)
    const view = await presenterView(server)
    const byId = new Map(view.map((question) => [question.id, question]))
    const lostQuestions = [...run.acked.questions].filter((id) => !byId.has(id)).length
    let lostVotes = 0
    for (const [id, count] of run.acked.votes) if ((byId.get(id)?.votes ?? 0) !== count) lostVotes++
    const expected = [...run.acked.questions]
      .map((id) => ({ id, votes: run.acked.votes.get(id) ?? 0 }))
      .sort((a, b) => b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1)))
      .map((question) => question.id)
    const ranking = view.filter((question) => !question.answered).map((question) => question.id)
    const votes = [...run.acked.votes.values()].reduce((sum, count) => sum + count, 0)
    say(
      `load (${SECONDS} s): ${run.acked.questions.size} questions and ${votes} votes acknowledged; ` +
        `lost: ${lostQuestions} questions, ${lostVotes} vote counts off; ranking ${JSON.stringify(ranking) === JSON.stringify(expected) ? 'correct' : 'WRONG'}; ` +
        `refused: ${JSON.stringify(run.acked.refused)}; unanswered at the end: ${run.pending.size}`,
    )
    for (const phone of phones) phone.terminate()
    presenter.terminate()

    // 4. Kill -9 in the middle of the load, start again, compare the export.
    const arrivalsNone = () => undefined
    const phones2 = await connectPhones(server, arrivalsNone)
    const presenter2 = await client(server, server.cookie, () => undefined)
    const killAfter = 8000
    const killAt = performance.now() + killAfter
    let killed = false
    const run2 = load(phones2, presenter2, 20, () => {
      if (!killed && performance.now() >= killAt) {
        killed = true
        server.child.kill('SIGKILL')
        return false
      }
      return !killed
    })
    await run2.done
    // Note: acknowledgements counted up to the kill; frozen copies, since sockets may still deliver stragglers.
    const ackedQuestions = new Set(run2.acked.questions)
    const ackedVotes = new Map(run2.acked.votes)
    for (const phone of phones2) phone.terminate()
    presenter2.terminate()
    await new Promise((resolve) => (server.child.exitCode === null ? server.child.once('exit', resolve) : resolve()))
    server = await startServer(project, server.port)
    const exported = spawnSync(process.execPath, [bin, 'questions', STORY, '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
    })
    const sessions = JSON.parse(exported.stdout).sessions
    const all = new Map(sessions.flatMap((session) => session.questions).map((question) => [question.id, question]))
    const lostAfterKill = [...ackedQuestions].filter((id) => !all.has(id)).length
    let votesLost = 0
    for (const [id, count] of ackedVotes) votesLost += Math.max(0, count - (all.get(id)?.votes ?? 0))
    const votes2 = [...ackedVotes.values()].reduce((sum, count) => sum + count, 0)
    say(
      `kill -9 after ${killAfter / 1000} s of load: ${ackedQuestions.size} questions and ${votes2} votes acknowledged before the kill; ` +
        `after restart the export is missing ${lostAfterKill} questions and ${votesLost} votes`,
    )
  } finally {
    server.child.kill('SIGTERM')
    await rm(project, { recursive: true, force: true })
  }
}

await main()
