/**
 * storydeck's public API.
 */
export { buildStory, storyJson } from './build.ts'
export type { BuildEnvironment, OutputFile, StoryBuild } from './build.ts'
export { parseConfig } from './config.ts'
export type { ProjectConfig } from './config.ts'
export { buildProject } from './project.ts'
export type { ProjectBuild, ProjectOptions } from './project.ts'
export { decodeStory } from './story/decode.ts'
export { lintStory, RULES } from './lint/lint.ts'
export type { LintOptions, RuleInfo } from './lint/lint.ts'
export { parseStory, slugOf } from './story/parse.ts'
export { formatReport, exitCode } from './report.ts'
export { writeOutputs } from './write.ts'
export { run } from './cli/main.ts'
export type * from './types.ts'
export type { Theme, ThemeManifest } from './themes/theme.ts'
