/**
 * `translation/drift`: a language version that no longer matches its source.
 *
 * Why: when the CEO changes the year in the Danish *To*, the German version
 * must not quietly keep the old one.
 *
 * ok: `claims.de.md` with the sections, roles, steps, questions, numbers and
 * glossary abbreviations of `claims.md`.
 * not ok: "bis 2028" in the German *Zu* while the source says "innen 2029".
 */
import type { Point, Position } from 'unist'
import { SECTION_TITLES } from '../../i18n/section-titles.ts'
import type { SectionKind, Story } from '../../types.ts'
import { defineRule, type RuleContext, type SourceStory } from '../rule.ts'
import { fingerprintOf, shapeOf } from '../translation.ts'

export default defineRule({
  id: 'translation/drift',
  severity: 'warn',
  docs: {
    checks:
      'A language version against its source: sections, the number of roles, steps and questions, the numbers in the spine headlines and steps, glossary abbreviations, and whether the source changed since the version was last brought in step.',
    why: 'Every audience must hear the same story: a year or a target changed in one language only splits the organisation.',
    fix: 'Bring the version in step with the source at the place named, then run `storydeck translations sync`.',
  },
  check(context) {
    const { source } = context
    if (source === undefined || context.story.version === undefined) return
    checkSections(context, source)
    checkCounts(context, source)
    checkNumbers(context, source)
    checkGlossary(context, source)
    checkFingerprint(context, source)
  },
})

/** `stories/claims.md:12:1`: a place in the source, for messages. */
function at(source: SourceStory, place: Position | Point | undefined): string {
  const point = place === undefined ? undefined : 'start' in place ? place.start : place
  return `\`${source.file.path}:${point?.line ?? 1}:${point?.column ?? 1}\``
}

function name(story: Story, kind: SectionKind): string {
  const section = story.sections.find((each) => each.kind === kind)
  return `*${section?.title ?? SECTION_TITLES[story.meta.lang][kind]}*`
}

function checkSections(context: RuleContext, source: SourceStory): void {
  const version = context.story
  const own = new Set(version.sections.map((section) => section.kind))
  const theirs = new Set(source.story.sections.map((section) => section.kind))
  for (const [index, section] of source.story.sections.entries()) {
    if (section.kind === 'chapter' || own.has(section.kind)) continue
    // Note: shown where the section belongs: at the version's next section that the source also has after it.
    const next = source.story.sections
      .slice(index + 1)
      .map((later) => version.sections.find((each) => each.kind === later.kind && later.kind !== 'chapter'))
      .find((found) => found !== undefined)
    const label = SECTION_TITLES[version.meta.lang][section.kind]
    context.report(
      `Unexpected version without the source's *${section.title}* section (${at(source, section.heading.position)}), expected a section *${label}*`,
      {
        place: next?.heading.position ?? version.sections.at(-1)?.position ?? { line: 1, column: 1 },
        expected: [`# ${label}`],
      },
    )
  }
  for (const section of version.sections) {
    if (section.kind === 'chapter' || theirs.has(section.kind)) continue
    context.report(
      `Unexpected *${section.title}* section that the source \`${source.file.path}\` does not have, expected the same sections as the source`,
      { place: section.heading.position },
    )
  }
  const chapters = (story: Story) => story.sections.filter((section) => section.kind === 'chapter')
  const ownChapters = chapters(version)
  const sourceChapters = chapters(source.story)
  if (ownChapters.length !== sourceChapters.length) {
    context.report(
      `Unexpected ${ownChapters.length} sections of your own, expected ${sourceChapters.length} as in the source${sourceChapters[0] ? ` (${at(source, sourceChapters[0].heading.position)})` : ''}`,
      { place: (ownChapters[0] ?? version.sections.at(-1))?.heading.position },
    )
  }
}

function checkCounts(context: RuleContext, source: SourceStory): void {
  const version = context.story
  const own = shapeOf(version)
  const theirs = shapeOf(source.story)
  const counts: Array<[SectionKind, number, number, string]> = [
    ['roles', own.roles, theirs.roles, 'role'],
    ['steps', own.steps.length, theirs.steps.length, 'step'],
    ['questions', own.questions, theirs.questions, 'question'],
  ]
  for (const [kind, mine, expected, one] of counts) {
    const noun = mine === 1 ? one : `${one}s`
    const section = version.sections.find((each) => each.kind === kind)
    const sourceSection = source.story.sections.find((each) => each.kind === kind)
    if (mine === expected || section === undefined || sourceSection === undefined) continue
    context.report(
      `Unexpected ${mine} ${noun} in ${name(version, kind)}, expected ${expected} as in the source's ${name(source.story, kind)} (${at(source, sourceSection.heading.position)})`,
      { place: section.heading.position, actual: String(mine), expected: [String(expected)] },
    )
  }
}

function checkNumbers(context: RuleContext, source: SourceStory): void {
  const version = context.story
  const own = shapeOf(version)
  const theirs = shapeOf(source.story)
  const same = (a: readonly string[], b: readonly string[]): boolean => a.join(' ') === b.join(' ')
  const list = (numbers: readonly string[]): string => (numbers.length === 0 ? 'none' : numbers.join(', '))
  for (const kind of ['from', 'to', 'because'] as const) {
    const mine = own.headlines[kind]
    const expected = theirs.headlines[kind]
    if (mine === undefined || expected === undefined || same(mine.numbers, expected.numbers)) continue
    context.report(
      `Unexpected numbers ${list(mine.numbers)} in the ${name(version, kind)} headline, expected ${list(expected.numbers)} as in the source (${at(source, expected.position)})`,
      { place: mine.position, actual: list(mine.numbers), expected: [list(expected.numbers)] },
    )
  }
  for (const [index, step] of own.steps.entries()) {
    const expected = theirs.steps[index]
    if (expected === undefined || same(step.numbers, expected.numbers)) continue
    context.report(
      `Unexpected numbers ${list(step.numbers)} in step ${index + 1}, expected ${list(expected.numbers)} as in the source's step ${index + 1} (${at(source, expected.position)})`,
      { place: step.position, actual: list(step.numbers), expected: [list(expected.numbers)] },
    )
  }
}

function checkGlossary(context: RuleContext, source: SourceStory): void {
  const own = context.story.meta.glossary
  const missing = Object.keys(source.story.meta.glossary).filter((term) => !Object.hasOwn(own, term))
  if (missing.length === 0) return
  context.report(
    `Unexpected glossary without ${missing.map((term) => `\`${term}\``).join(', ')}, expected every abbreviation of the source's glossary (${at(source, keyPoint(source.file.value, 'glossary'))})`,
    { place: keyPoint(context.file.value, 'glossary') ?? { line: 1, column: 1 }, expected: missing },
  )
}

function checkFingerprint(context: RuleContext, source: SourceStory): void {
  const written = context.story.meta.sourceFingerprint
  if (written === undefined) return
  const now = fingerprintOf(source.story)
  if (written === now) return
  context.report(
    `Unexpected source \`${source.file.path}\` changed since this version was last brought in step, expected its sections and numbers as they were`,
    {
      place: keyPoint(context.file.value, 'source-fingerprint') ?? { line: 1, column: 1 },
      actual: written,
      expected: [now],
      note: 'Compare the version with the source, bring it in step, then run `storydeck translations sync` to record that it is.',
    },
  )
}

/** The line of a top-level frontmatter key. */
function keyPoint(value: unknown, key: string): Point | undefined {
  const lines = String(value).split(/\r?\n|\r/)
  const index = lines.findIndex((line) => line.startsWith(`${key}:`))
  return index === -1 ? undefined : { line: index + 1, column: 1 }
}
