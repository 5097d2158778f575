/**
 * `storydeck questions`: the export of a talk's logs, ranked and grouped by
 * session, in Markdown, JSON and CSV; audience text cannot become a
 * spreadsheet formula or Markdown markup.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main.ts'
import type { LogEvent } from '../../src/present/room.ts'

let root = ''
const at = '2026-12-06T10:00:00.000Z'
const lines = (events: LogEvent[]): string => events.map((event) => `${JSON.stringify(event)}\n`).join('')

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    cwd: root,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  })
  return { code, stdout, stderr }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'storydeck-questions-'))
  const folder = path.join(root, 'town-halls', 'talk')
  await mkdir(folder, { recursive: true })
  await writeFile(
    path.join(folder, '2026-12-05.jsonl'),
    lines([
      { type: 'start', at, slug: 'talk', title: 'Vår väg', lang: 'sv' },
      { type: 'ask', at, id: 'q1', device: 'a', name: 'Ana', text: '=HYPERLINK("x") *bold*' },
      { type: 'ask', at, id: 'q2', device: 'b', name: '', text: 'Second' },
      { type: 'moderate', at, id: 'q2', action: 'show' },
      { type: 'vote', at, id: 'q2', device: 'c' },
    ]),
  )
  await writeFile(
    path.join(folder, '2026-12-06.jsonl'),
    `${lines([{ type: 'start', at, slug: 'talk', title: 'Vår väg', lang: 'sv' }])}{"type":"ask","id`,
  )
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('storydeck questions', () => {
  it('exports Markdown in the story’s language, ranked, per session, and warns about a torn line', async () => {
    const { code, stdout, stderr } = await cli(['questions', 'talk'])
    expect(code).toBe(0)
    expect(stdout).toContain('# Vår väg')
    expect(stdout).toContain('## Frågor från 2026-12-05')
    expect(stdout).toContain('1. Second (Anonym · 1 röst)')
    expect(stdout).toContain('2. =HYPERLINK("x") \\*bold\\* (Ana · 0 röster · Ny)')
    expect(stdout).toContain('Inga frågor ställdes.')
    expect(stderr).toContain(path.join('town-halls', 'talk', '2026-12-06.jsonl:2:1'))
  })

  it('exports CSV a spreadsheet cannot run as a formula', async () => {
    const { stdout } = await cli(['questions', 'talk', '--format', 'csv'])
    const rows = stdout.trim().split('\r\n')
    expect(rows[0]).toBe('"session","rank","id","votes","answered","state","name","question","asked_at"')
    expect(rows[2]).toContain('"\'=HYPERLINK(""x"") *bold*"')
  })

  it('exports JSON with every session', async () => {
    const { stdout } = await cli(['questions', 'talk', '--format', 'json'])
    const data = JSON.parse(stdout) as {
      sessions: Array<{ date: string; questions: Array<{ id: string; votes: number }> }>
    }
    expect(data.sessions.map((session) => session.date)).toEqual(['2026-12-05', '2026-12-06'])
    expect(data.sessions[0]?.questions.map((question) => [question.id, question.votes])).toEqual([
      ['q2', 1],
      ['q1', 0],
    ])
  })

  it('takes a story file for its name, refuses `..` or an unknown format, and says when there are no logs', async () => {
    expect((await cli(['questions', '..'])).code).toBe(2)
    expect((await cli(['questions', 'stories/talk.md', '--format', 'json'])).code).toBe(0)
    expect((await cli(['questions', 'talk', '--format', 'xml'])).code).toBe(2)
    const none = await cli(['questions', 'nothing'])
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('no town hall logs')
  })
})
