/**
 * Issue 8: nothing outside the project is read. Images with `..`, absolute
 * paths, `file:`, `data:`, `javascript:`, remote URLs and symlinks pointing
 * outside are positioned errors; no byte of such a file reaches the output
 * or a message.
 */
import { readFile, symlink } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildProject } from '../../src/project/build.ts'
import { readProjectFile } from '../../src/project/read.ts'
import { writeOutputs } from '../../src/project/write.ts'
import { runCli } from '../util/cli.ts'
import { createSandbox, goodStory, hashTree, PNG, SECRET, type Sandbox } from './project.ts'

/** Image lines of the hostile story, each on its own line (line = index + 19). */
const IMAGES = [
  '![up and out](../../outside/secret.png)',
  '![up and out, escaped](%2e%2e/%2e%2e/outside/secret.png)',
  '![backslashes](..\\..\\outside\\secret.png)',
  '![absolute](/etc/passwd)',
  '![absolute secret](SECRET_ABSOLUTE)',
  '![file url](file:///etc/passwd)',
  '![data url](data:image/png;base64,iVBORw0KGgo=)',
  '![script](javascript:alert(1))',
  '![vbscript](vbscript:msgbox)',
  '![remote](https://example.com/team.jpg)',
  '![remote http](http://example.com/team.jpg)',
  '![protocol relative](//example.com/team.jpg)',
  '![file link](link-to-secret.png)',
  '![folder link](linked/secret.png)',
  '![chain link](img/chain.png)',
]

describe('images outside the project (issue 8)', () => {
  let box: Sandbox
  let body: string
  beforeAll(async () => {
    box = await createSandbox()
    const secret = path.join(box.outside, 'secret.png')
    body = `\n# The picture\n\n${IMAGES.map((line) => line.replace('SECRET_ABSOLUTE', secret)).join('\n\n')}\n`
    await box.write('stories/hostile.md', goodStory('Hostile images', body))
    await box.write('stories/img/ok.png', PNG)
    await symlink(secret, path.join(box.root, 'stories/link-to-secret.png'))
    await symlink(box.outside, path.join(box.root, 'stories/linked'))
    // A link inside the project that points at a link leading out.
    await symlink(path.join(box.root, 'stories/link-to-secret.png'), path.join(box.root, 'stories/img/chain.png'))
  })
  afterAll(async () => box.remove())

  it('reports each hostile image at its own line and builds nothing', async () => {
    const result = await buildProject({ root: box.root })
    const [build] = result.builds
    expect(build?.failed).toBe(true)
    expect(build?.outputs).toEqual([])
    const imageMessages = (build?.file.messages ?? []).filter((message) => message.ruleId?.startsWith('image/'))
    const lines = imageMessages.map((message) => message.line)
    // Story lines: frontmatter 4, lead 2, spine 9, blank + heading + blank = 18; images every 2nd line from 19.
    const firstImageLine = goodStory('Hostile images', '').split('\n').length + 3
    expect(lines).toEqual(IMAGES.map((_, index) => firstImageLine + index * 2))
    const rules = imageMessages.map((message) => message.ruleId)
    expect(rules.filter((rule) => rule === 'image/remote')).toHaveLength(2)
    for (const message of build?.file.messages ?? []) {
      expect(String(message)).not.toContain(SECRET)
      expect(message.column).toBeGreaterThanOrEqual(1)
    }
  })

  it('writes nothing and prints no secret through the CLI, exit code 1', async () => {
    const cli = await runCli(['build'], box.root)
    expect(cli.code).toBe(1)
    expect(cli.stderr + cli.stdout).not.toContain(SECRET)
    expect(cli.stderr).toContain('image/path')
    const dist = await hashTree(path.join(box.root, 'dist')).catch(() => ({}))
    expect(Object.keys(dist).filter((file) => file.startsWith('hostile/'))).toEqual([])
  })

  it('refuses symlinks out of the project before reading a byte', async () => {
    for (const relative of [
      'stories/link-to-secret.png',
      'stories/linked/secret.png',
      'stories/img/chain.png',
      '../outside/secret.png',
    ]) {
      expect(await readProjectFile(box.root, relative)).toEqual({ ok: false, reason: 'outside' })
    }
    const inside = await readProjectFile(box.root, 'stories/img/ok.png')
    expect(inside.ok).toBe(true)
  })

  it('copies a good image inside the project, and only that', async () => {
    await box.write('stories/good.md', goodStory('Good images', '\n# The picture\n\n![the team](img/ok.png)\n'))
    const result = await buildProject({ root: box.root, inputs: ['stories/good.md'] })
    const [build] = result.builds
    expect(build?.failed).toBe(false)
    const images = (build?.outputs ?? []).filter((file) => file.path.includes('/img/'))
    expect(images.map((file) => Buffer.from(file.contents).equals(PNG))).toEqual([true])
    const out = path.join(box.base, 'dist')
    await writeOutputs(out, result.builds, result.shared)
    const tree = await hashTree(out)
    for (const file of Object.keys(tree)) expect(await readFile(path.join(out, file), 'utf8')).not.toContain(SECRET)
  })

  it('refuses a story file that is a symlink to a file outside the project, without reading it', async () => {
    // Note: the target is a valid story whose frontmatter would echo the secret in a message.
    await box.write(
      '../outside/valid-secret.md',
      goodStory(SECRET, `\n${SECRET}: x\n`).replace('lang: en', `${SECRET}: 1`),
    )
    await symlink(path.join(box.outside, 'valid-secret.md'), path.join(box.root, 'stories/linked-story.md'))
    const result = await buildProject({ root: box.root })
    const linked = result.builds.find((build) => build.file.path === path.join('stories', 'linked-story.md'))
    expect(
      linked?.file.messages.map(
        (message) => `${message.line}:${message.column}: ${message.reason} [${message.ruleId}]`,
      ),
    ).toEqual([
      '1:1: This story file is a link to a file outside the project folder, so storydeck does not read it. [file/outside]',
    ])
    expect(linked?.failed).toBe(true)
    expect(String(linked?.file.value)).toBe('')
    const cli = await runCli(['build'], box.root)
    expect(cli.code).toBe(1)
    expect(cli.stderr + cli.stdout).not.toContain(SECRET)
  })
})
