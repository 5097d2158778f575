/**
 * Dates are written from storydeck's own month names; they must read exactly
 * as the platform's long date format does in each language.
 */
import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/i18n/labels.ts'
import { LANGS } from '../../src/types.ts'

describe('formatDate', () => {
  it.each(LANGS)('writes %s dates as Intl.DateTimeFormat does (dateStyle long)', (lang) => {
    const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })
    for (let day = Date.UTC(2027, 0, 1); day <= Date.UTC(2028, 11, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10)
      expect(formatDate(iso, lang), iso).toBe(intl.format(new Date(day)))
    }
  })

  it('gives examples a reader knows', () => {
    expect(formatDate('2026-11-22', 'en')).toBe('November 22, 2026')
    expect(formatDate('2026-03-05', 'da')).toBe('5. marts 2026')
    expect(formatDate('2026-05-17', 'nb')).toBe('17. mai 2026')
    expect(formatDate('2026-08-01', 'sv')).toBe('1 augusti 2026')
    expect(formatDate('2028-02-29', 'de')).toBe('29. Februar 2028')
  })
})
