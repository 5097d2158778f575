/**
 * The Theme model: a theme folder's manifest, templates and CSS, loaded once
 * and frozen. Renderers take a Theme, never a path.
 */

/** Colours a theme declares in `theme.json` (`#rrggbb`). */
export interface ThemeColours {
  background: string
  text: string
  primary: string
  accent: string
  muted: string
  surface: string
}

/** `theme.json`. */
export interface ThemeManifest {
  name: string
  description: string
  colours: ThemeColours
  fonts: { body: string; heading: string }
  /** Where the brand logo goes on slides. */
  logo: { placement: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right' }
}

/** A loaded theme. */
export interface Theme {
  /** Folder name under `themes/`. */
  name: string
  manifest: ThemeManifest
  templates: { deck: string; poster: string }
  css: { deck: string; poster: string }
}
