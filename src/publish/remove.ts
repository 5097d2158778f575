/**
 * Taking a story off the published site: its folder and its single files.
 * Used when a story is a draft now (`draft: true`) but an earlier publish
 * put it there.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Remove `<out>/<slug>/`, `<out>/<slug>.html` and `<out>/<slug>.poster.html`
 * when they exist.
 *
 * @throws a TypeError when `slug` is not a plain folder name (never leaves `out`).
 */
export async function removeStoryFolder(out: string, slug: string): Promise<void> {
  if (slug === '' || slug === '.' || slug === '..' || /[/\\]/.test(slug))
    throw new TypeError(`removeStoryFolder: expected a plain folder name, not \`${slug}\``)
  await rm(path.join(out, slug), { recursive: true, force: true })
  await rm(path.join(out, `${slug}.html`), { force: true })
  await rm(path.join(out, `${slug}.poster.html`), { force: true })
}
