/**
 * The file-system side of the shared assets: reads the bytes that
 * `planAssets` (src/render/assets.ts, pure) names and hashes.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { ASSET_KEYS, themeAssetKey, type AssetSource } from '../render/assets.ts'
import { listThemes, loadTheme, packageRoot } from '../themes/load.ts'
import type { Theme } from '../themes/theme.ts'

/**
 * Read the bytes of every shared asset (thin file-system side): reveal.js's
 * dist files, storydeck's client files, and each available theme's deck CSS.
 * A theme that fails to load is skipped here; the story that uses it reports it.
 *
 * @param load loads a theme by name (default: `loadTheme`); pass the build's own loader so each theme is read once.
 */
export async function readAssetSources(
  projectRoot: string,
  load: (name: string) => Promise<Theme | undefined> = (name) => loadTheme(projectRoot, name),
): Promise<AssetSource[]> {
  const revealDist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'))
  const client = path.join(packageRoot(), 'src', 'client')
  const sources: AssetSource[] = [
    { key: ASSET_KEYS.revealJs, name: 'reveal.js', bytes: readFileSync(path.join(revealDist, 'reveal.js')) },
    { key: ASSET_KEYS.revealCss, name: 'reveal.css', bytes: readFileSync(path.join(revealDist, 'reveal.css')) },
    { key: ASSET_KEYS.notesJs, name: 'notes.js', bytes: readFileSync(path.join(revealDist, 'plugin', 'notes.js')) },
    { key: ASSET_KEYS.deckJs, name: 'deck.js', bytes: readFileSync(path.join(client, 'deck.js')) },
    { key: ASSET_KEYS.indexCss, name: 'index.css', bytes: readFileSync(path.join(client, 'index.css')) },
  ]
  const names = await listThemes(projectRoot)
  const themes = await Promise.all(names.map((name) => load(name).catch(() => undefined)))
  for (const [index, name] of names.entries()) {
    const theme = themes[index]
    if (theme === undefined) continue
    sources.push({
      key: themeAssetKey(name, 'deck.css'),
      name: `${name}-deck.css`,
      bytes: new TextEncoder().encode(theme.css.deck),
    })
  }
  return sources
}
