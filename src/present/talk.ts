/**
 * The one adapter between town hall live and the project build: builds one
 * story with the existing core and hands back what the server needs. Only
 * this file knows how a project is read and built (re-point it when the
 * project side moves).
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import type { OutputFile } from '../build.ts'
import { projectPathOf } from '../family.ts'
import { buildProject } from '../project/build.ts'
import { familyLookup } from '../project/read.ts'
import type { RenderContext } from '../render/context.ts'
import type { Lang, Story } from '../types.ts'

/** Extensions of story outputs the audience may fetch (images, fonts): never HTML or JSON, which carry notes. */
const PUBLIC_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.woff', '.woff2'])

/** A story built for a live talk. */
export interface BuiltTalk {
  story: Story
  context: RenderContext
  /** The deck HTML as built (with speaker notes: for the presenter only). */
  deckHtml: string
  /** Files the audience may fetch, by URL path relative to the story folder (`img/team.jpg`) or the site root (`assets/reveal.1a2b3c4d.js`). */
  storyFiles: Map<string, Uint8Array>
  sharedFiles: Map<string, Uint8Array>
  /** The story file with its messages (warnings to show). */
  file: VFile
  /** The story's other language versions (its source and the source's other versions) that built; empty for a story without versions. */
  versions: TalkVersion[]
}

/** Another language version of the talk's story, for the audience's reading view. */
export interface TalkVersion {
  story: Story
  context: RenderContext
  /** Its images, by path relative to its own output folder (`img/team.jpg`). */
  storyFiles: Map<string, Uint8Array>
}

/** Result of {@link buildTalk}: the talk, or the files whose messages say why not. */
export type TalkResult =
  | { ok: true; talk: BuiltTalk; files: VFile[] }
  | { ok: false; files: VFile[]; missing: string[] }

/**
 * Build one story of the project for a live talk, with its language
 * versions (a version that fails to build is left out; its messages are for
 * `storydeck check`).
 *
 * @param root the project folder.
 * @param input the story file, relative to `root`.
 * @param messages the language of its messages, when asked for (default: the story's).
 */
export async function buildTalk(root: string, input: string, messages?: Lang): Promise<TalkResult> {
  const own = path.relative(root, path.resolve(root, input)).split(path.sep).join('/')
  const members = familyLookup(root)(own).filter((member) => member !== own)
  const result = await buildProject({ root, inputs: [input, ...members], spelling: false, messages })
  const build = result.builds.find((each) => projectPathOf(each.file) === own)
  const files = [...(result.configFile ? [result.configFile] : []), ...(build ? [build.file] : [])]
  if (build === undefined || build.failed || !build.story || !build.context)
    return { ok: false, files, missing: result.missing }
  const deck = build.outputs.find((output) => output.path === `${build.story?.slug}/index.html`)
  const deckHtml = deck === undefined ? '' : String(deck.contents)
  const sharedFiles = new Map<string, Uint8Array>()
  for (const output of [...result.shared, ...build.outputs])
    if (output.path.startsWith('assets/')) sharedFiles.set(output.path, bytesOf(output.contents))
  const versions: TalkVersion[] = []
  for (const other of result.builds)
    if (other !== build && !other.failed && other.story && other.context && other.context.family !== undefined)
      versions.push({
        story: other.story,
        context: other.context,
        storyFiles: publicFiles(other.outputs, other.story.slug),
      })
  return {
    ok: true,
    files,
    talk: {
      story: build.story,
      context: build.context,
      deckHtml,
      storyFiles: publicFiles(build.outputs, build.story.slug),
      sharedFiles,
      file: build.file,
      versions,
    },
  }
}

/** A story's outputs the audience may fetch, by path relative to its folder (a version's own folder, not its source's). */
function publicFiles(outputs: readonly OutputFile[], slug: string): Map<string, Uint8Array> {
  const prefix = `${slug}/`
  const found = new Map<string, Uint8Array>()
  for (const output of outputs) {
    if (!output.path.startsWith(prefix)) continue
    const name = output.path.slice(prefix.length)
    if (PUBLIC_EXTENSIONS.has(path.extname(name).toLowerCase())) found.set(name, bytesOf(output.contents))
  }
  return found
}

function bytesOf(contents: string | Uint8Array): Uint8Array {
  return typeof contents === 'string' ? new TextEncoder().encode(contents) : contents
}
