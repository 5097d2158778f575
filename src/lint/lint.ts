/**
 * The story coach: runs every rule over a parsed story and adds its
 * findings to the file as messages. Pure: no file system, no process.
 */
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { coach } from '../messages/catalogue/coach.ts'
import type { Severity } from '../messages/entry.ts'
import { say } from '../messages/say.ts'
import { suggest } from '../story/suggest.ts'
import { POSTER_GEOMETRY, type PosterGeometry } from '../themes/poster-geometry.ts'
import type { RuleSetting, Story } from '../types.ts'
import { listsFor } from './lists.ts'
import { PRESET } from './preset.ts'
import type { SpellerLoad } from './hunspell.ts'
import { collectProse, type ProseBlock } from './prose.ts'
import type { RuleContext, RuleDocs, SourceStory } from './rule.ts'
import { frontmatterKeyPlace, jsonKeyPlace } from '../story/key-place.ts'
import '../story/data.ts'

/** Options of {@link lintStory}. */
export interface LintOptions {
  /**
   * Project-level rule switches (`lint` in `storydeck.config.json`); a
   * story's own frontmatter `lint:` wins. Default: none.
   */
  rules?: Readonly<Record<string, RuleSetting>> | null
  /**
   * Poster geometry of the story's theme (its `manifest.poster`), so the
   * coach fits the poster the way the renderer will. Default: Nordic's.
   */
  poster?: Readonly<PosterGeometry> | null
  /** For a language version: its source, which `translation/drift` compares it with. Default: none. */
  source?: SourceStory
  /**
   * The spelling checker of the story's language (see `BuildEnvironment.loadSpeller`).
   * Default: none, and `spelling/unknown-word` stays silent.
   */
  speller?: SpellerLoad | null
  /** Words accepted in every story (`words` in `storydeck.config.json`). Default: none. */
  words?: readonly string[] | null
  /** Abbreviations accepted in every story (`abbreviations` in `storydeck.config.json`). Default: none. */
  abbreviations?: readonly string[] | null
}

/** A rule as listed for documentation and validation. */
export interface RuleInfo {
  id: string
  /** Default severity (`info` is shown as `hint`). */
  severity: Severity
  docs: RuleDocs
}

/** Every rule id with its default severity and documentation. */
export const RULES: readonly RuleInfo[] = Object.freeze(
  PRESET.map(({ id, severity, docs }) => Object.freeze({ id, severity, docs })),
)

/** Rule ids, for suggestions. */
export const RULE_IDS: readonly string[] = Object.freeze(RULES.map((rule) => rule.id))

/** Rule settings: `hint` is the lowest severity, `info` its older spelling. */
const SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'info', 'warn', 'error']

/** The severity a message is reported at for a rule's setting (not `off`). */
function severityOf(setting: Exclude<RuleSetting, 'off'>): Severity {
  return setting === 'hint' ? 'info' : setting
}

/**
 * Coach a story: add a message to `file` for each finding. The setting of a
 * rule is the story's frontmatter `lint:` over `options.rules` over the
 * rule's default; `off` skips the rule.
 *
 * @param file the story file, as parsed by `parseStory` (uses `file.data.tree`).
 * @param story the parsed story.
 * @param options project-level switches.
 * @throws TypeError when `options.rules` names an unknown rule or setting.
 */
export function lintStory(file: VFile, story: Story, options?: Readonly<LintOptions> | null): void {
  const project = options?.rules ?? {}
  for (const [id, setting] of Object.entries(project)) {
    if (!RULE_IDS.includes(id)) {
      const guess = suggest(id, RULE_IDS)
      throw new TypeError(
        `Unexpected rule \`${id}\` in the project's \`lint\` options, expected ${guess ? `\`${guess}\`` : 'a rule id listed in docs/rules.md'}`,
      )
    }
    if (!SETTINGS.includes(setting)) {
      throw new TypeError(
        `Unexpected setting \`${String(setting)}\` for \`${id}\` in the project's \`lint\` options, expected \`off\`, \`hint\`, \`warn\` or \`error\``,
      )
    }
  }
  checkStoryRuleIds(file, story)

  let prose: readonly ProseBlock[] | undefined
  for (const rule of PRESET) {
    const setting = story.meta.lint[rule.id] ?? project[rule.id] ?? rule.severity
    if (setting === 'off') continue
    const context: RuleContext = {
      file,
      story,
      lang: story.meta.lang,
      lists: listsFor(story.meta.lang),
      poster: options?.poster ?? POSTER_GEOMETRY,
      speller: options?.speller && 'speller' in options.speller ? options.speller.speller : undefined,
      missingDictionary: options?.speller && 'missing' in options.speller ? options.speller.missing : undefined,
      projectWords: options?.words ?? [],
      projectAbbreviations: options?.abbreviations ?? [],
      prose: () => (prose ??= collectProse(file, story)),
      ...(options?.source === undefined ? {} : { source: options.source }),
      report: (message, values, finding) => {
        if (message.id !== rule.id) throw new Error(`Rule ${rule.id} reported ${message.key} of ${message.id}`)
        say(file, message, values, {
          severity: finding.hint === true ? 'info' : severityOf(setting),
          place: finding.place,
          ...(finding.actual === undefined ? {} : { actual: finding.actual }),
          ...(finding.expected === undefined ? {} : { expected: finding.expected }),
        })
      },
    }
    rule.check(context)
  }
}

/**
 * Check project-level rule switches (`lint` in `storydeck.config.json`):
 * unknown rule ids become `lint/unknown-rule` warnings on the config file,
 * with a suggestion.
 *
 * @returns the switches with known rule ids only, ready for {@link lintStory}.
 */
export function checkRuleSettings(
  file: VFile,
  rules: Readonly<Record<string, RuleSetting>> | null | undefined,
): Record<string, RuleSetting> {
  const known: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(rules ?? {})) {
    if (RULE_IDS.includes(id)) {
      known[id] = setting
      continue
    }
    unknownRule(file, id, jsonKeyPlace(file, ['lint', id]) ?? { line: 1, column: 1 })
  }
  return known
}

/** Warn about rule ids in the frontmatter's `lint:` that do not exist. */
function checkStoryRuleIds(file: VFile, story: Story): void {
  for (const id of Object.keys(story.meta.lint)) {
    if (RULE_IDS.includes(id)) continue
    unknownRule(file, id, placeOfLintKey(file, id))
  }
}

/** Warn about the unknown rule id `id` in `lint` settings, with the closest rule id when there is one. */
function unknownRule(file: VFile, id: string, place: Point | undefined): void {
  const guess = suggest(id, RULE_IDS)
  if (guess === undefined) {
    say(file, coach.unknownRuleNoGuess, { rule: id }, { place, actual: id, expected: [...RULE_IDS] })
    return
  }
  say(file, coach.unknownRule, { rule: id, guess }, { place, actual: id, expected: [guess] })
}

/** Where a rule id is written in the frontmatter, else the frontmatter itself. */
function placeOfLintKey(file: VFile, id: string): Point | undefined {
  const yaml = file.data.tree?.children[0]
  if (yaml?.type !== 'yaml') return undefined
  return frontmatterKeyPlace(file, ['lint', id]) ?? yaml.position?.start
}
