// Writes the messages documentation (docs/messages/<lang>.md) from the
// message catalogue in src/messages/. Run by `npm run docs`; a test fails
// when the pages are out of date.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const temp = await mkdtemp(path.join(os.tmpdir(), 'storydeck-docs-'))
try {
  const bundle = path.join(temp, 'docs.mjs')
  await build({
    entryPoints: [path.join(root, 'src/messages/docs.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
  })
  const { messagesPage } = await import(pathToFileURL(bundle).href)
  const { LANGS } = await import(pathToFileURL(bundle).href)
  await mkdir(path.join(root, 'docs/messages'), { recursive: true })
  for (const lang of LANGS) {
    const file = path.join(root, 'docs/messages', `${lang}.md`)
    await writeFile(file, messagesPage(lang))
    console.log(`wrote ${path.relative(root, file)}`)
  }
} finally {
  await rm(temp, { recursive: true, force: true })
}
