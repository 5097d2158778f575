/**
 * `storydeck/vite`: the Vite plugin. A thin adapter over the same core as
 * `storydeck build`: in dev it serves every story's deck, poster and the
 * index from memory and reloads open pages when a story, theme, image or the
 * config changes; in `vite build` it emits the same files `storydeck build`
 * writes.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Plugin, UserConfig, ViteDevServer } from 'vite'
import { clientSource } from './client.ts'
import { firstError, formatWarnings, PLUGIN_NAME, toStoryError } from './errors.ts'
import { CLIENT_PATH } from './html.ts'
import { announce, type ErrorPageSet, type FailingSet } from './notify.ts'
import { resolveOptions, type Options, type ResolvedOptions } from './options.ts'
import { createMiddleware } from './serve.ts'
import { createSite, type Site } from '../project/site.ts'

export type { Options } from './options.ts'

/**
 * When, after a change event, the changed file is looked at again for a save
 * the watcher did not report. Note: Vite's watcher (chokidar) drops a second
 * change of the same file within 50 ms of the first, and an editor may still
 * be writing the file when it is read; the first look comes just after that
 * window, the second catches slower writes.
 */
const RECHECK_MS = [60, 150] as const

const CLIENT_ID = '\0storydeck:client'
const EMPTY_ENTRY = 'virtual:storydeck-entry'
const EMPTY_ID = `\0${EMPTY_ENTRY}`

/** Files in the project that must never be served (Vite's defaults plus every dotfile). */
const DENY = ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '.*', '**/.*/**']

/**
 * Create the storydeck Vite plugin.
 *
 * @param options see {@link Options}; validated at once.
 * @throws TypeError naming the option when an option is wrong.
 */
export function storydeck(options?: Readonly<Options> | null): Plugin {
  const resolved: ResolvedOptions = resolveOptions(options)
  let root = path.resolve(resolved.root ?? '.')
  let base = '/'
  let site: Site | undefined
  const failing: FailingSet = new Set()
  const errorPages: ErrorPageSet = new Set()
  /** Pending second looks at changed files (see {@link RECHECK_MS}), by file. */
  const rechecks = new Map<string, ReturnType<typeof setTimeout>[]>()

  /** Rebuild what a changed file affects and tell the terminal and the pages; false when it affects nothing. */
  async function handleChange(
    server: ViteDevServer,
    current: Site,
    file: string,
    type: 'create' | 'update' | 'delete',
  ): Promise<boolean> {
    const started = performance.now()
    const update = await current.fileChanged(file, type)
    if (update === undefined) return false
    announce(server, update, failing, errorPages, performance.now() - started)
    if (type !== 'delete') recheck(server, current, file, started)
    return true
  }

  /** Look at `file` again after its change event at `started` (see {@link RECHECK_MS}); rebuild when it changed since it was read. */
  function recheck(server: ViteDevServer, current: Site, file: string, started: number): void {
    for (const timer of rechecks.get(file) ?? []) clearTimeout(timer)
    const look = (): void => {
      current
        .stale(file)
        .then((stale) => (stale && site === current ? handleChange(server, current, file, 'update') : false))
        .catch((error: unknown) => server.config.logger.error(`[storydeck] ${String(error)}`))
    }
    // Note: timed from the event, not from the end of the rebuild, so a dropped save waits as little as it can;
    // unref'd, so a pending look never keeps a closed server's process alive.
    const timers = RECHECK_MS.map((delay) => setTimeout(look, Math.max(0, started + delay - performance.now())).unref())
    rechecks.set(file, timers)
  }

  const newSite = (): Site =>
    createSite({ root, stories: resolved.stories, theme: resolved.theme, messages: resolved.messages })

  return {
    name: PLUGIN_NAME,

    config(config, env): UserConfig {
      const projectRoot = path.resolve(config.root ?? '.', resolved.root ?? '.')
      const input = config.build?.rolldownOptions?.input ?? config.build?.rollupOptions?.input
      const ownPage = existsSync(path.join(path.resolve(config.root ?? '.'), 'index.html'))
      return {
        server: { host: config.server?.host ?? '127.0.0.1', fs: { strict: true, allow: [projectRoot], deny: DENY } },
        preview: { host: config.preview?.host ?? '127.0.0.1' },
        // Note: a project of stories has no JavaScript entry; give Rolldown an empty one and drop its chunk.
        ...(env.command === 'build' && input === undefined && !ownPage
          ? { build: { rolldownOptions: { input: EMPTY_ENTRY } } }
          : {}),
      }
    },

    configResolved(config) {
      root = path.resolve(config.root, resolved.root ?? '.')
      base = config.base.endsWith('/') ? config.base : `${config.base}/`
    },

    resolveId(id) {
      if (id === `${base}${CLIENT_PATH}` || id === `/${CLIENT_PATH}`) return CLIENT_ID
      if (id === EMPTY_ENTRY) return EMPTY_ID
      return undefined
    },

    load(id) {
      if (id === CLIENT_ID) return clientSource(base)
      if (id === EMPTY_ID) return 'export {}'
      return undefined
    },

    async configureServer(server: ViteDevServer) {
      const current = newSite()
      site = current
      const started = performance.now()
      const update = await current.buildAll()
      announce(server, update, failing, errorPages, performance.now() - started, true)
      server.watcher.add([
        path.join(root, resolved.stories),
        path.join(root, 'themes'),
        path.join(root, 'storydeck.config.json'),
      ])
      server.middlewares.use(
        createMiddleware(
          current,
          () => base,
          (slug) => errorPages.add(slug),
        ),
      )
    },

    async hotUpdate({ file, type, server }) {
      if (this.environment.name !== 'client' || site === undefined) return undefined
      return (await handleChange(server, site, path.resolve(file), type)) ? [] : undefined
    },

    async generateBundle(_, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && chunk.facadeModuleId === EMPTY_ID) delete bundle[name]
      }
      const built = newSite()
      await built.buildAll()
      const builds = built.builds()
      for (const build of builds) for (const line of formatWarnings(build.file)) this.warn(line)
      const failed = builds.find((build) => build.failed)
      const message = failed ? firstError(failed.file) : undefined
      if (failed && message) this.error(toStoryError(message, failed.file))
      for (const fileName of built.files()) {
        const file = built.output(fileName)
        if (file) this.emitFile({ type: 'asset', fileName, source: file.contents })
      }
    },
  }
}

export default storydeck
