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
import { coach, coachWords } from '../../messages/catalogue/coach.ts'
import type { Message } from '../../messages/entry.ts'
import { defineRule, listIn, type RuleContext, type SourceStory } from '../rule.ts'
import { fingerprintOf, shapeOf } from '../translation.ts'

export default defineRule({
  id: coach.driftFingerprint.id,
  severity: coach.driftFingerprint.severity,
  docs: {
    checks:
      'A language version against its source: sections, the number of roles, steps and questions, the numbers in the spine headlines and steps, glossary abbreviations, and whether the source changed since the version was last brought in step.',
    why: 'Every audience must hear the same story: a year or a target changed in one language only splits the organisation.',
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
      coach.driftMissingSection,
      { label, title: section.title, where: at(source, section.heading.position) },
      {
        place: next?.heading.position ?? version.sections.at(-1)?.position ?? { line: 1, column: 1 },
        expected: [`# ${label}`],
      },
    )
  }
  for (const section of version.sections) {
    if (section.kind === 'chapter' || theirs.has(section.kind)) continue
    context.report(
      coach.driftExtraSection,
      { title: section.title, source: `\`${source.file.path}\`` },
      { place: section.heading.position },
    )
  }
  const chapters = (story: Story) => story.sections.filter((section) => section.kind === 'chapter')
  const ownChapters = chapters(version)
  const sourceChapters = chapters(source.story)
  if (ownChapters.length !== sourceChapters.length) {
    const place = { place: (ownChapters[0] ?? version.sections.at(-1))?.heading.position }
    const first = sourceChapters[0]
    if (first === undefined) context.report(coach.driftChaptersNone, { count: ownChapters.length }, place)
    else
      context.report(
        coach.driftChapters,
        { count: ownChapters.length, expected: sourceChapters.length, where: at(source, first.heading.position) },
        place,
      )
  }
}

function checkCounts(context: RuleContext, source: SourceStory): void {
  const version = context.story
  const own = shapeOf(version)
  const theirs = shapeOf(source.story)
  const counts: Array<[SectionKind, number, number, Message]> = [
    ['roles', own.roles, theirs.roles, coach.driftRoles],
    ['steps', own.steps.length, theirs.steps.length, coach.driftSteps],
    ['questions', own.questions, theirs.questions, coach.driftQuestions],
  ]
  for (const [kind, mine, expected, message] of counts) {
    const section = version.sections.find((each) => each.kind === kind)
    const sourceSection = source.story.sections.find((each) => each.kind === kind)
    if (mine === expected || section === undefined || sourceSection === undefined) continue
    context.report(
      message,
      {
        section: name(version, kind),
        count: mine,
        sourceSection: name(source.story, kind),
        expected,
        where: at(source, sourceSection.heading.position),
      },
      { place: section.heading.position, actual: String(mine), expected: [String(expected)] },
    )
  }
}

function checkNumbers(context: RuleContext, source: SourceStory): void {
  const version = context.story
  const own = shapeOf(version)
  const theirs = shapeOf(source.story)
  const same = (a: readonly string[], b: readonly string[]): boolean => a.join(' ') === b.join(' ')
  const list = (numbers: readonly string[]): string => (numbers.length === 0 ? '' : numbers.join(', '))
  const words = (numbers: readonly string[]) =>
    numbers.length === 0 ? coachWords.none : listIn(numbers, (number) => number)
  for (const kind of ['from', 'to', 'because'] as const) {
    const mine = own.headlines[kind]
    const expected = theirs.headlines[kind]
    if (mine === undefined || expected === undefined || same(mine.numbers, expected.numbers)) continue
    context.report(
      coach.driftHeadlineNumbers,
      {
        section: name(version, kind),
        numbers: words(mine.numbers),
        expected: words(expected.numbers),
        where: at(source, expected.position),
      },
      { place: mine.position, actual: list(mine.numbers), expected: [list(expected.numbers)] },
    )
  }
  for (const [index, step] of own.steps.entries()) {
    const expected = theirs.steps[index]
    if (expected === undefined || same(step.numbers, expected.numbers)) continue
    context.report(
      coach.driftStepNumbers,
      {
        step: index + 1,
        numbers: words(step.numbers),
        expected: words(expected.numbers),
        where: at(source, expected.position),
      },
      { place: step.position, actual: list(step.numbers), expected: [list(expected.numbers)] },
    )
  }
}

function checkGlossary(context: RuleContext, source: SourceStory): void {
  const own = context.story.meta.glossary
  const missing = Object.keys(source.story.meta.glossary).filter((term) => !Object.hasOwn(own, term))
  if (missing.length === 0) return
  context.report(
    coach.driftGlossary,
    { terms: missing, where: at(source, keyPoint(source.file.value, 'glossary')) },
    { place: keyPoint(context.file.value, 'glossary') ?? { line: 1, column: 1 }, expected: missing },
  )
}

function checkFingerprint(context: RuleContext, source: SourceStory): void {
  const written = context.story.meta.sourceFingerprint
  if (written === undefined) return
  const now = fingerprintOf(source.story)
  if (written === now) return
  context.report(
    coach.driftFingerprint,
    { source: `\`${source.file.path}\`` },
    {
      place: keyPoint(context.file.value, 'source-fingerprint') ?? { line: 1, column: 1 },
      actual: written,
      expected: [now],
    },
  )
}

/** The line of a top-level frontmatter key. */
function keyPoint(value: unknown, key: string): Point | undefined {
  const lines = String(value).split(/\r?\n|\r/)
  const index = lines.findIndex((line) => line.startsWith(`${key}:`))
  return index === -1 ? undefined : { line: index + 1, column: 1 }
}
