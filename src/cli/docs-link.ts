/**
 * A message's documentation link (`docs/messages/da.md#frontmatter-type`,
 * relative to the storydeck package) as the reader can open it: relative
 * to the folder they work in when the package is inside it (as with
 * `npx storydeck`: `node_modules/storydeck/docs/…`), else absolute. The
 * documentation ships in the package, so the link works without a network.
 */
import path from 'node:path'
import { packageRoot } from '../themes/load.ts'

/** A function that turns a package-relative link into one for a reader in `cwd`. */
export function docsLinker(cwd: string): (url: string) => string {
  const root = packageRoot()
  return (url) => {
    const [page = '', anchor] = url.split('#')
    const absolute = path.join(root, page)
    const relative = path.relative(cwd, absolute)
    const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
    return `${shown.split(path.sep).join('/')}${anchor === undefined ? '' : `#${anchor}`}`
  }
}
