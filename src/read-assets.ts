/**
 * The file-system side of the shared assets: reads the bytes that
 * `planAssets` (src/render/assets.ts, pure) names and hashes.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { ASSET_KEYS, themeAssetKey, type AssetSource } from './render/assets.ts'
import { listThemes, loadTheme, packageRoot } from './themes/load.ts'

/**
 * Read the bytes of every shared asset (thin file-system side): reveal.js's
 * dist files, storydeck's client files, and each available theme's deck CSS.
 * A theme that fails to load is skipped here; the story that uses it reports it.
 */
export async function readAssetSources(projectRoot: string): Promise<AssetSource[]> {
  const revealDist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'))
  const client = path.join(packageRoot(), 'src', 'client')
  const sources: AssetSource[] = [
    { key: ASSET_KEYS.revealJs, name: 'reveal.js', bytes: await readFile(path.join(revealDist, 'reveal.js')) },
    { key: ASSET_KEYS.revealCss, name: 'reveal.css', bytes: await readFile(path.join(revealDist, 'reveal.css')) },
    { key: ASSET_KEYS.notesJs, name: 'notes.js', bytes: await readFile(path.join(revealDist, 'plugin', 'notes.js')) },
    { key: ASSET_KEYS.deckJs, name: 'deck.js', bytes: await readFile(path.join(client, 'deck.js')) },
    { key: ASSET_KEYS.indexCss, name: 'index.css', bytes: await readFile(path.join(client, 'index.css')) }
  ]
  for (const name of await listThemes(projectRoot)) {
    const theme = await loadTheme(projectRoot, name).catch(() => undefined)
    if (theme === undefined) continue
    sources.push({ key: themeAssetKey(name, 'deck.css'), name: `${name}-deck.css`, bytes: new TextEncoder().encode(theme.css.deck) })
  }
  return sources
}
