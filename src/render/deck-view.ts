/**
 * Story + render context -> the plain object the deck template prints.
 * Every string, class and flag is computed here so `deck.mustache` only
 * prints and loops. Story text stays text (the template escapes it with
 * `{{ }}`); the only HTML fields (`…Html`) come from `markdownToHtml`, which
 * sanitises them.
 */
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { formatDate, labelsFor, type Labels } from '../i18n/labels.ts'
import type { SectionKind, Slide, SpineKind, Story } from '../types.ts'
import { ASSET_KEYS, themeAssetKey } from './assets.ts'
import type { RenderContext } from './context.ts'
import { deckPolicy } from './csp.ts'
import { planDeck, roleGridColumns, slideLabel, type NoteGroup, type SlidePlan } from './deck-plan.ts'
import { familyView, slidePlaces, type FamilyView } from './family-view.ts'
import { markdownToHtml } from './markdown.ts'
import { fontFaceCss, renderBrand } from './brand-view.ts'
import { storySocialTags, type SocialTag } from './social.ts'
import { themeStyle } from './theme-style.ts'

/** What `deck.mustache` prints. */
export interface DeckView {
  lang: string
  /** `<title>`: story title and organisation. */
  documentTitle: string
  /** Content-Security-Policy for the meta tag. */
  csp: string
  /** CSS custom properties for the `<html style>` attribute (theme and brand colours, fonts). */
  themeStyle: string
  /** `@font-face` rules of the brand font for a `<style>` element; empty when there is none. */
  fontCss: string
  stylesheets: string[]
  scripts: string[]
  /** Link-preview `<meta>` tags (published site only; empty otherwise). */
  social: SocialTag[]
  slides: SlideView[]
  /** The story's language versions (links, menu); empty lists without versions. */
  family: FamilyView
}

/** One `<section>`: exactly one of the kind objects is set, the others are `false`. */
export interface SlideView {
  kind: SlidePlan['type']
  /** `<section>.<position>` (see `slidePlaces`), only when the story has language versions; else empty. */
  place: string
  className: string
  hasNotes: boolean
  notesHtml: string
  titleSlide: TitleView | false
  statement: StatementView | false
  content: ContentView | false
  roles: RolesView | false
  timeline: TimelineView | false
  closing: ClosingView | false
}

export interface TitleView {
  organisation: string
  title: string
  subtitle: string
  leadHtml: string
  byline: string
  date: string
  logo: string
  /** `logo logo-top-right` etc., from the theme's logo placement. */
  logoClass: string
}

export interface StatementView {
  kicker: string
  headlineHtml: string
  trail: { label: string; className: string }[]
}

export interface ContentView {
  kicker: string
  heading: string
  bodyHtml: string
}

export interface RolesView {
  kicker: string
  gridClass: string
  cards: { name: string; bodyHtml: string }[]
}

export interface TimelineView {
  kicker: string
  listClass: string
  steps: { time: string; title: string; bodyHtml: string }[]
}

export interface ClosingView {
  kicker: string
  title: string
  columns: { label: string; headline: string; className: string }[]
  glossaryLabel: string
  hasGlossary: boolean
  glossary: { term: string; meaning: string }[]
  logo: string
  logoClass: string
}

const SPINE: readonly SpineKind[] = ['from', 'to', 'because']

interface LogoView {
  url: string
  className: string
}

/** Build the deck's view model. */
export function deckView(story: Story, context: Readonly<RenderContext>): DeckView {
  const labels = labelsFor(story.meta.lang)
  const html = (nodes: readonly RootContent[]): string =>
    markdownToHtml(nodes, { images: context.images, html: context.html })
  const brand = renderBrand(story, context)
  const logo = { url: brand.logo, className: `logo logo-${context.theme.manifest.logo.placement}` }
  const asset = (key: string): string[] => {
    const url = context.assets[key]
    return url === undefined ? [] : [url]
  }
  const plans = planDeck(story)
  const places = context.family === undefined ? [] : slidePlaces(story, plans)
  // biome-ignore lint/suspicious/useIterableCallbackReturn: each case of the exhaustive switch returns
  const slides = plans.map((plan, index): SlideView => {
    const notesHtml = notesToHtml(plan.notes, html)
    const base: SlideView = {
      kind: plan.type,
      place: places[index] ?? '',
      className: `slide-${plan.type}`,
      hasNotes: notesHtml !== '',
      notesHtml,
      titleSlide: false,
      statement: false,
      content: false,
      roles: false,
      timeline: false,
      closing: false,
    }
    switch (plan.type) {
      case 'title':
        return {
          ...base,
          className: story.meta.title.length > 48 ? 'slide-title is-long-title' : 'slide-title',
          titleSlide: titleView(story, html, logo),
        }
      case 'statement':
        return {
          ...base,
          className: `slide-statement is-${plan.spine}`,
          statement: {
            kicker: labels.kinds[plan.spine],
            headlineHtml: plan.section.headline ? html([plan.section.headline.node]) : '',
            trail: SPINE.map((kind) => ({
              label: labels.kinds[kind],
              className: kind === plan.spine ? 'is-current' : '',
            })),
          },
        }
      case 'content': {
        const { section, slide } = plan
        const kicker = section.kind === 'chapter' ? section.title : labels.kinds[section.kind]
        const heading = slideLabel(slide)
        return {
          ...base,
          className: ['slide-content', `is-${section.kind}`, contentShape(section.kind, slide, heading)].join(' '),
          content: { kicker, heading, bodyHtml: html(slide.body) },
        }
      }
      case 'roles':
        return {
          ...base,
          roles: {
            kicker: labels.kinds.roles,
            gridClass: `cards cards-${roleGridColumns(plan.slides.length)}`,
            cards: plan.slides.map((slide) => ({ name: slideLabel(slide), bodyHtml: html(slide.body) })),
          },
        }
      case 'timeline':
        return {
          ...base,
          timeline: {
            kicker: labels.kinds.steps,
            listClass: `timeline steps-${plan.slides.length}`,
            steps: plan.slides.map((slide) => ({
              time: slide.time ?? '',
              title: slide.title ?? '',
              bodyHtml: html(slide.body),
            })),
          },
        }
      case 'closing':
        return { ...base, closing: closingView(story, labels, logo) }
    }
  })
  return {
    lang: story.meta.lang,
    documentTitle: [story.meta.title, story.meta.organisation].filter(Boolean).join(' · '),
    csp: deckPolicy(context.scriptHashes ?? []),
    themeStyle: themeStyle(context.theme, brand),
    fontCss: fontFaceCss(brand),
    stylesheets: [...asset(ASSET_KEYS.revealCss), ...asset(themeAssetKey(context.theme.name, 'deck.css'))],
    scripts: [...asset(ASSET_KEYS.revealJs), ...asset(ASSET_KEYS.notesJs), ...asset(ASSET_KEYS.deckJs)],
    social: storySocialTags(story, context, 'index.html'),
    slides,
    family: familyView(story, context, 'index.html'),
  }
}

function titleView(story: Story, html: (nodes: readonly RootContent[]) => string, logo: LogoView): TitleView {
  const { meta } = story
  return {
    organisation: meta.organisation ?? '',
    title: meta.title,
    subtitle: meta.subtitle ?? '',
    leadHtml: html(story.lead),
    byline: [meta.author, meta.role].filter(Boolean).join(', '),
    date: meta.date === undefined ? '' : formatDate(meta.date, meta.lang),
    logo: logo.url,
    logoClass: logo.className,
  }
}

function closingView(story: Story, labels: Labels, logo: LogoView): ClosingView {
  const glossary = Object.entries(story.meta.glossary).map(([term, meaning]) => ({ term, meaning }))
  return {
    kicker: story.meta.organisation ?? '',
    title: story.meta.title,
    columns: SPINE.flatMap((kind) => {
      const headline = story.spine[kind]?.headline
      return headline ? [{ label: labels.kinds[kind], headline: headline.text, className: `is-${kind}` }] : []
    }),
    glossaryLabel: labels.glossary,
    hasGlossary: glossary.length > 0,
    glossary,
    logo: logo.url,
    logoClass: logo.className,
  }
}

/** A class that lets the theme set a short paragraph large or a lone list as a checklist. */
function contentShape(kind: SectionKind, slide: Slide, heading: string): string {
  const [first, ...rest] = slide.body
  if (kind === 'questions') return 'shape-questions'
  if (slide.body.some(hasImage)) return 'shape-media'
  if (first?.type === 'list' && rest.length === 0) return 'shape-list'
  const text = slide.body.reduce((sum, node) => sum + toString(node).length, 0)
  const paragraphs = slide.body.every((node) => node.type === 'paragraph')
  if (heading === '' && paragraphs && slide.body.length <= 2 && text <= 240) return 'shape-statement'
  return 'shape-text'
}

function hasImage(node: RootContent): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true
  return 'children' in node && (node.children as RootContent[]).some(hasImage)
}

/** Notes as HTML: labelled groups get the label as a bold first line. */
function notesToHtml(groups: readonly NoteGroup[], html: (nodes: readonly RootContent[]) => string): string {
  return groups
    .map((group) =>
      html([
        ...(group.label
          ? [
              {
                type: 'paragraph' as const,
                children: [{ type: 'strong' as const, children: [{ type: 'text' as const, value: group.label }] }],
              },
            ]
          : []),
        ...group.nodes,
      ]),
    )
    .join('\n')
}
