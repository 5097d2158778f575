/**
 * `storydeck publish`: the build for the intranet. Same engine and cache as
 * `storydeck build`, into `site/`: no speaker notes (unless `publish.notes`),
 * no drafts, PDFs, link previews and a landing page.
 */
import { finishSite } from '../../publish/site.ts'
import { booleanFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { runBuild } from './build.ts'
import { imageWidthOf } from './pictures.ts'

/** Run `storydeck publish`. */
export async function runPublish(parsed: Parsed, io: Io): Promise<number> {
  const imageWidth = imageWidthOf(parsed, io.messages)
  // Note: `--quiet` and `--silent` keep to what needs attention: the warnings, not the progress.
  const brief = booleanFlag(parsed, 'silent') || booleanFlag(parsed, 'quiet')
  return runBuild(parsed, io, {
    publish: true,
    out: 'site',
    finish: (out, result) =>
      finishSite(out, result, {
        ...(imageWidth === undefined ? {} : { imageWidth }),
        lang: result.lang,
        say: (line) => {
          if (!brief || line.startsWith('storydeck')) io.stderr.write(`${line}\n`)
        },
      }),
  })
}
