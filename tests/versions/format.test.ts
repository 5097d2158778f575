import path from 'node:path'
import { readdir, writeFile } from 'node:fs/promises'
import { VFile } from 'vfile'
import { afterEach, describe, expect, test } from 'vitest'
import type { StoryBuild } from '../../src/build.ts'
import { singleFiles } from '../../src/export/takeaway.ts'
import { buildProject } from '../../src/project/build.ts'
import { createSite } from '../../src/project/site.ts'
import { writeOutputs } from '../../src/project/write.ts'
import { parseStory } from '../../src/story/parse.ts'
import { stemVersion } from '../../src/story/versions.ts'
import { createSandbox, goodStory, type Sandbox } from '../hardening/project.ts'

/** A good story in `lang` (or without a `lang:` line when undefined). */
function story(lang: string | undefined, title = 'One queue'): string {
  const text = goodStory(title)
  return lang === undefined ? text.replace('lang: en\n', '') : text.replace('lang: en', `lang: ${lang}`)
}

describe('file names', () => {
  test('a two-letter language suffix makes a version; other dotted names stay plain', () => {
    expect(stemVersion('claims-2029.da')).toEqual({ kind: 'version', name: 'claims-2029', lang: 'da' })
    expect(stemVersion('claims-2029.DE')).toEqual({ kind: 'version', name: 'claims-2029', lang: 'de' })
    expect(stemVersion('claims-2029')).toEqual({ kind: 'plain', name: 'claims-2029' })
    expect(stemVersion('vision.2028')).toEqual({ kind: 'plain', name: 'vision.2028' })
    expect(stemVersion('vision.v2')).toEqual({ kind: 'plain', name: 'vision.v2' })
    expect(stemVersion('claims-2029.fr')).toEqual({ kind: 'unsupported', name: 'claims-2029', suffix: 'fr' })
  })

  test('a version takes its language and folder from its name', () => {
    const file = new VFile({ path: 'stories/claims-2029.da.md', value: story(undefined) })
    const parsed = parseStory(file)
    expect(file.messages).toEqual([])
    expect(parsed?.slug).toBe('claims-2029/da')
    expect(parsed?.meta.lang).toBe('da')
    expect(parsed?.version).toEqual({ name: 'claims-2029', lang: 'da' })
  })

  test('a dotted name that is no version keeps today’s slug', () => {
    const parsed = parseStory(new VFile({ path: 'stories/vision.2028.md', value: story('en') }))
    expect(parsed?.slug).toBe('vision-2028')
    expect(parsed?.version).toBeUndefined()
  })

  test('a `lang:` that differs from the suffix is an error at the `lang:` value', () => {
    const file = new VFile({ path: 'stories/claims-2029.da.md', value: story('sv') })
    parseStory(file)
    const [message] = file.messages
    expect(message?.ruleId).toBe('story/version-lang')
    expect(message?.fatal).toBe(true)
    expect(message?.reason).toBe('The file name makes this the `da` version, but it says `lang: sv`.')
    expect([message?.line, message?.column]).toEqual([3, 7])
  })

  test('an unsupported two-letter suffix is an error, with a suggestion for near misses', () => {
    const file = new VFile({ path: 'stories/claims-2029.fr.md', value: story('en') })
    parseStory(file)
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.fatal])).toEqual([
      ['story/version-lang', 1, 1, true],
    ])
    const no = new VFile({ path: 'stories/claims-2029.no.md', value: story('en') })
    parseStory(no)
    expect(no.messages[0]?.reason).toBe(
      'The file name ends in `.no`, which is not a language storydeck knows (`en`, `da`, `nb`, `nn`, `sv`, and `de`). Did you mean `nb`?',
    )
    expect(no.messages[0]?.note).toContain('rename it to `claims-2029.nb.md`')
  })
})

describe('families in a project', () => {
  let sandbox: Sandbox | undefined
  afterEach(async () => sandbox?.remove())

  async function build(files: Record<string, string>) {
    sandbox = await createSandbox()
    for (const [name, text] of Object.entries(files)) await sandbox.write(`stories/${name}`, text)
    return buildProject({ root: sandbox.root })
  }
  const errors = (result: Awaited<ReturnType<typeof build>>) =>
    result.builds.flatMap((each) =>
      each.file.messages
        .filter((m) => m.fatal === true)
        .map((m) => `${each.file.path}:${m.line}:${m.column} ${m.ruleId}`),
    )

  test('source and versions build into <name>/ and <name>/<lang>/, and both stay after writing', async () => {
    const result = await build({
      'claims-2029.md': story('da'),
      'claims-2029.sv.md': story(undefined),
      'claims-2029.de.md': story('de'),
      'plain.md': story('en', 'Plain'),
    })
    expect(errors(result)).toEqual([])
    expect(result.builds.map((each) => each.story?.slug).sort()).toEqual([
      'claims-2029',
      'claims-2029/de',
      'claims-2029/sv',
      'plain',
    ])
    const plain = result.builds.find((each) => each.story?.slug === 'plain')
    expect(plain?.outputs.map((o) => o.path).sort()).toEqual([
      'plain/handout.html',
      'plain/index.html',
      'plain/poster.html',
      'plain/story.json',
    ])
    const root = (sandbox as Sandbox).root
    await writeOutputs(path.join(root, 'dist'), result.builds, result.shared)
    const folder = await readdir(path.join(root, 'dist', 'claims-2029'))
    expect(folder.sort()).toEqual(['de', 'handout.html', 'index.html', 'poster.html', 'story.json', 'sv'])
    const deck = String(
      result.builds
        .find((each) => each.story?.slug === 'claims-2029/sv')
        ?.outputs.find((o) => o.path === 'claims-2029/sv/index.html')?.contents,
    )
    expect(deck).toContain('src="..&#x2F;..&#x2F;assets&#x2F;')
  })

  test('a version without a source is an error', async () => {
    const result = await build({ 'lonely.de.md': story('de') })
    expect(errors(result)).toEqual(['stories/lonely.de.md:1:1 story/version-source'])
    expect(result.builds[0]?.file.messages.find((m) => m.fatal)?.reason).toContain('`lonely.md`')
  })

  test('a version in the source’s own language is an error: one version per language', async () => {
    const result = await build({ 'claims.md': story('da'), 'claims.da.md': story('da') })
    expect(errors(result)).toEqual(['stories/claims.da.md:1:1 story/version-lang'])
  })

  test('two files for one language are an error on the second', async () => {
    const result = await build({ 'claims.md': story('en'), 'claims.de.md': story('de'), 'Claims.DE.md': story('de') })
    expect(errors(result)).toEqual(['stories/claims.de.md:1:1 story/duplicate-slug'])
  })
})

describe('families in the dev server and single files', () => {
  let sandbox: Sandbox | undefined
  afterEach(async () => sandbox?.remove())

  test('saving the source builds its versions again, with their drift findings', async () => {
    sandbox = await createSandbox()
    const source = await sandbox.write('stories/claims.md', story('da').replace('within a day', 'by 2029'))
    await sandbox.write('stories/claims.de.md', story('de').replace('within a day', 'by 2029'))
    const site = createSite({ root: sandbox.root, stories: 'stories', theme: undefined })
    await site.buildAll()
    expect(site.output('claims/de/index.html')).toBeDefined()
    await writeFile(source, story('da').replace('within a day', 'by 2030'))
    const update = await site.fileChanged(source, 'update')
    expect(update?.rebuilt.map((build) => build.story?.slug)).toEqual(['claims', 'claims/de'])
    const version = site.story('claims/de')
    expect(version?.file.messages.find((m) => m.ruleId === 'translation/drift')?.reason).toContain(
      // Note: the German version's findings are shown in German.
      'weichen von denen der Originalfassung ab (2030, `stories/claims.md:12:1`)',
    )
  })

  test('a version’s single file links its siblings’ single files', async () => {
    sandbox = await createSandbox()
    await sandbox.write('stories/claims.md', story('en'))
    await sandbox.write('stories/claims.sv.md', story('sv'))
    const result = await buildProject({ root: sandbox.root })
    const version = result.builds.find((each) => each.story?.slug === 'claims/sv') as StoryBuild
    const [deck, poster] = singleFiles(version, result.shared)
    expect(deck?.path).toBe('claims.sv.html')
    expect(poster?.path).toBe('claims.sv.poster.html')
    expect(String(deck?.contents)).toContain('href="claims.html"')
    expect(String(poster?.contents)).toContain('href="claims.poster.html"')
  })
})

describe('families and the build cache', () => {
  let sandbox: Sandbox | undefined
  afterEach(async () => sandbox?.remove())

  test('a new version builds its source again; a changed source builds its versions again', async () => {
    sandbox = await createSandbox()
    const root = sandbox.root
    const outDir = path.join(root, 'dist')
    const built = async (): Promise<string[]> => {
      const result = await buildProject({ root, cache: { outDir } })
      await writeOutputs(outDir, result.builds, result.shared)
      await result.cache?.save(result.builds)
      return result.builds.filter((one) => one.cached === undefined).map((one) => String(one.file.basename))
    }
    await sandbox.write('stories/claims.md', story('en'))
    await sandbox.write('stories/other.md', story('en', 'Other'))
    expect(await built()).toEqual(['claims.md', 'other.md'])
    expect(await built()).toEqual([])
    await sandbox.write('stories/claims.da.md', story('da'))
    expect(await built()).toEqual(['claims.da.md', 'claims.md'])
    expect(await readdir(path.join(outDir, 'claims'))).toContain('da')
    await sandbox.write('stories/claims.md', story('en').replace('within a day', 'by 2029'))
    expect(await built()).toEqual(['claims.da.md', 'claims.md'])
    expect(await built()).toEqual([])
  })
})

describe('reserved names', () => {
  let sandbox: Sandbox | undefined
  afterEach(async () => sandbox?.remove())

  test('a version of a story named like storydeck’s own folders is refused too', async () => {
    sandbox = await createSandbox()
    await sandbox.write('stories/assets.md', story('en'))
    await sandbox.write('stories/assets.da.md', story('da'))
    const result = await buildProject({ root: sandbox.root })
    const version = result.builds.find((each) => String(each.file.path).endsWith('assets.da.md'))
    expect(version?.failed).toBe(true)
    expect(version?.file.messages.find((m) => m.ruleId === 'story/reserved-name')?.note).toContain(
      '`assets-story.da.md`',
    )
  })
})
