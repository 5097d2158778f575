/**
 * What the pages print about a story's language family: `<link
 * rel="alternate" hreflang>` to the siblings, the deck's language menu, the
 * poster's "also in" line, and each deck slide's place (section and position
 * within it) so a switch lands on the corresponding slide. Pure.
 */
import { labelsFor } from '../i18n/labels.ts'
import { ENDONYMS } from '../story/versions.ts'
import type { Lang, Story } from '../types.ts'
import type { RenderContext } from './context.ts'
import type { SlidePlan } from './deck-plan.ts'

/** One `<link rel="alternate">`. */
export interface AlternateView {
  hreflang: Lang
  href: string
}

/** One entry of the deck's language menu. */
export interface LanguageView {
  lang: Lang
  /** The language named in itself (`Deutsch`), never a flag. */
  name: string
  href: string
  /** 1-based number, the key that picks it while the menu is open. */
  key: number
  current: boolean
}

/** The family part of a page's view; empty lists for a story without versions. */
export interface FamilyView {
  /** Every member, this page included (a page names itself too, as hreflang asks). */
  alternates: AlternateView[]
  languages: LanguageView[]
  hasLanguages: boolean
  /** "Language" in the story's language. */
  languageLabel: string
  /** "Press L …" in the story's language. */
  switchHint: string
  /** The current language named in itself, for the menu's button. */
  currentLanguage: string
  /** "Also in Dansk · Deutsch" for the poster's footer; empty without versions. */
  alsoIn: string
}

/**
 * The family view of `story`'s page `page` (`index.html`, `poster.html`,
 * `handout.html`) in its output folder.
 */
export function familyView(story: Story, context: Readonly<RenderContext>, page: string): FamilyView {
  const labels = labelsFor(story.meta.lang)
  const family = context.family ?? []
  const others = family.filter((member) => !member.current)
  return {
    alternates: family.map((member) => ({ hreflang: member.lang, href: `${member.href}${page}` })),
    languages: family.map((member, index) => ({
      lang: member.lang,
      name: ENDONYMS[member.lang],
      href: `${member.href}${page}`,
      key: index + 1,
      current: member.current,
    })),
    hasLanguages: family.length > 1,
    languageLabel: labels.language,
    switchHint: labels.switchHint,
    currentLanguage: ENDONYMS[story.meta.lang],
    alsoIn: others.length === 0 ? '' : `${labels.alsoIn} ${others.map((member) => ENDONYMS[member.lang]).join(' · ')}`,
  }
}

/**
 * Each planned slide's place, `<section>.<position>`: `title.0`, `to.0`,
 * `picture.2`, `chapter1.0` (the second chapter), `closing.0`. Versions of
 * one story share places even when one has an extra slide in a section.
 */
export function slidePlaces(story: Story, plans: readonly SlidePlan[]): string[] {
  const chapters = story.sections.filter((section) => section.kind === 'chapter')
  const counts = new Map<string, number>()
  return plans.map((plan) => {
    let key: string
    if (plan.type === 'title' || plan.type === 'closing') key = plan.type
    else if (plan.section.kind === 'chapter') key = `chapter${chapters.indexOf(plan.section)}`
    else key = plan.section.kind
    const position = counts.get(key) ?? 0
    counts.set(key, position + 1)
    return `${key}.${position}`
  })
}
