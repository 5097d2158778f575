/**
 * Every available theme with its description and where it comes from, for
 * `storydeck themes`; each theme's `theme.json` is validated on the way.
 */
import type { VFile } from 'vfile'
import { listThemes, readTheme } from './load.ts'

/** One row of the theme list. */
export interface ThemeListing {
  /** Folder name: what `theme:` takes. */
  name: string
  /** `name` from theme.json, e.g. `Nordic`; the folder name when the file has errors. */
  title: string
  description: string
  origin: 'project' | 'built-in'
  /** The theme it builds on, if any. */
  extends?: string
  /** Whether it can be used (no errors in its files). */
  ok: boolean
  /** Its `theme.json`, with any messages. */
  file: VFile
}

/** Describe every theme the project can use, sorted by folder name. */
export async function describeThemes(projectRoot: string): Promise<ThemeListing[]> {
  const listings: ThemeListing[] = []
  for (const name of await listThemes(projectRoot)) {
    const read = await readTheme(projectRoot, name)
    if (read.file === undefined || read.origin === undefined) continue
    const manifest = read.theme?.manifest ?? rawManifest(String(read.file.value))
    listings.push({
      name,
      title: manifest.name ?? name,
      description: manifest.description ?? '',
      origin: read.origin,
      ...(manifest.extends === undefined ? {} : { extends: manifest.extends }),
      ok: read.theme !== undefined,
      file: read.file,
    })
  }
  return listings
}

/** What can still be read from a theme file with errors: its texts, when they are texts. */
function rawManifest(text: string): { name?: string; description?: string; extends?: string } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof data !== 'object' || data === null) return {}
  const record = data as Record<string, unknown>
  const result: { name?: string; description?: string; extends?: string } = {}
  for (const key of ['name', 'description', 'extends'] as const) {
    const value = record[key]
    if (typeof value === 'string') result[key] = value
  }
  return result
}
