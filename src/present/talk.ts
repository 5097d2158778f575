/**
 * The one adapter between town hall live and the project build: builds one
 * story with the existing core and hands back what the server needs. Only
 * this file knows how a project is read and built (re-point it when the
 * project side moves).
 */
import path from 'node:path'
import type { VFile } from 'vfile'
import { buildProject } from '../project/build.ts'
import type { RenderContext } from '../render/context.ts'
import type { Story } from '../types.ts'

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
}

/** Result of {@link buildTalk}: the talk, or the files whose messages say why not. */
export type TalkResult =
  | { ok: true; talk: BuiltTalk; files: VFile[] }
  | { ok: false; files: VFile[]; missing: string[] }

/**
 * Build one story of the project for a live talk.
 *
 * @param root the project folder.
 * @param input the story file, relative to `root`.
 */
export async function buildTalk(root: string, input: string): Promise<TalkResult> {
  const result = await buildProject({ root, inputs: [input], spelling: false })
  const files = [...(result.configFile ? [result.configFile] : []), ...result.builds.map((build) => build.file)]
  const build = result.builds[0]
  if (result.builds.length !== 1 || build === undefined || build.failed || !build.story || !build.context)
    return { ok: false, files, missing: result.missing }
  const prefix = `${build.story.slug}/`
  const storyFiles = new Map<string, Uint8Array>()
  let deckHtml = ''
  for (const output of build.outputs) {
    if (!output.path.startsWith(prefix)) continue
    const name = output.path.slice(prefix.length)
    if (name === 'index.html') deckHtml = String(output.contents)
    else if (PUBLIC_EXTENSIONS.has(path.extname(name).toLowerCase())) storyFiles.set(name, bytesOf(output.contents))
  }
  const sharedFiles = new Map<string, Uint8Array>()
  for (const output of [...result.shared, ...build.outputs])
    if (output.path.startsWith('assets/')) sharedFiles.set(output.path, bytesOf(output.contents))
  return {
    ok: true,
    files,
    talk: { story: build.story, context: build.context, deckHtml, storyFiles, sharedFiles, file: build.file },
  }
}

function bytesOf(contents: string | Uint8Array): Uint8Array {
  return typeof contents === 'string' ? new TextEncoder().encode(contents) : contents
}
