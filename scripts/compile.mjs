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
import { readFile, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'esbuild'

const EXTERNAL = ['vite', 'playwright-core', 'playwright', 'esbuild', 'fsevents', 'lightningcss', 'rolldown', 'rollup', 'reveal.js']

/**
 * Note: `qrcode`'s main entry also loads its PNG, terminal and canvas
 * renderers (and pngjs); we only call `create`, which lives in its core.
 */
const qrcodeCore = {
  name: 'qrcode-core',
  setup(build) {
    build.onResolve({ filter: /^qrcode$/ }, (args) => build.resolve('qrcode/lib/core/qrcode.js', { kind: args.kind, resolveDir: args.resolveDir }))
  }
}

/**
 * A hash of everything compiled in (sources, package.json, the lock file):
 * the incremental build cache (src/cache.ts) never reuses output made by
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

const result = await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', vite: 'src/vite/plugin.ts' },
  outdir: 'lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
  plugins: [qrcodeCore],
  define: { __STORYDECK_BUILD_ID__: JSON.stringify(await buildId()) },
  // Note: bundled CommonJS dependencies call `require`; ESM has none, so give them one.
  banner: { js: "import { createRequire as __sdRequire } from 'node:module'; const require = __sdRequire(import.meta.url);" },
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning'
})

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
