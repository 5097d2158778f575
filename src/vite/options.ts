/**
 * Options of the storydeck Vite plugin, validated eagerly and resolved once
 * into a frozen object.
 */
import path from 'node:path'
import { LANGS, type Lang } from '../types.ts'

/** Options of `storydeck()` from `storydeck/vite`. */
export interface Options {
  /**
   * Project folder: holds the stories folder, the themes folder `themes/`
   * (searched before storydeck's own themes) and `storydeck.config.json`.
   * Nothing outside it is read or served. Relative paths resolve against
   * Vite's `root`. Default: Vite's `root`.
   */
  root?: string
  /** Stories folder, relative to the project folder. Default `stories`. */
  stories?: string
  /**
   * Theme for stories that name none, when `storydeck.config.json` names
   * none either. Default `nordic`.
   */
  theme?: string
  /**
   * The language of every message, the overlay and the coach badge (`en`,
   * `da`, `nb`, `nn`, `sv`, `de`). Default: the config's `messages`, else
   * each story's own language.
   */
  messages?: Lang
}

/** Options with defaults applied; `root` is still relative until Vite's root is known. */
export interface ResolvedOptions {
  readonly root: string | undefined
  readonly stories: string
  readonly theme: string | undefined
  readonly messages: Lang | undefined
}

const THEME_NAME = /^[a-z0-9][a-z0-9-]*$/

/**
 * Validate and resolve plugin options.
 *
 * @throws TypeError naming the option when a value is of the wrong kind.
 */
export function resolveOptions(options: Readonly<Options> | null | undefined): ResolvedOptions {
  if (options === null || options === undefined)
    return Object.freeze({ root: undefined, stories: 'stories', theme: undefined, messages: undefined })
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`storydeck(): expected an options object, got ${describe(options)}`)
  }
  const known = ['root', 'stories', 'theme', 'messages']
  for (const key of Object.keys(options)) {
    if (!known.includes(key))
      throw new TypeError(
        `storydeck(): unknown option \`${key}\`, expected one of ${known.map((k) => `\`${k}\``).join(', ')}`,
      )
  }
  const root = optionalString(options, 'root')
  const stories = optionalString(options, 'stories') ?? 'stories'
  const theme = optionalString(options, 'theme')
  if (path.isAbsolute(stories) || stories.split(/[\\/]/).includes('..')) {
    throw new TypeError(`storydeck(): option \`stories\` must be a folder inside the project, got \`${stories}\``)
  }
  if (theme !== undefined && !THEME_NAME.test(theme)) {
    throw new TypeError(
      `storydeck(): option \`theme\` must be a theme folder name such as \`nordic\`, got \`${theme}\``,
    )
  }
  const messages = optionalString(options, 'messages')
  if (messages !== undefined && !(LANGS as readonly string[]).includes(messages)) {
    throw new TypeError(
      `storydeck(): option \`messages\` must be one of ${LANGS.map((lang) => `\`${lang}\``).join(', ')}, got \`${messages}\``,
    )
  }
  return Object.freeze({ root, stories, theme, messages: messages as Lang | undefined })
}

function optionalString(options: Readonly<Options>, key: keyof Options): string | undefined {
  const value: unknown = options[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`storydeck(): option \`${key}\` must be a non-empty string, got ${describe(value)}`)
  }
  return value
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? `\`${JSON.stringify(value)}\`` : `a ${typeof value}`
}
