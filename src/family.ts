/**
 * A story's language family: the source `<name>.md` and its versions
 * `<name>.<lang>.md`. Checks that a version has a source in another language
 * and gives the renderers the links to the siblings. Reads only through the
 * build environment (the engine lists the files; a version reads its source
 * like any other project file, so the cache and the dev server see it).
 */
import path from 'node:path/posix'
import type { VFile } from 'vfile'
import type { BuildEnvironment } from './build-types.ts'
import { decodeStory } from './story/decode.ts'
import { parseStory } from './story/parse.ts'
import { story as says } from './messages/catalogue/story.ts'
import { say } from './messages/say.ts'
import { stemVersion } from './story/versions.ts'
import { type FamilyLink, LANGS, type Lang, type Story } from './types.ts'

export type { FamilyLink } from './types.ts'

/** What a story's build knows of its family. */
export interface Family {
  /** Every member with a usable language, the source first, then the versions in documentation order. */
  links: FamilyLink[]
  /** For a version: the source story, parsed (its own messages are not shown here). */
  source?: Story
  /** For a version: the source's file, for positions in messages. */
  sourceFile?: VFile
}

/**
 * Find the family of `story` and check it, reporting on `file`: a version
 * without a source, and a version in the source's own language.
 *
 * @returns undefined for a story without versions (its output stays as it always was).
 */
export async function findFamily(
  file: VFile,
  story: Story,
  env: Pick<BuildEnvironment, 'readFile' | 'family'>,
): Promise<Family | undefined> {
  const own = projectPathOf(file)
  const paths = env.family?.(own) ?? []
  const members = paths.map((each) => ({ path: each, stem: stemVersion(path.basename(each).replace(/\.md$/i, '')) }))
  const sourceEntry = members.find((member) => member.stem.kind === 'plain')
  const versionLangs = members.flatMap((member) => (member.stem.kind === 'version' ? [member.stem.lang] : []))
  if (story.version === undefined) {
    if (versionLangs.every((lang) => lang === story.meta.lang)) return undefined
    return { links: links(story, story.meta.lang, versionLangs) }
  }
  if (sourceEntry === undefined) {
    const name = path.basename(own).replace(/\.[A-Za-z]{2}\.md$/i, '.md')
    say(file, says.versionSource, { name, lang: story.version.lang }, { place: { line: 1, column: 1 } })
    return undefined
  }
  const read = await env.readFile(sourceEntry.path)
  if (!read.ok) return undefined
  const { sourceFile, source } = parseSource(read.bytes, sourceEntry.path)
  if (source === undefined) return { links: [] }
  if (source.meta.lang === story.meta.lang) {
    say(
      file,
      says.versionSameLang,
      { lang: story.meta.lang, source: sourceEntry.path },
      { place: { line: 1, column: 1 } },
    )
    return undefined
  }
  return { links: links(story, source.meta.lang, versionLangs), source, sourceFile }
}

/** The last source parsed: a source's versions are built one after another, so it is parsed once for all of them. */
let lastSource: { path: string; text: string; sourceFile: VFile; source: Story | undefined } | undefined

function parseSource(bytes: Uint8Array, sourcePath: string): { sourceFile: VFile; source: Story | undefined } {
  const sourceFile = decodeStory(bytes, sourcePath)
  const text = String(sourceFile.value)
  if (lastSource?.path === sourcePath && lastSource.text === text && sourceFile.messages.length === 0) return lastSource
  const source = sourceFile.messages.length === 0 ? parseStory(sourceFile) : undefined
  lastSource = { path: sourcePath, text, sourceFile, source }
  return lastSource
}

/** Links from `story` to each member: the source in `sourceLang`, the versions in `versionLangs`. */
function links(story: Story, sourceLang: Lang, versionLangs: readonly Lang[]): FamilyLink[] {
  const versions = LANGS.filter((lang) => lang !== sourceLang && versionLangs.includes(lang))
  const inVersion = story.version !== undefined
  return [
    { lang: sourceLang, href: inVersion ? '../' : './', current: !inVersion },
    ...versions.map((lang) => ({
      lang,
      href: inVersion ? `../${lang}/` : `${lang}/`,
      current: inVersion && story.meta.lang === lang,
    })),
  ]
}

/** The story file's path relative to the project (posix separators). */
export function projectPathOf(file: VFile): string {
  // Note: resolve against the file's own cwd; posix `relative` alone would resolve a relative path against process.cwd().
  return (file.path ? path.relative(file.cwd, path.resolve(file.cwd, file.path)) : '').split('\\').join('/')
}
