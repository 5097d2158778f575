/**
 * The coach's rules, in the order they run and are documented, with their
 * default severities.
 */
import type { Rule } from './rule.ts'
import deckSlideTooLong from './rules/deck-slide-too-long.ts'
import draftTemplateText from './rules/draft-template-text.ts'
import focusCustomer from './rules/focus-customer.ts'
import focusRoles from './rules/focus-roles.ts'
import focusTechnologyFirst from './rules/focus-technology-first.ts'
import jargonAcronym from './rules/jargon-acronym.ts'
import jargonBuzzword from './rules/jargon-buzzword.ts'
import posterTooLong from './rules/poster-too-long.ts'
import readabilityHardText from './rules/readability-hard-text.ts'
import readabilityLongSentence from './rules/readability-long-sentence.ts'
import spellingUnknownWord from './rules/spelling-unknown-word.ts'
import spineHeadlineEmpty from './rules/spine-headline-empty.ts'
import spineHeadlineTooLong from './rules/spine-headline-too-long.ts'
import translationDrift from './rules/translation-drift.ts'
import translationUntranslated from './rules/translation-untranslated.ts'

/** Every rule of the coach. */
export const PRESET: ReadonlyArray<Readonly<Rule>> = Object.freeze([
  spineHeadlineEmpty,
  spineHeadlineTooLong,
  jargonBuzzword,
  jargonAcronym,
  spellingUnknownWord,
  readabilityHardText,
  readabilityLongSentence,
  focusTechnologyFirst,
  focusCustomer,
  focusRoles,
  deckSlideTooLong,
  posterTooLong,
  translationDrift,
  translationUntranslated,
  draftTemplateText,
])
