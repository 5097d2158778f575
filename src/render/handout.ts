/**
 * Story -> the handout (`handout.html`, printed to `handout.pdf`): A4 pages
 * of slides drawn from the deck's slide plan, each beside its speaker notes
 * or beside ruled lines to write on, up to three to a page (see
 * `handout-plan.ts`), for people who could not attend. Pure; the HTML is
 * built with `html-string.ts`, so story text is always escaped, and the only
 * HTML fragments are the deck view's sanitised `…Html` fields.
 */
import { labelsFor } from '../i18n/labels.ts'
import { siteLabelsFor } from '../i18n/site-labels.ts'
import type { Story } from '../types.ts'
import type { RenderContext } from './context.ts'
import { staticPolicy } from './csp.ts'
import { roleGridColumns } from './deck-plan.ts'
import { deckView, type SlideView } from './deck-view.ts'
import { familyView } from './family-view.ts'
import { planHandout } from './handout-plan.ts'
import { HANDOUT_CSS } from './handout-style.ts'
import { type Html, documentHtml, el, raw } from './html-string.ts'

/**
 * Render a story's handout.
 *
 * @param context the deck's render context (image URLs relative to the story's folder).
 * @param view the deck's view model, when the caller has it already (it is not changed).
 * @returns the complete HTML document, to print at its CSS page size (A4 portrait); its pages are {@link planHandout}'s.
 */
export function renderHandout(story: Story, context: Readonly<RenderContext>, view = deckView(story, context)): string {
  const labels = labelsFor(story.meta.lang)
  const total = view.slides.length
  const plan = planHandout(view.slides.map((slide) => (slide.hasNotes ? stripTags(slide.notesHtml).length : 0)))
  const pages = plan.map((rows, index) =>
    el('article.page', [
      el('header.page-head', [el('span', story.meta.title), el('span', `${index + 1} / ${plan.length}`)]),
      el(
        'div.rows',
        rows.map((row) => {
          const slide = view.slides[row.slide] as SlideView
          const number = el('span.number', `${row.slide + 1} / ${total}`)
          return el('section.row', { className: [`is-${row.layout}`, `rows-${row.rows}`] }, [
            el('div.slide', { className: [`kind-${slide.kind}`, density(slide)] }, [
              el('div.canvas', slideContent(slide)),
            ]),
            slide.hasNotes
              ? el('div.notes', { className: [row.layout === 'stacked' ? notesSize(slide.notesHtml) : 'is-short'] }, [
                  el('h2', [labels.notes, ' ', number]),
                  raw(slide.notesHtml),
                ])
              : el('div.write', [number]),
          ])
        }),
      ),
    ]),
  )
  const page = el('html', { lang: view.lang, style: view.themeStyle }, [
    el('head', [
      el('meta', { charset: 'utf-8' }),
      el('meta', { httpEquiv: 'Content-Security-Policy', content: staticPolicy() }),
      el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      el('meta', { name: 'generator', content: 'storydeck' }),
      // Note: without notes (a published handout) it is a handout to read, not the speaker's notes.
      el(
        'title',
        `${view.documentTitle} · ${view.slides.some((slide) => slide.hasNotes) ? labels.notes : siteLabelsFor(story.meta.lang).handout}`,
      ),
      ...familyView(story, context, 'handout.html').alternates.map((alternate) =>
        el('link', { rel: 'alternate', hrefLang: alternate.hreflang, href: alternate.href }),
      ),
      el('style', HANDOUT_CSS),
    ]),
    el('body', pages),
  ])
  return `${documentHtml(page)}\n`
}

/** The slide's words and shapes, as the deck shows them (without reveal.js). */
function slideContent(slide: SlideView): Html[] {
  const kicker = (text: string): Html[] => (text === '' ? [] : [el('p.kicker', text)])
  if (slide.titleSlide) {
    const view = slide.titleSlide
    return [
      ...(view.logo ? [el('img.logo', { src: view.logo, alt: '' })] : []),
      ...kicker(view.organisation),
      el('h1.title', view.title),
      ...(view.subtitle ? [el('p.subtitle', view.subtitle)] : []),
      ...(view.leadHtml ? [el('div.lead', [raw(view.leadHtml)])] : []),
      el('p.byline', [view.byline, view.date].filter(Boolean).join(' · ')),
    ]
  }
  if (slide.statement) {
    const view = slide.statement
    return [
      el(
        'ol.trail',
        view.trail.map((step) => el('li', { className: step.className ? [step.className] : [] }, step.label)),
      ),
      ...kicker(view.kicker),
      el('div.headline', [raw(view.headlineHtml)]),
    ]
  }
  if (slide.content) {
    const view = slide.content
    return [
      ...kicker(view.kicker),
      ...(view.heading ? [el('h2', view.heading)] : []),
      el('div.body', [raw(view.bodyHtml)]),
    ]
  }
  if (slide.roles) {
    const view = slide.roles
    return [
      ...kicker(view.kicker),
      el(
        'ul.cards',
        { className: [`cols-${roleGridColumns(view.cards.length)}`] },
        view.cards.map((card) => el('li.card', [el('h3', card.name), raw(card.bodyHtml)])),
      ),
    ]
  }
  if (slide.timeline) {
    const view = slide.timeline
    return [
      ...kicker(view.kicker),
      el(
        'ol.steps',
        view.steps.map((step) => el('li.step', [el('p.time', step.time), el('h3', step.title), raw(step.bodyHtml)])),
      ),
    ]
  }
  if (slide.closing) {
    const view = slide.closing
    return [
      ...kicker(view.kicker),
      el('h2', view.title),
      el(
        'ol.spine',
        view.columns.map((column) => el('li', [el('p.label', column.label), el('p.words', column.headline)])),
      ),
      ...(view.hasGlossary
        ? [
            el('p.glossary', [
              el('strong', `${view.glossaryLabel}: `),
              view.glossary.map((entry) => `${entry.term} — ${entry.meaning}`).join(' · '),
            ]),
          ]
        : []),
    ]
  }
  return []
}

/** Columns of the role grid, as on the deck: up to three in a row, four as two by two. */
/** A smaller type size for slides with much text, so the slide fits its box. */
function density(slide: SlideView): string {
  const length = stripTags(
    JSON.stringify([slide.content, slide.roles, slide.timeline, slide.statement, slide.closing, slide.titleSlide]),
  ).length
  if (length > 1400) return 'is-very-dense'
  if (length > 700) return 'is-dense'
  return 'is-roomy'
}

/** Long notes get a smaller size so every slide keeps to one page. */
function notesSize(html: string): string {
  const length = stripTags(html).length
  if (length > 3800) return 'is-very-long'
  if (length > 2200) return 'is-long'
  return 'is-short'
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '')
}
