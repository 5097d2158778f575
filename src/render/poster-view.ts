/**
 * Story + fit + context -> the plain object `poster.mustache` prints.
 * Everything the template shows is computed here: story text stays text
 * (the template escapes it with `{{ }}`); Markdown becomes sanitised HTML
 * (printed with `{{{ }}}`).
 */
import type { RootContent } from 'mdast'
import { formatDate, labelsFor } from '../i18n/labels.ts'
import type { Story } from '../types.ts'
import { familyView, type AlternateView } from './family-view.ts'
import type { RenderContext } from './context.ts'
import { markdownToHtml } from './markdown.ts'
import type { PosterFit } from '../poster/fit.ts'
import type { PosterBlock, PosterParts } from '../poster/parts.ts'
import { qrSvg } from './qr.ts'
import { staticPolicy } from './csp.ts'
import { fontFaceCss, renderBrand, type RenderBrand } from './brand-view.ts'
import { storySocialTags, type SocialTag } from './social.ts'
import { themeStyle } from './theme-style.ts'
import { POSTER_KEYS, posterProperty, type PosterGeometry } from '../themes/poster-geometry.ts'

/** A titled piece: a role tile, a step, a slide of the picture. Empty strings mean "none". */
export interface PosterViewItem {
  title: string
  time: string
  html: string
}

/** A section the poster shows under a heading. */
export interface PosterViewBlock {
  id: string
  label: string
  kind: string
  introHtml: string
  items: PosterViewItem[]
}

/**
 * What `poster.mustache` prints. Note: every key is present (empty string,
 * false or null when there is nothing), because mustache looks a missing key
 * up in the enclosing object, which would print the poster's title as a
 * role's title.
 */
export interface PosterView {
  lang: string
  /** Document title: `Title · Organisation`. */
  documentTitle: string
  description: string
  /** Pre-rendered CSS: `@page`, the brand font's `@font-face` rules and the theme's poster CSS. */
  css: string
  /** Custom properties on the poster element: theme colours and fonts, the theme's poster geometry (`--sd-poster-*`), print sizes from the fitting model. */
  style: string
  /** Content-Security-Policy: no script at all. */
  /** Link-preview `<meta>` tags (published site only; empty otherwise). */
  social: SocialTag[]
  csp: string
  /** Whether print shows the first paragraph of each elaboration. */
  elaborations: boolean
  /** Whether print splits the sheet into two columns below the spine. */
  split: boolean
  organisation: string
  /** Brand logo URL (relative to the poster); empty when there is none. */
  logo: string
  title: string
  subtitle: string
  leadHtml: string
  spine: Array<{
    id: string
    kind: string
    label: string
    headlineHtml: string
    elaborationHtml: string
    last: boolean
  }>
  hasAbout: boolean
  about: PosterViewBlock[]
  roles: PosterViewBlock | null
  steps: PosterViewBlock | null
  hasTalkRow: boolean
  talk: { id: string; label: string; introHtml: string; questions: Array<{ html: string }> } | null
  glossary: { id: string; label: string; entries: Array<{ term: string; meaning: string }> } | null
  footer: {
    author: string
    role: string
    date: string
    dateIso: string
    link: string
    qr: string
    scanToOpen: string
    /** "Also in" and the other language versions, each named in itself; empty without versions. */
    alsoIn: string
    otherLanguages: Array<{ lang: string; name: string; href: string }>
  }
  /** `<link rel="alternate" hreflang>` to every language version (none without versions). */
  alternates: AlternateView[]
}

/** Build the poster's view model. */
export function posterView(story: Story, parts: PosterParts, fit: PosterFit, context: RenderContext): PosterView {
  const { meta } = story
  const labels = labelsFor(meta.lang)
  const html = (nodes: readonly RootContent[]): string =>
    nodes.length === 0
      ? ''
      : markdownToHtml(nodes, { images: context.images, html: context.html }).replaceAll(' loading="lazy"', '')

  const block = (source: PosterBlock, index: number): PosterViewBlock => {
    const [first, ...rest] = source.items
    const grouped = source.kind === 'roles' || source.kind === 'steps'
    const intro = grouped && first && first.title === undefined && first.time === undefined ? first : undefined
    return {
      id: `poster-${source.kind}-${index}`,
      label: source.label,
      kind: source.kind,
      introHtml: intro ? html(intro.nodes) : '',
      items: (intro ? rest : source.items).map((item) => ({
        title: item.title ?? '',
        time: item.time ?? '',
        html: html(item.nodes),
      })),
    }
  }

  const spine = parts.spine.map((part, index) => ({
    id: `poster-${part.kind}`,
    kind: part.kind,
    label: part.label,
    headlineHtml: part.headline ? html([part.headline]) : '',
    elaborationHtml: part.elaboration ? html([part.elaboration]) : '',
    last: index === parts.spine.length - 1,
  }))

  const link = meta.poster.link ?? ''
  const brand = renderBrand(story, context)
  const talk = parts.talk
  const family = familyView(story, context, 'poster.html')
  return {
    lang: meta.lang,
    documentTitle: meta.organisation ? `${meta.title} · ${meta.organisation}` : meta.title,
    description: story.spine.to?.headline?.text ?? meta.subtitle ?? meta.title,
    css: posterCss(fit, context, brand),
    style: posterStyle(fit, context, brand),
    csp: staticPolicy(),
    social: storySocialTags(story, context, 'poster.html'),
    elaborations: fit.elaborations,
    split: fit.split,
    organisation: meta.organisation ?? '',
    logo: brand.logo,
    title: meta.title,
    subtitle: meta.subtitle ?? '',
    leadHtml: html(parts.lead),
    spine,
    hasAbout: parts.about.length > 0,
    about: parts.about.map(block),
    roles: parts.roles ? block(parts.roles, 0) : null,
    steps: parts.steps ? block(parts.steps, 0) : null,
    hasTalkRow: talk !== undefined || parts.glossary.length > 0,
    talk: talk
      ? {
          id: 'poster-talk',
          label: talk.label,
          introHtml: html(talk.intro),
          questions: talk.questions.map((question) => ({ html: html(question.children) })),
        }
      : null,
    glossary:
      parts.glossary.length > 0 ? { id: 'poster-glossary', label: parts.glossaryLabel, entries: parts.glossary } : null,
    footer: {
      author: meta.author ?? '',
      role: meta.role ?? '',
      date: meta.date ? formatDate(meta.date, meta.lang) : '',
      dateIso: meta.date ?? '',
      link,
      qr: link ? qrSvg(link, { label: `${labels.scanToOpen}: ${link}` }) : '',
      scanToOpen: labels.scanToOpen,
      alsoIn: family.hasLanguages ? labels.alsoIn : '',
      otherLanguages: family.languages
        .filter((language) => !language.current)
        .map(({ lang, name, href }) => ({ lang, name, href })),
    },
    alternates: family.alternates,
  }
}

/** `@page` (the sheet from the fitting model, no margin), the brand font's `@font-face` rules, then the theme's poster CSS. */
function posterCss(fit: PosterFit, context: RenderContext, brand: RenderBrand): string {
  const mm = (pt: number) => `${(pt / (72 / 25.4)).toFixed(2)}mm`
  // Note: a theme's CSS is data from its folder; keep it from closing the `<style>` element.
  const fonts = fontFaceCss(brand)
  return `@page{size:${mm(fit.page.width)} ${mm(fit.page.height)};margin:0}\n${fonts ? `${fonts}\n` : ''}${context.theme.css.poster.replaceAll('</', '<\\/')}`
}

/**
 * Theme colours and fonts, the theme's poster geometry (`--sd-poster-*`, the
 * numbers the fitting model measured with), then the print sizes from the
 * fitting model, as custom properties.
 */
function posterStyle(fit: PosterFit, context: RenderContext, brand: RenderBrand): string {
  const { page, columns } = fit
  return [
    themeStyle(context.theme, brand),
    ...posterGeometryStyle(context.theme.manifest.poster),
    `--body:${fit.bodyPt}pt`,
    `--headline:${fit.headlineEm}em`,
    `--page-w:${page.width.toFixed(2)}pt`,
    `--page-h:${page.height.toFixed(2)}pt`,
    `--pad:${page.pad}pt`,
    `--qr:${page.qr}pt`,
    `--about-cols:${columns.about}`,
    `--role-cols:${columns.roles}`,
    `--step-cols:${columns.steps}`,
    `--question-cols:${columns.questions}`,
  ].join(';')
}

/**
 * A theme's poster geometry as custom property declarations
 * (`--sd-poster-band-gap:1.5`): unitless numbers in em of the body size,
 * which `poster.css` multiplies by `1em`.
 */
export function posterGeometryStyle(geometry: Readonly<PosterGeometry>): string[] {
  return POSTER_KEYS.map((key) => `${posterProperty(key)}:${geometry[key]}`)
}
