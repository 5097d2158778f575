/**
 * Messages of the `frontmatter` group. Each: rule id, severity, and in en, da, nb,
 * nn, sv, de a title, the text (second person, plain words, `{name}`
 * values) and the fix. See `../entry.ts`.
 */
import { defineMessages } from '../entry.ts'

export const frontmatter = defineMessages('frontmatter', {})
