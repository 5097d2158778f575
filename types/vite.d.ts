/**
 * Types of `storydeck/vite` (hand-written; `tests/vite/types.test.ts` keeps
 * them equal to `src/vite/options.ts` and `src/vite/plugin.ts`).
 */
import type { Plugin } from 'vite'

/** Options of `storydeck()`. */
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
  messages?: 'en' | 'da' | 'nb' | 'nn' | 'sv' | 'de'
}

/**
 * Create the storydeck Vite plugin: serves every story's deck
 * (`/<slug>/`), poster (`/<slug>/poster.html`) and the story index (`/`) in
 * dev with live reload and Vite's error overlay; emits the same files as
 * `storydeck build` in `vite build`.
 *
 * @throws TypeError naming the option when an option is wrong.
 */
export declare function storydeck(options?: Readonly<Options> | null): Plugin
export default storydeck
