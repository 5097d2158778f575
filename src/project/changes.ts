/**
 * "These files changed: what must be built again?" — one answer for the dev
 * server and the Vite plugin, from the same record of what each story read
 * (`reads.ts`) that `storydeck build`'s cache keeps.
 */
import path from 'node:path'
import { CONFIG_FILE } from './config.ts'
import { isInside } from './read.ts'
import type { StoryReads } from './reads.ts'

/** What a changed file means for a built project. */
export type Change =
  /** The config or a theme: every story, and the shared files. */
  | { kind: 'project' }
  /** A story file was created or deleted: the list of stories changes. */
  | { kind: 'stories' }
  /** One story file was edited. */
  | { kind: 'story'; file: string }
  /** Files the listed stories read (images, a brand logo) changed. */
  | { kind: 'readers'; files: string[] }

/** Options of {@link changeOf}. */
export interface ChangeContext {
  /** Absolute project folder. */
  root: string
  /** Absolute folder the stories are listed from. */
  storiesDir: string
  /** What each built story read, by its absolute file path. */
  reads: ReadonlyMap<string, StoryReads>
}

/**
 * What must be built again after `absolute` was created, changed or deleted;
 * undefined when it matters to no story (outside the project, a dotfile, a
 * file no story read).
 */
export function changeOf(
  absolute: string,
  event: 'create' | 'update' | 'delete',
  context: Readonly<ChangeContext>,
): Change | undefined {
  const { root } = context
  const relative = projectPath(root, absolute)
  if (!isInside(root, absolute) || relative.split('/').some((part) => part.startsWith('.'))) return undefined
  if (relative === CONFIG_FILE || relative.startsWith('themes/')) return { kind: 'project' }
  if (isStoryFile(absolute, context.storiesDir))
    return event === 'update' ? { kind: 'story', file: absolute } : { kind: 'stories' }
  const files = [...context.reads.entries()].filter(([, reads]) => reads.files.has(relative)).map(([file]) => file)
  return files.length === 0 ? undefined : { kind: 'readers', files }
}

/** Whether `absolute` is a story file of the stories folder (a `.md` file other than a README). */
export function isStoryFile(absolute: string, storiesDir: string): boolean {
  return (
    path.dirname(absolute) === storiesDir &&
    /\.md$/i.test(absolute) &&
    path.basename(absolute).toLowerCase() !== 'readme.md'
  )
}

/** `absolute` relative to the project, with posix separators (as stories name files). */
export function projectPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/')
}
