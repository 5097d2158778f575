/**
 * What a renderer gets besides the story: the theme, where images and shared
 * assets are, and the project's HTML policy. Plain data.
 */
import type { Theme } from '../themes/theme.ts'
import type { FamilyLink } from '../types.ts'
import type { RenderBrand } from './brand-view.ts'

/** Input of `renderDeck` and `renderPoster`. */
export interface RenderContext {
  theme: Theme
  /** Image URL as written in the story -> URL relative to the story's output folder. */
  images: ReadonlyMap<string, string>
  /** Shared asset key (e.g. `reveal.js`) -> URL relative to the story's output folder. */
  assets: Readonly<Record<string, string>>
  /** Pass raw HTML through (sanitised) instead of showing it as text. `buildStory` loads the HTML parser this needs; callers of `renderDeck`/`renderPoster` await `loadRawHtml()` first. */
  html: boolean
  /**
   * CSP hash sources (`sha256-…`) of inline scripts the shared assets create
   * at run time (reveal.js's speaker view); allowed by the deck's policy.
   */
  scriptHashes?: readonly string[]
  /**
   * Branding resolved by the build (project and story brand, contrast-adjusted
   * colours, copied logo, brand font). Default: the story's own brand colours
   * and its logo when `images` has it.
   */
  brand?: RenderBrand
  /** The story's language family (source and versions), when it has versions; absent for a story without versions. */
  family?: readonly FamilyLink[]
  /**
   * Link previews for the published site (`storydeck publish`): the deck and
   * poster carry Open Graph and Twitter-card tags pointing at the story's
   * preview picture. Default: none (a presenter's build has no previews).
   * `page` is ignored: each renderer knows its own page.
   */
  social?: Omit<SocialInfo, 'page'>
}

/** What the published pages say about themselves in link previews. */
export interface SocialInfo {
  /** Address of the published folder, ending in `/` (config `site.url`); relative links without it. */
  siteUrl?: string
  /** Where the page is, relative to the site folder, e.g. `harbour/index.html` or `index.html`. */
  page: string
  /** Where the preview picture is, relative to the site folder, e.g. `harbour/preview.png`; none without. */
  image?: string
  /** Width and height of the preview picture, in pixels. */
  imageSize?: { width: number; height: number }
  /** Text the picture shows, for screen readers (`og:image:alt`). */
  imageAlt?: string
}
