// Coach bench (issue 16): the load cost of each spelling dictionary (once
// per process) and the warm time of the whole coach (every rule, spelling
// included) per story, on the plain-text corpora (tests/fixtures/coach-plain).
// Run: `node bench/coach.mjs` (bundles the sources it needs with esbuild first).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { VFile } from 'vfile'

const folder = mkdtempSync(path.join(tmpdir(), 'storydeck-coach-bench-'))
const entry = path.join(folder, 'entry.ts')
const root = new URL('..', import.meta.url).pathname
writeFileSync(
  entry,
  `export { lintStory } from '${root}src/lint/lint.ts'\nexport { parseStory } from '${root}src/story/parse.ts'\nexport { loadSpeller } from '${root}src/project/spelling.ts'\n`,
)
const outfile = path.join(root, 'bench', '.coach-bundle.mjs')
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  packages: 'external',
  logLevel: 'warning',
})
rmSync(folder, { recursive: true })
const { lintStory, parseStory, loadSpeller } = await import(outfile)

const DIR = new URL('../tests/fixtures/coach-plain/', import.meta.url)
const RUNS = 20
const rows = []
for (const name of readdirSync(DIR)
  .filter((file) => file.endsWith('.md'))
  .sort()) {
  const markdown = readFileSync(new URL(name, DIR), 'utf8')
  const lang = /^lang:\s*(\w+)/m.exec(markdown)?.[1] ?? 'en'
  const started = performance.now()
  const speller = await loadSpeller(lang)
  const load = performance.now() - started
  const once = (options) => {
    const file = new VFile({ path: name, value: markdown })
    const story = parseStory(file)
    const start = performance.now()
    lintStory(file, story, options)
    return performance.now() - start
  }
  const median = (options) => {
    const first = once(options)
    const times = Array.from({ length: RUNS }, () => once(options)).sort((a, b) => a - b)
    return [first, times[RUNS >> 1]]
  }
  const [, without] = median({})
  const [first, warm] = median({ speller })
  rows.push({
    story: name,
    lang,
    words: markdown.split(/\s+/).length,
    dictionaryLoadMs: Math.round(load),
    firstCoachMs: +first.toFixed(1),
    warmCoachMs: +warm.toFixed(1),
    warmWithoutSpellingMs: +without.toFixed(1),
  })
}
rmSync(outfile)
console.table(rows)
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
)
