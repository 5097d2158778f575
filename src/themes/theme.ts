/**
 * The Theme model: a theme folder's manifest, templates and CSS, loaded once
 * and frozen. Renderers take a Theme, never a path.
 */
import type { VFile } from 'vfile'
import type { PosterGeometry } from './poster-geometry.ts'

/** Colours a theme declares in `theme.json` (`#rrggbb`). */
export interface ThemeColours {
  /** Page and slide background. */
  background: string
  /** Body text. */
  text: string
  /** Titles, links, fills behind `onPrimary` text. */
  primary: string
  /** Kickers, markers, rules, time labels. */
  accent: string
  /** Secondary text: subtitles, bylines, labels. */
  muted: string
  /** Cards, tiles and panels on the background. */
  surface: string
  /** Text on a `primary` fill. */
  onPrimary: string
}

/** Names of the colours every theme declares, in a stable order. */
export const COLOUR_NAMES: readonly (keyof ThemeColours)[] = Object.freeze([
  'background',
  'text',
  'primary',
  'accent',
  'muted',
  'surface',
  'onPrimary',
])

/** Where the brand logo sits on the title and closing slides. */
export type LogoPlacement = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'

/** Logo placements a theme may choose. */
export const LOGO_PLACEMENTS: readonly LogoPlacement[] = Object.freeze([
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
])

/** `theme.json`, after validation and inheritance. */
export interface ThemeManifest {
  name: string
  description: string
  /** Folder name of the theme this one builds on, if any. */
  extends?: string
  colours: ThemeColours
  /** CSS font lists (system font stacks). */
  fonts: { body: string; heading: string }
  logo: { placement: LogoPlacement }
  /** The printed poster's sizes and spaces (`poster` in `theme.json`), in em of the body size. */
  poster: PosterGeometry
}

/** Files a theme folder may hold besides `theme.json`. */
export const THEME_FILES = Object.freeze(['deck.mustache', 'poster.mustache', 'deck.css', 'poster.css'] as const)

/** A loaded theme. */
export interface Theme {
  /** Folder name under `themes/`. */
  name: string
  manifest: ThemeManifest
  templates: { deck: string; poster: string }
  /** CSS; for a theme that extends another, the parent's CSS followed by its own. */
  css: { deck: string; poster: string }
}

/** A theme that exists but cannot be used; `file` is its `theme.json` with the messages. */
export class ThemeError extends Error {
  readonly file: VFile
  constructor(name: string, file: VFile) {
    super(
      `Theme \`${name}\` has errors:\n${file.messages
        .filter((m) => m.fatal === true)
        .map(String)
        .join('\n')}`,
    )
    this.name = 'ThemeError'
    this.file = file
  }
}
