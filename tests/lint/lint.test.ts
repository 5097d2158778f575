import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { RULES, checkRuleSettings, lintStory } from '../../src/lint/lint.ts'
import { parseStory } from '../../src/story/parse.ts'
import { compose } from './languages.ts'
import { coach, findings } from './util.ts'

const noisy = { withoutRoles: true, fromText: 'We leverage synergies.' } as const

describe('lintStory', () => {
  test('lists every rule with its default severity', () => {
    expect(RULES.map((rule) => `${rule.id}: ${rule.severity}`)).toEqual([
      'spine/headline-empty: error',
      'spine/headline-too-long: warn',
      'jargon/buzzword: warn',
      'jargon/acronym: warn',
      'spelling/unknown-word: warn',
      'readability/hard-text: warn',
      'readability/long-sentence: warn',
      'focus/technology-first: warn',
      'focus/customer: info',
      'focus/roles: info',
      'deck/slide-too-long: warn',
      'poster/too-long: warn',
      'translation/drift: warn',
      'translation/untranslated: warn',
      'draft/template-text: warn',
    ])
  })

  test('maps severities to fatal: error true, warn false, info undefined', () => {
    const file = coach(compose('en', { ...noisy, toText: '- A list, not a headline.' }))
    const fatal = (ruleId: string) => file.messages.find((message) => message.ruleId === ruleId)?.fatal
    expect(fatal('spine/headline-empty')).toBe(true)
    expect(fatal('jargon/buzzword')).toBe(false)
    expect(fatal('focus/roles')).toBeUndefined()
  })

  test('attaches rule id, source, actual, expected and a docs link', () => {
    const message = coach(compose('en', noisy)).messages.find((m) => m.ruleId === 'jargon/buzzword')
    expect(message?.source).toBe('storydeck')
    expect(message?.actual).toBe('leverage')
    expect(message?.expected).toEqual(['use'])
    expect(message?.url).toBe('docs/messages/en.md#jargon-buzzword')
    expect(message?.place).toEqual({
      start: { line: 8, column: 4, offset: expect.any(Number) },
      end: { line: 8, column: 12, offset: expect.any(Number) },
    })
  })

  test('switches rules off per story in the frontmatter', () => {
    const file = coach(compose('en', { ...noisy, frontmatter: 'lint:\n  jargon/buzzword: off\n  focus/roles: error' }))
    expect(findings(file, 'jargon/buzzword')).toEqual([])
    expect(file.messages.find((m) => m.ruleId === 'focus/roles')?.fatal).toBe(true)
  })

  test('switches rules per project, and the story wins over the project', () => {
    const project = { rules: { 'jargon/buzzword': 'off', 'focus/roles': 'off' } } as const
    expect(findings(coach(compose('en', noisy), project), 'jargon/buzzword')).toEqual([])
    expect(findings(coach(compose('en', noisy), project), 'focus/roles')).toEqual([])
    const story = coach(compose('en', { ...noisy, frontmatter: 'lint:\n  jargon/buzzword: error' }), project)
    expect(story.messages.find((m) => m.ruleId === 'jargon/buzzword')?.fatal).toBe(true)
  })

  test('warns about an unknown rule in the frontmatter, with a suggestion at its key', () => {
    const file = coach(compose('en', { frontmatter: 'lint:\n  jargon/acronyms: off' }))
    expect(findings(file, 'lint/unknown-rule')).toEqual([
      '5:3: Your `lint` settings name the rule `jargon/acronyms`, which storydeck does not have.',
    ])
    const message = file.messages.find((m) => m.ruleId === 'lint/unknown-rule')
    expect(message?.fatal).toBe(false)
    expect(message?.note).toBe('Did you mean `jargon/acronym`? Correct the name, or remove the line.')
    expect(message?.expected).toEqual(['jargon/acronym'])
  })

  test('throws a TypeError for unknown rules or settings in the project options', () => {
    const file = new VFile({ path: 'story.md', value: compose('en') })
    const story = parseStory(file)
    if (!story) throw new Error('fixture')
    expect(() => lintStory(file, story, { rules: { 'jargon/buzzwords': 'off' } })).toThrow(
      /expected `jargon\/buzzword`/,
    )
    expect(() => lintStory(file, story, { rules: { 'jargon/buzzword': 'loud' as 'off' } })).toThrow(TypeError)
  })

  test('checkRuleSettings reports unknown ids on the config file and keeps the rest', () => {
    const config = new VFile({
      path: 'storydeck.config.json',
      value: '{\n  "lint": { "focus/role": "off", "focus/customer": "off" }\n}\n',
    })
    expect(checkRuleSettings(config, { 'focus/role': 'off', 'focus/customer': 'off' })).toEqual({
      'focus/customer': 'off',
    })
    expect(config.messages.map((m) => `${m.line}:${m.column}: ${m.reason} ${m.note}`)).toEqual([
      '2:13: Your `lint` settings name the rule `focus/role`, which storydeck does not have. Did you mean `focus/roles`? Correct the name, or remove the line.',
    ])
  })

  test('names no rule when none is close, in the story’s language', () => {
    const file = coach(compose('de', { frontmatter: 'lint:\n  zzzzzz/qqqq: off' }))
    const message = file.messages.find((m) => m.ruleId === 'lint/unknown-rule')
    expect(message?.reason).toBe(
      'Ihre Einstellungen unter `lint` nennen die Regel `zzzzzz/qqqq`, die es in storydeck nicht gibt.',
    )
    expect(message?.note).toBe('Verwenden Sie einen der Regelnamen aus docs/rules.md oder entfernen Sie die Zeile.')
  })

  test('does not read speaker notes', () => {
    const file = coach(
      compose('en', { extra: '# Background\n\nPlain words here.\n\nNote: mention the KPI synergies.' }),
    )
    expect(findings(file).filter((line) => /KPI|synerg/.test(line))).toEqual([])
  })
})
