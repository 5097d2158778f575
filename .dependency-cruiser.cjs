/**
 * The boundaries of storydeck's design, checked by dependency-cruiser
 * (`npm run arch`, run in CI). Each rule's comment says why it holds.
 *
 * The pure core — the story model (src/story/), the coach (src/lint/), the
 * poster's fitting model (src/poster/), the renderers (src/render/), colour
 * maths (src/colour/), the words storydeck prints (src/i18n/) and its message
 * catalogue (src/messages/), the theme
 * data model (src/themes/ without its file-system loader), the build
 * orchestrator (src/build.ts, with its branding step src/brand.ts) and the
 * types they share (src/build-types.ts, src/types.ts) — is given everything
 * it needs by its caller: it never reads files, starts servers or talks to a
 * terminal.
 *
 * A rule that may fail for a while only because of work in progress is
 * listed in .dependency-cruiser-known-violations.json (`npx
 * depcruise-baseline src` writes it); `npm run arch` ignores exactly those,
 * and nothing else. Today the list is empty: every rule holds.
 */

/** The pure core, as a path pattern. The theme loader (load, list, fontsource) reads theme folders and font packages. */
const CORE =
  '^src/(story|lint|poster|render|colour|i18n|messages)/|^src/themes/(?!(load|list|fontsource)\\.ts$)|^src/(build|build-types|brand|family|types)\\.ts$'

/** The file-system side: the project engine (reads the project, owns the cache, writes the outputs). */
const PROJECT = '^src/project/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-file-system',
      comment:
        'The pure core (story, lint, render, colour, i18n, the theme data model, build.ts) never touches the file system: the caller injects what it reads (BuildEnvironment).',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'core-no-project',
      comment:
        'The pure core never imports the project engine (reading stories, config, themes, the cache, writing): it receives a BuildEnvironment instead.',
      severity: 'error',
      from: { path: CORE },
      to: { path: PROJECT },
    },
    {
      name: 'core-no-theme-loader',
      comment: 'The pure core never imports the file-system theme loader (src/themes/load.ts, list.ts, fontsource.ts).',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^src/themes/(load|list|fontsource)\\.ts$' },
    },
    {
      name: 'core-no-cli-or-vite',
      comment: 'The pure core knows nothing of the CLI, the Vite plugin or Vite itself; they are adapters over it.',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^src/(cli|vite)/|^vite$|^vite/|(^|/)node_modules/vite/' },
    },
    {
      name: 'lint-not-render',
      comment:
        'The coach does not depend on how things look: what lint and render both need (the poster text budget, section names) lives in a module both may use.',
      severity: 'error',
      from: { path: '^src/lint/' },
      to: { path: '^src/render/' },
    },
    {
      name: 'lint-not-render-even-indirectly',
      comment:
        'Not through another module either: the poster text budget (src/poster/) and whatever else the coach uses never import the renderers.',
      severity: 'error',
      from: { path: '^src/lint/' },
      to: { path: '^src/render/', reachable: true },
    },
    {
      name: 'story-and-lint-not-render-labels',
      comment:
        'The story model and the coach take section names from src/i18n/section-titles.ts, not from the words the renderers print (src/i18n/labels.ts).',
      severity: 'error',
      from: { path: '^src/(story|lint)/' },
      to: { path: '^src/i18n/labels\\.ts$' },
    },
    {
      name: 'themes-not-render',
      comment: 'The theme model does not depend on the renderers: colour and contrast maths live in src/colour/.',
      severity: 'error',
      from: { path: '^src/themes/' },
      to: { path: '^src/render/' },
    },
    {
      name: 'render-not-orchestrator',
      comment: 'The renderers do not import the orchestrator (src/build.ts); shared types live in src/build-types.ts.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/build\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycle, type-only imports included: a type cycle is still a cycle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves to a file or an installed package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Note: TypeScript 7 has no compiler API for dependency-cruiser, so it reads the sources with swc;
    // either way it sees the code as written, before compilation: type-only imports count.
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
}
