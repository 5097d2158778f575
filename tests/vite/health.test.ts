/**
 * Issue #16: the dev server serves the story health page, for one story and
 * for all from the index, and the coach badge links to it.
 */
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HEALTH_PATH } from '../../src/vite/health.ts'
import { makeProject, removeProject, startServer, storyText } from './project.ts'

let root: string
let server: ViteDevServer
let url: string

beforeAll(async () => {
  root = await makeProject({ 'demo.md': storyText('From queue to care'), 'other.md': storyText('Second story') })
  ;({ server, url } = await startServer(root))
})

afterAll(async () => {
  await server.close()
  await removeProject(root)
})

describe('health page in the dev server', () => {
  it('shows one story’s health for its page, and every story’s from the index', async () => {
    const one = await fetch(`${url}/${HEALTH_PATH}?page=${encodeURIComponent('/demo/')}`)
    expect(one.status).toBe(200)
    expect(one.headers.get('content-type')).toContain('text/html')
    const html = await one.text()
    expect(html).toContain('From queue to care')
    expect(html).not.toContain('Second story')
    expect(html).not.toMatch(/<script/)
    const all = await (await fetch(`${url}/${HEALTH_PATH}?page=${encodeURIComponent('/')}`)).text()
    expect(all).toContain('From queue to care')
    expect(all).toContain('Second story')
  })

  it('the coach badge links to it', async () => {
    const client = await (await fetch(`${url}/@storydeck/client.js`)).text()
    expect(client).toContain(HEALTH_PATH)
    // Note: the link's words come with the page's messages, in the story's message language.
    const badge = await (await fetch(`${url}/@storydeck/messages.json?page=${encodeURIComponent('/demo/')}`)).json()
    expect(badge).toMatchObject({ lang: 'en', health: 'Where is it hard to read?', title: expect.any(String) })
  })
})
