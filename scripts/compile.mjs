// Bundles src/ into lib/ so the CLI runs on plain Node (no TypeScript loader).
// Note: dependencies stay external; code splitting keeps rarely used parts
// (browser, dev server) out of the cold start of `storydeck build`.
import { build } from 'esbuild'

await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', vite: 'src/vite/plugin.ts' },
  outdir: 'lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning'
})
