/**
 * Story -> the reveal.js deck (`<slug>/index.html`), rendered through the
 * theme's logic-less `deck.mustache`. Pure.
 */
import Mustache from 'mustache'
import type { Story } from '../types.ts'
import type { RenderContext } from './context.ts'
import { deckView } from './deck-view.ts'

/**
 * Render a story's deck.
 *
 * @param story the parsed story.
 * @param context theme, image and asset URLs (relative to the story's output folder).
 * @param view the view model, when the caller has it already (the handout shares it).
 * @returns the complete HTML document.
 */
export function renderDeck(story: Story, context: Readonly<RenderContext>, view = deckView(story, context)): string {
  // Note: no partials and no lambdas in the view, so story text that looks like
  // `{{ … }}` is printed literally and never rendered as a template.
  return Mustache.render(context.theme.templates.deck, view, {})
}
