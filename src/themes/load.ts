/**
 * Theme folder -> Theme. Looks in the project's `themes/` first, then in
 * storydeck's own built-in `themes/`. Nothing outside those folders is read.
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Theme, ThemeManifest } from './theme.ts'

/** Theme used when neither the story nor the project names one. */
export const DEFAULT_THEME = 'nordic'

const NAME = /^[a-z0-9][a-z0-9-]*$/

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
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (entry.isDirectory() && NAME.test(entry.name) && existsSync(path.join(folder, entry.name, 'theme.json'))) {
        names.add(entry.name)
      }
    }
  }
  return [...names].sort()
}

/**
 * Load a theme by name.
 *
 * @returns the frozen theme, or undefined when no theme has that name.
 * @throws when the theme folder exists but is broken (its files are ours or the
 *   theme author's, not the story's).
 */
export async function loadTheme(projectRoot: string, name: string): Promise<Theme | undefined> {
  if (!NAME.test(name)) return undefined
  for (const folder of themeFolders(projectRoot)) {
    const dir = path.join(folder, name)
    if (!existsSync(path.join(dir, 'theme.json'))) continue
    const read = (file: string): Promise<string> => readFile(path.join(dir, file), 'utf8')
    const manifest = JSON.parse(await read('theme.json')) as ThemeManifest
    const [deck, poster, deckCss, posterCss] = await Promise.all([
      read('deck.mustache'),
      read('poster.mustache'),
      read('deck.css'),
      read('poster.css')
    ])
    return Object.freeze({
      name,
      manifest: Object.freeze(manifest),
      templates: Object.freeze({ deck, poster }),
      css: Object.freeze({ deck: deckCss, poster: posterCss })
    })
  }
  return undefined
}
