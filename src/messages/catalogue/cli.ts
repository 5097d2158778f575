/**
 * The CLI's own lines: the report's words and summary, and what commands
 * print about their work. `{name}` values and plurals as in `../text.ts`.
 */
import { defineLines } from '../entry.ts'

/** Lines of the report (`src/cli/report.ts`). */
export const reportLines = defineLines({
  error: { en: 'error', da: 'fejl', nb: 'feil', nn: 'feil', sv: 'fel', de: 'Fehler' },
  warning: { en: 'warning', da: 'advarsel', nb: 'advarsel', nn: 'åtvaring', sv: 'varning', de: 'Warnung' },
  hint: { en: 'hint', da: 'tip', nb: 'tips', nn: 'tips', sv: 'tips', de: 'Hinweis' },
  noIssues: {
    en: 'no issues found',
    da: 'ingen problemer fundet',
    nb: 'ingen problemer funnet',
    nn: 'ingen problem funne',
    sv: 'inga problem hittades',
    de: 'keine Probleme gefunden',
  },
  more: {
    en: 'More: {url}',
    da: 'Mere: {url}',
    nb: 'Mer: {url}',
    nn: 'Meir: {url}',
    sv: 'Mer: {url}',
    de: 'Mehr: {url}',
  },
  errors: {
    en: '{count, plural, one {# error} other {# errors}}',
    da: '{count, plural, one {# fejl} other {# fejl}}',
    nb: '{count, plural, one {# feil} other {# feil}}',
    nn: '{count, plural, one {# feil} other {# feil}}',
    sv: '{count, plural, one {# fel} other {# fel}}',
    de: '{count, plural, one {# Fehler} other {# Fehler}}',
  },
  warnings: {
    en: '{count, plural, one {# warning} other {# warnings}}',
    da: '{count, plural, one {# advarsel} other {# advarsler}}',
    nb: '{count, plural, one {# advarsel} other {# advarsler}}',
    nn: '{count, plural, one {# åtvaring} other {# åtvaringar}}',
    sv: '{count, plural, one {# varning} other {# varningar}}',
    de: '{count, plural, one {# Warnung} other {# Warnungen}}',
  },
  hints: {
    en: '{count, plural, one {# hint} other {# hints}}',
    da: '{count, plural, one {# tip} other {# tip}}',
    nb: '{count, plural, one {# tips} other {# tips}}',
    nn: '{count, plural, one {# tips} other {# tips}}',
    sv: '{count, plural, one {# tips} other {# tips}}',
    de: '{count, plural, one {# Hinweis} other {# Hinweise}}',
  },
})
