/**
 * Make pptxgenjs's package reproducible and in the story's language: fixed
 * timestamps in `docProps/core.xml` and in the zip entries, and the notes
 * text (which pptxgenjs always marks `en-US`) in the story's language.
 */
import JSZip from 'jszip'

/** Options of {@link stabilisePackage}. */
export interface StabiliseOptions {
  /** Culture of the story's text, e.g. `da-DK`. */
  lang: string
  /** The story's ISO date (`YYYY-MM-DD`); without one a fixed date is used. */
  date?: string | undefined
}

/** Used when a story has no date: any constant keeps builds reproducible. */
const FALLBACK_DATE = '2000-01-01'

/** Rewrite a `.pptx` so that the same input always gives the same bytes. */
export async function stabilisePackage(bytes: Uint8Array, options: Readonly<StabiliseOptions>): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes)
  const stamp = `${options.date ?? FALLBACK_DATE}T00:00:00Z`
  const date = new Date(stamp)
  const output = new JSZip()
  for (const name of Object.keys(source.files).sort(packageOrder)) {
    const entry = source.files[name]
    if (entry === undefined || entry.dir) continue
    let contents: string | Uint8Array = await entry.async('uint8array')
    if (name === 'docProps/core.xml') {
      contents = new TextDecoder()
        .decode(contents)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`)
    } else if (/^ppt\/(notesSlides|slides)\/[^/]+\.xml$/.test(name)) {
      contents = new TextDecoder().decode(contents).replaceAll(' lang="en-US"', ` lang="${options.lang}"`)
    }
    output.file(name, contents, { date, createFolders: false })
  }
  return output.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  })
}

/** `[Content_Types].xml` first (some readers expect it), the rest by name. */
function packageOrder(a: string, b: string): number {
  const first = '[Content_Types].xml'
  if (a === first) return -1
  if (b === first) return 1
  return a < b ? -1 : a > b ? 1 : 0
}
