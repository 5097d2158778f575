/**
 * Issue #16: the coach's accuracy on a planted-fault corpus
 * (tests/fixtures/coach-accuracy/<lang>.md, nine stories per language,
 * separated by `%%%` lines). A planted fault is marked at the end of the line
 * where the coach should report it: `⟦jargon/buzzword⟧` (one name per
 * expected finding); every other finding is a false alarm. The stories also
 * hold traps that must not be flagged: names, glossary and story words,
 * look-alike words, known and spelled-out abbreviations. `@@repeat N text`
 * stands for a paragraph of the sentence N times (for the long-story rules).
 * Markers are removed before coaching, so line numbers stay true.
 *
 * Recall and precision per rule and per language; `ACCURACY_TABLE=1` prints
 * the table that docs/rules.md shows.
 */
import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, test } from 'vitest'
import { lintStory, RULE_IDS } from '../../src/lint/lint.ts'
import type { SpellerLoad } from '../../src/lint/hunspell.ts'
import { loadSpeller } from '../../src/project/spelling.ts'
import { parseStory } from '../../src/story/parse.ts'
import { LANGS, type Lang } from '../../src/types.ts'

const MARK = /\s*⟦([^⟧]*)⟧\s*$/
const RULES = [...RULE_IDS, 'lint/unknown-rule']

interface Story {
  name: string
  markdown: string
  expected: string[]
}

/** The stories of one language, with their expected `rule@line` findings. */
function storiesOf(lang: Lang): Story[] {
  const text = readFileSync(new URL(`../fixtures/coach-accuracy/${lang}.md`, import.meta.url), 'utf8')
  return text
    .split(/^%%% /m)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [name = '', ...lines] = chunk.split('\n')
      const expected: string[] = []
      const clean = lines.map((line, index) => {
        const mark = MARK.exec(line)
        let kept = mark ? line.slice(0, mark.index) : line
        for (const rule of mark?.[1]?.split(/\s+/).filter(Boolean) ?? []) expected.push(`${rule}@${index + 1}`)
        const repeat = /^@@repeat (\d+) (.*)$/.exec(kept)
        if (repeat) kept = Array.from({ length: Number(repeat[1]) }, () => repeat[2]).join(' ')
        return kept
      })
      return { name: `${lang} ${name.trim()}`, markdown: clean.join('\n'), expected }
    })
}

interface Tally {
  found: number
  missed: number
  false: number
}

const spellers = new Map<Lang, SpellerLoad>()
const tallies = new Map<string, Tally>()
const tally = (key: string): Tally => {
  let entry = tallies.get(key)
  if (entry === undefined) {
    entry = { found: 0, missed: 0, false: 0 }
    tallies.set(key, entry)
  }
  return entry
}
const problems: string[] = []

beforeAll(async () => {
  for (const lang of LANGS) spellers.set(lang, await loadSpeller(lang))
  for (const lang of LANGS) {
    const stories = storiesOf(lang)
    expect(stories.length, lang).toBeGreaterThanOrEqual(8)
    for (const story of stories) {
      const file = new VFile({ path: 'story.md', value: story.markdown })
      const parsed = parseStory(file)
      if (parsed) lintStory(file, parsed, { speller: spellers.get(lang) ?? null })
      const actual = file.messages
        .filter((message) => RULES.includes(message.ruleId ?? ''))
        .map((message) => `${message.ruleId}@${message.line}`)
      const left = [...actual]
      for (const want of story.expected) {
        const [rule = ''] = want.split('@')
        const at = left.indexOf(want)
        for (const key of [`${lang} ${rule}`, `${lang} *`, `* ${rule}`, '* *'])
          tally(key)[at === -1 ? 'missed' : 'found']++
        if (at === -1) problems.push(`${story.name}: missed ${want}`)
        else left.splice(at, 1)
      }
      for (const extra of left) {
        const [rule = ''] = extra.split('@')
        for (const key of [`${lang} ${rule}`, `${lang} *`, `* ${rule}`, '* *']) tally(key).false++
        const message = file.messages.find((item) => `${item.ruleId}@${item.line}` === extra)
        problems.push(`${story.name}: false ${extra} ${message?.reason ?? ''}`)
      }
    }
  }
  if (process.env.ACCURACY_TABLE) console.log(`${table()}\n\n${problems.join('\n')}`)
}, 300_000)

const recall = (t: Tally) => (t.found + t.missed === 0 ? 1 : t.found / (t.found + t.missed))
const precision = (t: Tally) => (t.found + t.false === 0 ? 1 : t.found / (t.found + t.false))
const percent = (value: number) => `${(value * 100).toFixed(1)} %`

/** The Markdown table of docs/rules.md. */
function table(): string {
  const rows = [`| rule | planted | found | false alarms | recall | precision |`, '|---|---|---|---|---|---|']
  for (const rule of [...RULES, '*']) {
    const t = tallies.get(`* ${rule}`)
    if (t === undefined) continue
    rows.push(
      `| ${rule === '*' ? '**all**' : `\`${rule}\``} | ${t.found + t.missed} | ${t.found} | ${t.false} | ${percent(recall(t))} | ${percent(precision(t))} |`,
    )
  }
  rows.push('', '| language | planted | found | false alarms | recall | precision |', '|---|---|---|---|---|---|')
  for (const lang of LANGS) {
    const t = tallies.get(`${lang} *`) ?? { found: 0, missed: 0, false: 0 }
    rows.push(
      `| ${lang} | ${t.found + t.missed} | ${t.found} | ${t.false} | ${percent(recall(t))} | ${percent(precision(t))} |`,
    )
  }
  return rows.join('\n')
}

describe('coach accuracy on planted faults', () => {
  test('at least 97 % recall and precision over all languages', () => {
    const all = tallies.get('* *') ?? { found: 0, missed: 0, false: 0 }
    expect(all.found + all.missed).toBeGreaterThan(0)
    expect({ recall: recall(all), precision: precision(all), problems }).toMatchObject({
      recall: expect.any(Number),
    })
    expect(recall(all), problems.join('\n')).toBeGreaterThanOrEqual(0.97)
    expect(precision(all), problems.join('\n')).toBeGreaterThanOrEqual(0.97)
  })

  test.each(LANGS)('%s: at least 93 % recall and precision', (lang) => {
    const t = tallies.get(`${lang} *`) ?? { found: 0, missed: 0, false: 0 }
    expect(t.found + t.missed).toBeGreaterThan(0)
    expect(recall(t), problems.join('\n')).toBeGreaterThanOrEqual(0.93)
    expect(precision(t), problems.join('\n')).toBeGreaterThanOrEqual(0.93)
  })

  test('every rule is planted in every language', () => {
    // Note: the translation rules need a language version beside its source; tests/versions/drift.test.ts plants those.
    const single = RULES.filter((rule) => !rule.startsWith('translation/'))
    const missing = LANGS.flatMap((lang) =>
      single
        .filter(
          (rule) => (tallies.get(`${lang} ${rule}`)?.found ?? 0) + (tallies.get(`${lang} ${rule}`)?.missed ?? 0) === 0,
        )
        .map((rule) => `${lang} ${rule}`),
    )
    expect(missing).toEqual([])
  })
})
