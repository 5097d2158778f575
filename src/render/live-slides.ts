/**
 * The reading view of each slide for the town hall audience page: the
 * deck's own view model (so the words match the deck exactly) printed as
 * plain, reflowing HTML, without the speaker notes. Pure.
 */
import Mustache from 'mustache'
import type { Story } from '../types.ts'
import type { RenderContext } from './context.ts'
import { deckView, type DeckView } from './deck-view.ts'

/*
 * Note: no `notesHtml` in this template: notes never reach the audience.
 * Headings start at h2 (the page's h1 is the story title). Only `…Html`
 * fields are printed raw; they come sanitised from `markdownToHtml`.
 */
const READING = `{{#titleSlide}}
{{#organisation}}<p class="kicker">{{organisation}}</p>{{/organisation}}
<h2>{{title}}</h2>
{{#subtitle}}<p class="subtitle">{{subtitle}}</p>{{/subtitle}}
{{#leadHtml}}<div class="lead">{{{leadHtml}}}</div>{{/leadHtml}}
{{#byline}}<p class="byline">{{byline}}</p>{{/byline}}
{{#date}}<p class="byline">{{date}}</p>{{/date}}
{{/titleSlide}}
{{#statement}}
<p class="kicker">{{kicker}}</p>
<div class="headline">{{{headlineHtml}}}</div>
{{/statement}}
{{#content}}
<p class="kicker">{{kicker}}</p>
{{#heading}}<h2>{{heading}}</h2>{{/heading}}
<div class="body">{{{bodyHtml}}}</div>
{{/content}}
{{#roles}}
<h2>{{kicker}}</h2>
{{#cards}}<section class="card"><h3>{{name}}</h3>{{{bodyHtml}}}</section>{{/cards}}
{{/roles}}
{{#timeline}}
<h2>{{kicker}}</h2>
<ol class="steps">{{#steps}}<li><h3>{{#time}}<span class="time">{{time}}</span> {{/time}}{{title}}</h3>{{{bodyHtml}}}</li>{{/steps}}</ol>
{{/timeline}}
{{#closing}}
{{#kicker}}<p class="kicker">{{kicker}}</p>{{/kicker}}
<h2>{{title}}</h2>
<dl class="spine">{{#columns}}<dt>{{label}}</dt><dd>{{headline}}</dd>{{/columns}}</dl>
{{#hasGlossary}}<h3>{{glossaryLabel}}</h3><dl class="glossary">{{#glossary}}<dt>{{term}}</dt><dd>{{meaning}}</dd>{{/glossary}}</dl>{{/hasGlossary}}
{{/closing}}`

/**
 * The reading-view HTML of every slide, in deck order (index = reveal.js's
 * horizontal slide index).
 *
 * @param view the deck's view model, when the caller has it already.
 * @returns one HTML fragment per slide, notes left out.
 */
export function readingSlides(story: Story, context: Readonly<RenderContext>, view?: DeckView): string[] {
  const slides = (view ?? deckView(story, context)).slides
  // Note: whole-slide headings promoted from deck h1 (title) to h2; images keep their alt text.
  return slides.map((slide) =>
    Mustache.render(READING, { ...slide, notesHtml: '', hasNotes: false }, {})
      .replace(/\n{2,}/g, '\n')
      .trim(),
  )
}
