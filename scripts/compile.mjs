// Bundles src/ into lib/ so the CLI runs on plain Node (no TypeScript loader).
//
// Note: dependencies are bundled too. Loading ~490 small files from
// node_modules one by one was the largest part of a cold `storydeck build`
// (see docs/performance.md); one minified chunk set loads in a fraction.
// Kept external: packages that are big, optional or load native code or
// files at run time (vite and its tool chain, playwright-core, esbuild),
// and reveal.js, whose dist files are read, not imported.
// Code splitting keeps rarely used parts (browser, dev server, PDF) out of
// the cold start of `storydeck build`.
import { createHash } from 'node:crypto'
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'

const EXTERNAL = [
  'vite',
  'playwright-core',
  'playwright',
  'esbuild',
  'fsevents',
  'lightningcss',
  'rolldown',
  'rollup',
  'reveal.js',
]

/**
 * Note: `qrcode`'s main entry also loads its PNG, terminal and canvas
 * renderers (and pngjs); we only call `create`, which lives in its core.
 */
const qrcodeCore = {
  name: 'qrcode-core',
  setup(build) {
    build.onResolve({ filter: /^qrcode$/ }, (args) =>
      build.resolve('qrcode/lib/core/qrcode.js', { kind: args.kind, resolveDir: args.resolveDir }),
    )
  },
}

/**
 * A hash of everything compiled in (sources, package.json, the lock file):
 * the incremental build cache (src/project/cache.ts) never reuses output made by
 * different code, even at the same version number.
 */
async function buildId() {
  const hash = createHash('sha256')
  const files = (await readdir('src', { recursive: true })).map((name) => path.join('src', name)).sort()
  for (const file of [...files, 'package.json', 'package-lock.json']) {
    const bytes = await readFile(file).catch(() => undefined)
    if (bytes !== undefined) hash.update(`${file}\0${bytes.length}\0`).update(bytes)
  }
  return hash.digest('hex').slice(0, 16)
}

// Note: `--no-minify` keeps names readable for profiling (`node --cpu-prof`, docs/performance.md).
const minify = !process.argv.includes('--no-minify')

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
  plugins: [qrcodeCore],
  // Note: jsonc-parser's `main` is a UMD build that requires its parts at run time, which a bundle
  // cannot follow; its ES module build is the same code in plain imports.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  minify,
  legalComments: 'linked',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
}
const define = { __STORYDECK_BUILD_ID__: JSON.stringify(await buildId()) }

// The library (`storydeck`, `storydeck/vite`): ES modules, split into chunks.
const result = await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', vite: 'src/vite/plugin.ts' },
  outdir: 'lib',
  splitting: true,
  format: 'esm',
  define,
  // Note: bundled CommonJS dependencies call `require`; ESM has none, so give them one.
  banner: {
    js: "import { createRequire as __sdRequire } from 'node:module'; const require = __sdRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
})

// The CLI: one script, so `bin/storydeck.js` can load it through V8's code
// cache (Node 20 has no compile cache for ES modules; see docs/performance.md).
// Its modules still run only when a command needs them. The take-away
// formats (`--single-file`, `--pptx`: PowerPoint writer, zip) are a third of
// the code and rarely used, so they are a script of their own, loaded by
// `require` when asked for and kept out of the code every build reads.
// Note: CommonJS has no `import.meta.url`; `scripts/import-meta-url.cjs` gives each script its own.
const separate = {
  name: 'takeaway-apart',
  setup(build) {
    build.onResolve({ filter: /\/takeaway\.ts$/ }, (args) =>
      args.importer.endsWith(path.join('commands', 'takeaway.ts'))
        ? { path: './takeaway.cjs', external: true }
        : undefined,
    )
  },
}
const cli = await build({
  ...shared,
  plugins: [...shared.plugins, separate],
  entryPoints: { cli: 'src/cli/main.ts', takeaway: 'src/export/takeaway.ts' },
  outdir: 'lib',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  inject: ['scripts/import-meta-url.cjs'],
  define: { ...define, 'import.meta.url': '__sdImportMetaUrl' },
})
for (const warning of cli.warnings) console.warn(warning.text)
// Note: esbuild leaves non-ASCII letters in regular expressions and `String.raw` templates as they are; one such
// letter makes V8 keep the whole 1 MB script as two bytes a character, which slows every start's read
// (docs/performance.md). Written as `\uXXXX` they mean the same in a regular expression (the only place our
// sources put them in raw templates: `src/story/slides.ts`). The source maps are not updated: columns after
// such a letter on its line are off by a few characters.
for (const script of ['lib/cli.cjs', 'lib/takeaway.cjs']) {
  const text = await readFile(script, 'utf8')
  const ascii = text.replace(/[^\x00-\x7f]/g, (letter) => `\\u${letter.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (ascii !== text) await writeFile(script, ascii)
}
// Note: earlier compiles made the CLI as an ES module.
for (const old of ['lib/cli.js', 'lib/cli.js.map']) await rm(old, { force: true })

// Remove chunks of earlier compiles. Note: only ones older than a minute, so a
// CLI process started just before this compile can still load its chunks.
const fresh = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)))
const chunks = path.resolve('lib', 'chunks')
for (const name of await readdir(chunks).catch(() => [])) {
  const file = path.join(chunks, name)
  if (fresh.has(file)) continue
  const info = await stat(file).catch(() => undefined)
  if (info && Date.now() - info.mtimeMs > 60_000) await rm(file, { force: true })
}
