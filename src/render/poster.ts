/**
 * Story -> the one-page poster (`poster.html`): one self-contained HTML file
 * with inline CSS, no script, sized by the fitting model to print on exactly
 * one sheet. Pure.
 */
import Mustache from 'mustache'
import type { Story } from '../types.ts'
import type { RenderContext } from './context.ts'
import { posterFit } from '../poster/fit.ts'
import { posterParts } from '../poster/parts.ts'
import { posterView } from './poster-view.ts'
import { escapeHtml } from './escape.ts'

/**
 * Render a story's poster through the theme's `poster.mustache`.
 *
 * @param story a parsed story without errors.
 * @param context theme, image URLs and HTML policy.
 * @returns the complete HTML document.
 */
export function renderPoster(story: Story, context: RenderContext): string {
  const view = posterView(story, posterParts(story), posterFit(story, context.theme.manifest.poster), context)
  // Note: no partials and no custom tags; a template only prints and loops.
  return Mustache.render(context.theme.templates.poster, view, {}, { escape: escapeHtml })
}
