/**
 * Theme folder -> Theme. Looks in the project's `themes/` first, then in
 * storydeck's own built-in `themes/`. Nothing outside those folders is read:
 * names are plain folder names, and a folder or file whose real path (links
 * followed) leaves its `themes/` folder is refused.
 *
 * A theme may name another in `"extends"`: keys its `theme.json` leaves out,
 * and templates it does not have, come from that theme; its CSS files are
 * added after the other theme's CSS.
 */
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { attempt, isInside } from '../project/read.ts'
import { theme as catalogue } from '../messages/catalogue/theme.ts'
import { say } from '../messages/say.ts'
import { THEME_FILES, type Theme } from './theme.ts'
import { THEME_NAME, validateManifest } from './validate.ts'

import { ThemeError } from './theme.ts'

export { ThemeError }

/** Theme used when neither the story nor the project names one. */
export const DEFAULT_THEME = 'nordic'

/** How many themes deep `extends` may go. */
const MAX_DEPTH = 4

/** Result of {@link readTheme}: the theme when it is usable, and its `theme.json` with any messages. */
export interface ThemeRead {
  theme: Theme | undefined
  /** Undefined when no theme has that name. */
  file: VFile | undefined
  /** `project` when the project's `themes/` holds it, else `built-in`. */
  origin: 'project' | 'built-in' | undefined
}

/** Folder of storydeck's own package (holds the built-in `themes/`). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'themes'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('Cannot find the storydeck package folder')
    dir = parent
  }
  return dir
}

/** Folders searched for themes, most specific first. */
export function themeFolders(projectRoot: string): string[] {
  const own = path.join(packageRoot(), 'themes')
  const project = path.join(projectRoot, 'themes')
  return project === own ? [own] : [project, own]
}

/** Names of every available theme, sorted. */
export async function listThemes(projectRoot: string): Promise<string[]> {
  const names = new Set<string>()
  for (const folder of themeFolders(projectRoot)) {
    for (const entry of readEntries(folder)) {
      if (THEME_NAME.test(entry.name) && themeDir(folder, entry.name) !== undefined) names.add(entry.name)
    }
  }
  return [...names].sort()
}

/**
 * Load a theme by name.
 *
 * @returns the frozen theme, or undefined when no theme has that name.
 * @throws ThemeError when the theme exists but has errors (they are the
 *   theme author's, not the story's).
 */
export async function loadTheme(projectRoot: string, name: string): Promise<Theme | undefined> {
  return usableTheme(name, await readTheme(projectRoot, name))
}

/**
 * The theme of a {@link readTheme} result, as {@link loadTheme} gives it.
 *
 * @throws ThemeError when the theme exists but has errors.
 */
export function usableTheme(name: string, read: ThemeRead): Theme | undefined {
  if (read.file !== undefined && read.theme === undefined) throw new ThemeError(name, read.file)
  return read.theme
}

/** Read and validate a theme, keeping its `theme.json` messages (errors and warnings). */
export async function readTheme(projectRoot: string, name: string): Promise<ThemeRead> {
  return readThemeAt(projectRoot, name, [])
}

async function readThemeAt(projectRoot: string, name: string, chain: readonly string[]): Promise<ThemeRead> {
  if (!THEME_NAME.test(name)) return { theme: undefined, file: undefined, origin: undefined }
  const folders = themeFolders(projectRoot)
  for (const [index, folder] of folders.entries()) {
    const dir = themeDir(folder, name)
    if (dir === undefined) continue
    const origin = index === 0 && folders.length > 1 ? 'project' : 'built-in'
    const manifestPath = path.join(dir, 'theme.json')
    const file = new VFile({
      path: path.relative(projectRoot, manifestPath) || manifestPath,
      value: readFileSync(manifestPath, 'utf8'),
      cwd: projectRoot,
    })
    const theme = await buildTheme(projectRoot, name, dir, file, chain)
    return { theme, file, origin }
  }
  return { theme: undefined, file: undefined, origin: undefined }
}

async function buildTheme(
  projectRoot: string,
  name: string,
  dir: string,
  file: VFile,
  chain: readonly string[],
): Promise<Theme | undefined> {
  const at = { line: 1, column: 1 }
  const parentName = /"extends"\s*:\s*"([^"]*)"/.exec(String(file.value))?.[1]
  let parent: Theme | undefined
  if (parentName !== undefined) {
    const place = placeOf(file, '"extends"') ?? at
    if (parentName === name || chain.includes(parentName) || chain.length >= MAX_DEPTH) {
      say(file, catalogue.extendsLoop, { parent: parentName, name }, { place })
    } else if (THEME_NAME.test(parentName)) {
      const read = await readThemeAt(projectRoot, parentName, [...chain, name])
      parent = read.theme
      if (read.file === undefined) {
        const names = await listThemes(projectRoot)
        say(
          file,
          catalogue.extendsUnknown,
          { parent: parentName, themes: names.map((n) => `\`${n}\``) },
          { place, actual: parentName, expected: names },
        )
      } else if (parent === undefined) {
        say(file, catalogue.extendsBroken, { parent: parentName }, { place })
      }
    }
  }
  const manifest = validateManifest(file, parent?.manifest)
  const own: Partial<Record<(typeof THEME_FILES)[number], string>> = {}
  for (const name of THEME_FILES) {
    const text = readInside(dir, name)
    if (text === 'outside') {
      say(file, catalogue.fileOutside, { file: name }, { place: at })
    } else if (text !== undefined) {
      own[name] = text
    } else if (parent === undefined && parentName === undefined) {
      say(file, catalogue.fileMissing, { file: name }, { place: at })
    }
  }
  if (manifest === undefined || file.messages.some((message) => message.fatal === true)) return undefined
  const pick = (key: (typeof THEME_FILES)[number], inherited: string | undefined): string => own[key] ?? inherited ?? ''
  const join = (key: 'deck.css' | 'poster.css', inherited: string | undefined): string =>
    [inherited, own[key] === undefined ? undefined : `/* ${name} */\n${own[key]}`]
      .filter((part) => part !== undefined)
      .join('\n')
  return Object.freeze({
    name,
    manifest: Object.freeze({
      ...manifest,
      colours: Object.freeze({ ...manifest.colours }),
      fonts: Object.freeze({ ...manifest.fonts }),
      poster: Object.freeze({ ...manifest.poster }),
    }),
    templates: Object.freeze({
      deck: pick('deck.mustache', parent?.templates.deck),
      poster: pick('poster.mustache', parent?.templates.poster),
    }),
    css: Object.freeze({ deck: join('deck.css', parent?.css.deck), poster: join('poster.css', parent?.css.poster) }),
  })
}

// Note: theme files are small and few; reading them synchronously saves a
// round trip to libuv's thread pool per call, which dominated a cold build's
// theme loading (docs/performance.md).

function readEntries(folder: string): import('node:fs').Dirent[] {
  return attempt(() => readdirSync(folder, { withFileTypes: true })) ?? []
}

/** The real path of a file or folder, undefined when it does not exist. */
function realOrUndefined(file: string): string | undefined {
  return attempt(() => realpathSync(file))
}

/** The real path of `themes/<name>/` when it holds a `theme.json` and stays inside `folder`. */
function themeDir(folder: string, name: string): string | undefined {
  const realFolder = realOrUndefined(folder)
  if (realFolder === undefined) return undefined
  const real = realOrUndefined(path.join(realFolder, name))
  if (real === undefined || !isInside(realFolder, real) || real === realFolder) return undefined
  const manifest = realOrUndefined(path.join(real, 'theme.json'))
  if (manifest === undefined || !isInside(real, manifest)) return undefined
  return statSync(manifest).isFile() ? real : undefined
}

/** A file's text when it exists inside `dir` (links followed), `outside` when it leads elsewhere. */
function readInside(dir: string, name: string): string | undefined | 'outside' {
  const real = realOrUndefined(path.join(dir, name))
  if (real === undefined) return undefined
  if (!isInside(dir, real)) return 'outside'
  return statSync(real).isFile() ? readFileSync(real, 'utf8') : undefined
}

function placeOf(file: VFile, needle: string): { line: number; column: number } | undefined {
  const offset = String(file.value).indexOf(needle)
  if (offset === -1) return undefined
  const before = String(file.value).slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}
