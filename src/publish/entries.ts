/**
 * The stories of a published site, read back from the site folder: each
 * folder with a `story.json` is a story, and the index links to the files that
 * are there. So the landing page lists every published story, also after a
 * partial publish, and never links to a file that does not exist.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { StoryEntry } from '../render/index-page.ts'
import { LANGS, type Lang } from '../types.ts'

/** Names in a story folder that the index may link to or show (no sub-folders such as `img/`). */
function isListed(name: string): boolean {
  return /^(?:index\.html|poster\.html|handout\.html|deck\.pdf|poster\.pdf|handout\.pdf|deck\.pptx|preview\.png)$/.test(
    name,
  )
}

/**
 * Read the stories of a site folder.
 *
 * @param out absolute site folder.
 * @param skip slugs to leave out (drafts).
 */
export async function readSiteEntries(out: string, skip: ReadonlySet<string> = new Set()): Promise<StoryEntry[]> {
  const top = await readdir(out, { withFileTypes: true }).catch(() => [])
  const files = new Set(top.filter((entry) => entry.isFile()).map((entry) => entry.name))
  const entries: StoryEntry[] = []
  for (const folder of top) {
    if (!folder.isDirectory() || folder.name === 'assets' || folder.name.startsWith('.') || skip.has(folder.name))
      continue
    const slug = folder.name
    const json = await readFile(path.join(out, slug, 'story.json'), 'utf8').catch(() => undefined)
    const entry = json === undefined ? undefined : entryOf(slug, json)
    if (entry === undefined) continue
    const names = await readdir(path.join(out, slug)).catch(() => [] as string[])
    const paths = names.filter(isListed).map((name) => `${slug}/${name}`)
    if (files.has(`${slug}.html`)) paths.push(`${slug}.html`)
    if (files.has(`${slug}.poster.html`)) paths.push(`${slug}.poster.html`)
    entries.push({ ...entry, paths })
  }
  return entries
}

/** What the index needs from a `story.json`; undefined when it is not one of ours. */
function entryOf(slug: string, json: string): Omit<StoryEntry, 'paths'> | undefined {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return undefined
  }
  const meta = field(data, 'meta')
  const title = field(meta, 'title')
  const lang = field(meta, 'lang')
  if (typeof title !== 'string' || typeof lang !== 'string' || !(LANGS as readonly string[]).includes(lang))
    return undefined
  const text = (value: unknown, key: string): Record<string, string> => {
    const found = field(value, key)
    return typeof found === 'string' ? { [key]: found } : {}
  }
  const headline = (kind: string): Record<string, string> => {
    const found = field(field(field(data, 'spine'), kind), 'headline')
    const words = field(found, 'text')
    return typeof words === 'string' ? { [kind]: words } : {}
  }
  return {
    slug,
    meta: {
      title,
      lang: lang as Lang,
      ...text(meta, 'organisation'),
      ...text(meta, 'subtitle'),
      ...text(meta, 'author'),
      ...text(meta, 'date'),
    },
    headlines: { ...headline('from'), ...headline('to'), ...headline('because') },
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined
}
