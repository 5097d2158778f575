/**
 * The language a command that builds nothing (`themes`, `questions`) speaks
 * in: the one asked for (`--messages`, `STORYDECK_MESSAGES`, config
 * `messages`), else the one most of the project's stories are written in
 * (read from their frontmatter only), else English. Commands that build
 * take it from the build (`ProjectBuild.lang`).
 */
import { projectLang } from '../messages/lang.ts'
import { findStoryFiles, readConfig, readStory } from '../project/read.ts'
import type { Lang } from '../types.ts'
import type { Io } from './io.ts'

/** The language of the project's readers, for a command that builds no story. */
export async function readersLang(io: Readonly<Io>): Promise<Lang> {
  if (io.messages !== undefined) return io.messages
  const { config } = await readConfig(io.cwd)
  if (config.messages !== undefined) return config.messages
  const { files } = await findStoryFiles(['stories'], io.cwd)
  const stories = await Promise.all(files.map((file) => readStory(file, io.cwd).catch(() => undefined)))
  return projectLang(
    undefined,
    stories.filter((file) => file !== undefined),
  )
}
