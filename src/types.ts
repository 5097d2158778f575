/**
 * Shared public types of storydeck: the story model that the parser builds
 * and the renderers and the coach read.
 */
import type { Heading, Paragraph, RootContent } from 'mdast'
import type { Position } from 'unist'

/** Languages a story can be written in. */
export type Lang = 'en' | 'da' | 'nb' | 'nn' | 'sv' | 'de'

/** Every supported language, in documentation order. */
export const LANGS: readonly Lang[] = Object.freeze(['en', 'da', 'nb', 'nn', 'sv', 'de'])

/** Paper sizes the poster prints on. */
export type PaperSize = 'A4' | 'A3' | 'A2' | 'letter' | 'tabloid'

/** Poster orientation. */
export type Orientation = 'portrait' | 'landscape'

/** Severity a lint rule can be switched to; `hint` is the lowest (`info` is its older spelling, still accepted). */
export type RuleSetting = 'off' | 'hint' | 'info' | 'warn' | 'error'

/** Section kinds; `chapter` is any heading that is not a known kind. */
export type SectionKind =
  | 'from'
  | 'to'
  | 'because'
  | 'purpose'
  | 'picture'
  | 'customers'
  | 'roles'
  | 'steps'
  | 'questions'
  | 'chapter'

/** The three required parts of every story. */
export type SpineKind = 'from' | 'to' | 'because'

/** Corporate branding (frontmatter `brand:` or project config). */
export interface Brand {
  /** Project-relative path of an SVG or PNG logo, as written by the author. */
  logo?: string
  /** Primary colour, `#rrggbb`. */
  primary?: string
  /** Accent colour, `#rrggbb`. */
  accent?: string
  /** Name of an installed `@fontsource/<name>` package. */
  font?: string
}

/** Poster settings from the frontmatter. */
export interface PosterMeta {
  size: PaperSize
  orientation: Orientation
  /** Absolute http(s) URL printed as text and QR code. */
  link?: string
}

/** What `storydeck publish` may put on the intranet (frontmatter `publish:` or project config). */
export interface PublishMeta {
  /** Publish the speaker notes too. Default `false`: the published deck, story.json, handout and PowerPoint have none. */
  notes?: boolean
}

/** Validated frontmatter with defaults applied. */
export interface StoryMeta {
  title: string
  subtitle?: string
  organisation?: string
  author?: string
  role?: string
  /** ISO date `YYYY-MM-DD`, checked to exist. */
  date?: string
  lang: Lang
  /** Theme folder name under `themes/`; absent means the project default. */
  theme?: string
  poster: PosterMeta
  /** Abbreviation -> explanation. */
  glossary: Readonly<Record<string, string>>
  /** Rule id -> setting, for this story. */
  lint: Readonly<Record<string, RuleSetting>>
  brand?: Brand
  /**
   * A language version's `source-fingerprint`: the structure and numbers of
   * its source when the version was last brought in step (written by
   * `storydeck translations sync`).
   */
  sourceFingerprint?: string
  /** `draft: true`: built for the author, never published (`storydeck publish` leaves it out). */
  draft?: boolean
  /** Story-level publish settings (win over the project config's). */
  publish?: PublishMeta
  /** Words of this story that the spelling rule accepts (names, product words). */
  words?: readonly string[]
}

/** One slide's worth of Markdown inside a section. */
export interface Slide {
  /** Text of the `##` heading that opened this slide, if any. */
  title?: string
  /** The `##` heading node itself. */
  heading?: Heading
  /** Steps: the time marker before the dash (`2027`, `Q1 2027`). */
  time?: string
  /** Visible content (notes excluded, the `##` heading excluded). */
  body: RootContent[]
  /** Speaker notes, with the `Note:` prefix removed. */
  notes: RootContent[]
  /** Where the slide starts and ends in the file. */
  position: Position
}

/** The first paragraph of a spine section: the words that go big. */
export interface Headline {
  /** Plain text of the paragraph. */
  text: string
  node: Paragraph
  /** Notes that directly follow the headline. */
  notes: RootContent[]
}

/** A `#` section of the story. */
export interface Section {
  kind: SectionKind
  /** Heading text as written by the author. */
  title: string
  heading: Heading
  /** from/to/because: the headline paragraph. */
  headline?: Headline
  /**
   * Slides of the section, in order. For spine kinds the headline is not part
   * of `slides[0].body`. Slides with neither body nor notes are dropped.
   */
  slides: Slide[]
  position: Position
}

/** A question to discuss, from the `questions` section's lists. */
export interface Question {
  text: string
  /** The list item's content as Markdown nodes. */
  children: RootContent[]
  position: Position
}

/** An image referenced by the story. */
export interface ImageRef {
  /** URL as written. */
  url: string
  alt: string
  position: Position
}

/** A parsed story. */
export interface Story {
  /** File name without `.md`; output folder name. */
  slug: string
  meta: StoryMeta
  /** Text before the first `#` heading (notes excluded). */
  lead: RootContent[]
  /** Speaker notes in the lead: they belong to the title slide. */
  leadNotes: RootContent[]
  /** Sections in document order (duplicates of non-spine kinds merged). */
  sections: Section[]
  /** Shortcuts to the spine sections (absent when missing: an error is reported). */
  spine: Partial<Record<SpineKind, Section>>
  questions: Question[]
  images: ImageRef[]
  /**
   * Set for a language version (`<name>.<lang>.md`): the source's slug and
   * this version's language. The slug is then `<name>/<lang>`.
   */
  version?: { name: string; lang: Lang }
}

/** What the index and the CLI need of a story that was not rebuilt. */
export interface CachedStory {
  slug: string
  meta: Pick<StoryMeta, 'lang' | 'title' | 'organisation' | 'subtitle' | 'author' | 'date'>
  /** The spine's headlines, for the story index's filter and summary. */
  headlines?: { from?: string; to?: string; because?: string }
  /** Output paths (relative to the output folder) the earlier build wrote. */
  paths: string[]
}

/** Project-wide settings; every field is optional. */
export interface ProjectConfig {
  /** Theme for stories that name none. Default `nordic`. */
  theme?: string
  /** Branding applied to every story (a story's own `brand:` wins per key). */
  brand?: Brand
  /** Rule switches for every story (a story's own `lint:` wins). */
  lint?: Readonly<Record<string, RuleSetting>>
  /** Pass raw HTML in stories through (sanitised). Default `false`: shown as text. */
  html?: boolean
  /** What `storydeck publish` may publish for every story (a story's own `publish:` wins). Default: no speaker notes. */
  publish?: PublishMeta
  /** Where the published site lives: `url` (absolute http(s), ending in `/`) makes link previews absolute. */
  site?: SiteConfig
  /** Abbreviations every story may use unexplained (`jargon/acronym`). Default none. */
  abbreviations?: readonly string[]
  /** Words every story may use, never flagged as misspelled (`spelling/unknown-word`). Default none. */
  words?: readonly string[]
  /** The language of every message, whatever each story's (`--messages` and `STORYDECK_MESSAGES` win). Default: each story's own. */
  messages?: Lang
}

/** `site` in the config. */
export interface SiteConfig {
  /** Web address of the published folder, e.g. `https://intranet.example.com/vision/`; always ends in `/`. */
  url?: string
  /** Abbreviations every story may use unexplained (`jargon/acronym`). Default none. */
  abbreviations?: readonly string[]
  /** Words every story may use, never flagged as misspelled (`spelling/unknown-word`). Default none. */
  words?: readonly string[]
}

/** Why a project file could not be read. */
export type ReadFailure = 'missing' | 'outside' | 'not-a-file'

/** Result of {@link readProjectFile}. */
export type ProjectFileResult = { ok: true; bytes: Uint8Array; path: string } | { ok: false; reason: ReadFailure }

/** One member of a family as a page links to it. */
export interface FamilyLink {
  lang: Lang
  /** The member's output folder relative to this story's folder, ending in `/` (`da/`, `../`, `../de/`). */
  href: string
  /** Whether this is the story being built. */
  current: boolean
}
