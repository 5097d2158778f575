/**
 * A story without its speaker notes, for what is published to everyone
 * (`storydeck publish`). Every renderer reads notes from the story model only,
 * so a story without notes renders a deck without `<aside class="notes">`, a
 * `story.json`, a handout and a PowerPoint without notes. Pure.
 */
import type { PublishMeta, Section, SpineKind, Story, StoryMeta } from '../types.ts'

/**
 * Whether a story's notes may be published: the story's own `publish.notes`
 * wins over the project's; default `false`.
 */
export function publishesNotes(meta: Pick<StoryMeta, 'publish'>, project: PublishMeta | undefined): boolean {
  return meta.publish?.notes ?? project?.notes ?? false
}

/**
 * The same story with every speaker note removed (title slide, headlines,
 * slides). The story given is not changed.
 */
export function withoutNotes(story: Story): Story {
  const sections: Section[] = story.sections.map((section) => ({
    ...section,
    ...(section.headline === undefined ? {} : { headline: { ...section.headline, notes: [] } }),
    // Note: a slide that held only notes would be an empty slide now; the parser drops such slides too.
    slides: section.slides
      .filter((slide) => slide.heading !== undefined || slide.time !== undefined || slide.body.length > 0)
      .map((slide) => ({ ...slide, notes: [] })),
  }))
  const spine: Story['spine'] = {}
  for (const kind of Object.keys(story.spine) as SpineKind[]) {
    const index = story.sections.indexOf(story.spine[kind] as Section)
    const section = sections[index]
    if (section !== undefined) spine[kind] = section
  }
  return { ...story, leadNotes: [], sections, spine }
}
