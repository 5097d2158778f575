import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { lintStory } from '../../src/lint/lint.ts'
import { fingerprintOf, numbersIn } from '../../src/lint/translation.ts'
import { versionTemplate } from '../../src/new/version.ts'
import { parseStory } from '../../src/story/parse.ts'
import { withFingerprint } from '../../src/cli/commands/translations.ts'
import { localise } from '../../src/messages/say.ts'
import type { Lang, Story } from '../../src/types.ts'

const SOURCE = `---
title: Én person hele vejen
lang: da
glossary:
  IT: vores teknologiteam
---

# Fra
Kunderne udfylder skemaer og venter.

# Til
Innen 2029 har 90 % af kunderne én fast person.

# Fordi
Folk køber forsikring til den værste dag.

# Billedet
En kunde ringer om et sprængt rør.

# Hvad det betyder for dig

## Skadebehandlere
I ejer færre sager.

## IT
I får små skader til at betale sig selv.

# Vejen dertil

## 2026 — Små skader samme dag
Vi starter med telefoner.

## 2027 — Én person per skade
Vi starter i 2 regioner.

# Spørgsmål
- Hvad starter vi med?
- Hvad gør vi i dag?
`

function parse(path: string, text: string): { file: VFile; story: Story } {
  const file = new VFile({ path, value: text })
  const story = parseStory(file)
  if (story === undefined) throw new Error(`${path} does not parse: ${file.messages.join('; ')}`)
  return { file, story }
}

function drift(version: string, source = SOURCE, lang: Lang = 'en'): string[] {
  const src = parse('stories/claims.md', source)
  const own = parse('stories/claims.de.md', version)
  lintStory(own.file, own.story, { source: { story: src.story, file: src.file } })
  localise(own.file, lang)
  return own.file.messages
    .filter((message) => message.ruleId === 'translation/drift')
    .map((message) => `${message.line}:${message.column} ${message.reason}`)
}

/** A German version in step with SOURCE, changed by `edit`. */
function german(edit: (text: string) => string = (text) => text): string {
  return edit(`---
title: Eine Person den ganzen Weg
glossary:
  IT: unser Technikteam
---

# Von
Kunden füllen Formulare aus und warten.

# Zu
Bis 2029 haben 90 % der Kunden eine feste Person.

# Weil
Man kauft eine Versicherung für den schlimmsten Tag.

# Das Bild
Eine Kundin ruft wegen eines geplatzten Rohrs an.

# Was es für Sie bedeutet

## Schadenbearbeitung
Sie besitzen weniger Fälle.

## IT
Kleine Schäden bezahlen sich selbst.

# Der Weg dorthin

## 2026 — Kleine Schäden am selben Tag
Wir beginnen mit Telefonen.

## 2027 — Eine Person pro Schaden
Wir beginnen in 2 Regionen.

# Fragen
- Womit fangen wir an?
- Was tun wir heute?
`)
}

describe('numbers', () => {
  test('are compared across languages', () => {
    expect(numbersIn('by 2029, 1.5 million, 40%')).toEqual(['1.5', '2029', '40'])
    expect(numbersIn('innen 2029, 1,5 millioner, 40 %')).toEqual(['1.5', '2029', '40'])
    expect(numbersIn('10,000 and 10.000 and 10 000')).toEqual(['10000', '10000', '10000'])
    expect(numbersIn('in 2027 100 customers')).toEqual(['100', '2027'])
  })
})

describe('translation/drift', () => {
  test('a version in step has no finding', () => {
    expect(drift(german())).toEqual([])
  })

  test('a different year in a headline, positioned in both files', () => {
    expect(drift(german((t) => t.replace('Bis 2029', 'Bis 2028')))).toEqual([
      '11:1 The numbers in the headline of *Zu* (2028 and 90) differ from the source’s (2029 and 90, `stories/claims.md:12:1`).',
    ])
  })

  test('a different number in a step', () => {
    expect(drift(german((t) => t.replace('in 2 Regionen', 'in 3 Regionen')))).toEqual([
      '32:1 The numbers in step 2 (2027 and 3) differ from those in the source’s step 2 (2 and 2027, `stories/claims.md:33:1`).',
    ])
  })

  test('a section missing in the version, and one the source does not have', () => {
    const missing = drift(
      german((t) => t.replace('# Das Bild\nEine Kundin ruft wegen eines geplatzten Rohrs an.\n\n', '')),
    )
    expect(missing).toEqual([
      '16:1 Your version has no *Das Bild* part; the source has it as *Billedet* (`stories/claims.md:17:1`).',
    ])
    const extra = drift(german((t) => t.replace('# Fragen', '# Zweck\nWir helfen.\n\n# Fragen')))
    expect(extra).toEqual(['35:1 Your version has a *Zweck* part that the source `stories/claims.md` does not have.'])
  })

  test('a different number of roles, steps and questions', () => {
    const text = german((t) =>
      t
        .replace('## IT\nKleine Schäden bezahlen sich selbst.\n', '')
        .replace('- Was tun wir heute?\n', '- Was tun wir heute?\n- Und morgen?\n'),
    )
    expect(drift(text)).toEqual([
      '19:1 *Was es für Sie bedeutet* has 1 role; the source’s *Hvad det betyder for dig* has 2 (`stories/claims.md:20:1`).',
      '33:1 *Fragen* has 3 questions; the source’s *Spørgsmål* has 2 (`stories/claims.md:36:1`).',
    ])
    // Note: the author of the German version reads it in German.
    expect(drift(text, SOURCE, 'de')).toEqual([
      '19:1 *Was es für Sie bedeutet* hat 1 Rolle; *Hvad det betyder for dig* in der Originalfassung hat 2 (`stories/claims.md:20:1`).',
      '33:1 *Fragen* hat 3 Fragen; *Spørgsmål* in der Originalfassung hat 2 (`stories/claims.md:36:1`).',
    ])
  })

  test('a glossary abbreviation missing', () => {
    expect(drift(german((t) => t.replace('glossary:\n  IT: unser Technikteam\n', '')))).toEqual([
      '1:1 Your glossary does not explain IT, which the source’s glossary does (`stories/claims.md:4:1`).',
    ])
  })

  test('a source changed since the version was synced', () => {
    const source = parse('stories/claims.md', SOURCE).story
    const synced = withFingerprint(german(), fingerprintOf(source)) as string
    expect(synced).toContain(`source-fingerprint: ${fingerprintOf(source)}\n---`)
    expect(drift(synced)).toEqual([])
    // The CEO adds a question to the Danish source: the German version is reported, at its fingerprint.
    const changed = SOURCE.replace('- Hvad gør vi i dag?\n', '- Hvad gør vi i dag?\n- Hvem hjælper?\n')
    const findings = drift(synced, changed)
    expect(findings).toContain(
      '5:1 The source `stories/claims.md` has changed since this version was last brought in step with it.',
    )
    // A change of words only keeps the fingerprint.
    expect(fingerprintOf(parse('x.md', SOURCE.replace('sprængt rør', 'utæt rør')).story)).toBe(fingerprintOf(source))
  })
})

describe('new --from', () => {
  test('keeps the structure, puts the headings in the new language and marks the text', () => {
    const source = parse('stories/claims.md', SOURCE)
    const text = versionTemplate(SOURCE, source.story, 'de')
    expect(text).toContain('title: "[übersetzen] Én person hele vejen"')
    // Issue #15: the version starts like a new story, with the line that points editors to the schema.
    expect(text).toMatch(
      /^---\n# yaml-language-server: \$schema=\.\.\/node_modules\/storydeck\/schemas\/story\.schema\.json\ntitle: /,
    )
    expect(text).toContain('  IT: "[übersetzen] vores teknologiteam"')
    expect(text).toContain('lang: de\nsource-fingerprint: ')
    expect(text).toContain('# Zu\n[übersetzen] Innen 2029')
    expect(text).not.toContain('# Til')
    expect(text).toContain('## [übersetzen] Skadebehandlere')
    expect(text).toContain('## 2027 — [übersetzen] Én person per skade')
    expect(text).toContain('- [übersetzen] Hvad starter vi med?')
    const version = parse('stories/claims.de.md', text)
    expect(version.story.meta.lang).toBe('de')
    lintStory(version.file, version.story, { source: { story: source.story, file: source.file } })
    // Same structure and numbers: no drift; each marked passage is reported until it is translated.
    expect(version.file.messages.filter((m) => m.ruleId === 'translation/drift')).toEqual([])
    const untranslated = version.file.messages.filter((m) => m.ruleId === 'translation/untranslated')
    expect(untranslated.length).toBeGreaterThan(10)
    // The title, below the schema line.
    expect(untranslated.map((m) => m.line)).toContain(3)
    localise(version.file, 'de')
    const title = untranslated.find((m) => m.line === 3)
    expect(title?.reason).toBe('`title` ist noch mit `[übersetzen]` markiert: Der Text ist noch nicht übersetzt.')
    expect(title?.note).toBe(
      'Ersetzen Sie den Text nach `[übersetzen]` durch die Übersetzung und entfernen Sie `[übersetzen]`.',
    )
  })

  test('keeps the source’s own schema line once', () => {
    const withLine = SOURCE.replace(/^---\n/, '---\n# yaml-language-server: $schema=../schemas/story.schema.json\n')
    const source = parse('stories/claims.md', withLine)
    const text = versionTemplate(withLine, source.story, 'de')
    expect(text.match(/yaml-language-server/g)).toHaveLength(1)
    expect(text).toMatch(/^---\n# yaml-language-server: \$schema=\.\.\/schemas\/story\.schema\.json\ntitle: /)
    expect(parse('stories/claims.de.md', text).file.messages.filter((m) => m.fatal === true)).toEqual([])
  })
})
