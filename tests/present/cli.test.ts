/**
 * `storydeck present` at the command line: wrong usage and a missing or
 * broken story give a plain message and a non-zero exit, never a stack
 * trace or a server.
 */
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main.ts'
import { makeProject } from './fixture.ts'

let root = ''
async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const write = (chunk: string): void => {
    out += chunk
  }
  const code = await run(args, { cwd: root, stdout: { write }, stderr: { write } })
  return { code, out }
}

beforeAll(async () => {
  root = await makeProject()
  await writeFile(path.join(root, 'stories', 'broken.md'), '---\ntitle: [\n---\n')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('storydeck present (command line)', () => {
  it('asks for a story', async () => {
    const { code, out } = await cli(['present'])
    expect(code).toBe(2)
    expect(out).toContain('Expected the story to present')
  })

  it('refuses a bad port or host', async () => {
    expect((await cli(['present', 'stories/live.md', '--port', '70000'])).code).toBe(2)
    expect((await cli(['present', 'stories/live.md', '--host', 'a b'])).code).toBe(2)
  })

  it('says when the story does not exist', async () => {
    const { code, out } = await cli(['present', 'stories/nope.md', '--no-open'])
    expect(code).toBe(1)
    expect(out).toContain('no story found at `stories/nope.md`')
  })

  it('prints the story’s errors with their place and starts nothing', async () => {
    const { code, out } = await cli(['present', 'stories/broken.md', '--no-open'])
    expect(code).toBe(1)
    expect(out).toMatch(/stories\/broken\.md:\d+:\d+/)
    expect(out).not.toMatch(/\n\s+at /)
  })

  it('takes the story’s name for `stories/<name>.md`, as `storydeck questions` does', async () => {
    const named = await cli(['present', 'broken', '--no-open'])
    expect(named.code).toBe(1)
    expect(named.out).toMatch(/stories\/broken\.md:\d+:\d+/)
    const unknown = await cli(['present', 'nope', '--no-open'])
    expect(unknown.code).toBe(1)
    expect(unknown.out).toContain('no story found at `nope`')
  })
})
