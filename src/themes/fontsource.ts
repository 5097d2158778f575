/**
 * Reading a brand font from an installed `@fontsource/<name>` package: only
 * the woff2 files of the latin and latin-ext subsets in weights 400 and 700
 * (normal style), with their unicode ranges. Looks in the project's
 * `node_modules` (and its parents'), then in storydeck's own.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FontPackage } from '../build-types.ts'
import { FONT_PACKAGE } from '../story/brand-check.ts'
import { packageRoot } from './load.ts'

const SUBSETS = ['latin', 'latin-ext'] as const
const WEIGHTS = [400, 700] as const

/**
 * Read the font files of `@fontsource/<name>`.
 *
 * @returns the family and files, or undefined when the package is not installed
 *   (or has none of the files we use).
 */
export async function readFontsource(projectRoot: string, name: string): Promise<FontPackage | undefined> {
  if (!FONT_PACKAGE.test(name)) return undefined
  for (const dir of candidates(projectRoot, name)) {
    const metadata = await readJson(path.join(dir, 'metadata.json'))
    if (metadata === undefined) continue
    const family = typeof metadata.family === 'string' ? metadata.family : undefined
    const id = typeof metadata.id === 'string' && FONT_PACKAGE.test(metadata.id) ? metadata.id : name
    const ranges = (await readJson(path.join(dir, 'unicode.json'))) ?? {}
    if (family === undefined) continue
    const files: FontPackage['files'] = []
    for (const subset of SUBSETS) {
      const unicodeRange = ranges[subset]
      if (typeof unicodeRange !== 'string') continue
      for (const weight of WEIGHTS) {
        const fileName = `${id}-${subset}-${weight}-normal.woff2`
        const bytes = await readFile(path.join(dir, 'files', fileName)).catch(() => undefined)
        if (bytes !== undefined) files.push({ fileName, subset, weight, bytes, unicodeRange })
      }
    }
    if (files.length > 0) return { name, family, files }
  }
  return undefined
}

/** `<dir>/node_modules/@fontsource/<name>` for the project folder and each parent, then storydeck's own. */
function candidates(projectRoot: string, name: string): string[] {
  const dirs: string[] = []
  for (let dir = path.resolve(projectRoot); ; dir = path.dirname(dir)) {
    dirs.push(path.join(dir, 'node_modules', '@fontsource', name))
    if (path.dirname(dir) === dir) break
  }
  dirs.push(path.join(packageRoot(), 'node_modules', '@fontsource', name))
  return [...new Set(dirs)]
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
