/**
 * Language versions of a story, by Hugo's naming convention:
 * `stories/claims-2029.md` is the source (in the language its frontmatter
 * names) and `stories/claims-2029.da.md`, `stories/claims-2029.de.md` are its
 * versions. Pure: works on file names and the parsed frontmatter.
 */
import type { Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { LANGS, type Lang } from '../types.ts'
import { story as says } from '../messages/catalogue/story.ts'
import { say } from '../messages/say.ts'

/** What a story file's name says about its language. */
export type StemVersion =
  /** A plain story (a source, or a story without versions): `name` is its stem. */
  | { kind: 'plain'; name: string }
  /** A version `<name>.<lang>`. */
  | { kind: 'version'; name: string; lang: Lang }
  /** A two-letter suffix that is no supported language (`claims-2029.fr`). */
  | { kind: 'unsupported'; name: string; suffix: string }

/** Near misses of language codes, for suggestions. */
export const LANG_ALIASES: Readonly<Record<string, Lang>> = {
  no: 'nb',
  nob: 'nb',
  nno: 'nn',
  dk: 'da',
  se: 'sv',
  ger: 'de',
}

/** Each language named in its own language (the switcher and the poster never use flags). */
export const ENDONYMS: Readonly<Record<Lang, string>> = {
  en: 'English',
  da: 'Dansk',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  sv: 'Svenska',
  de: 'Deutsch',
}

/**
 * Read a story file's stem (name without `.md`): `claims-2029.da` is the
 * Danish version of `claims-2029`. Only a last part of exactly two letters
 * counts; other dotted names (`vision.2028`) stay plain stories.
 */
export function stemVersion(stem: string): StemVersion {
  const match = /^(.+)\.([A-Za-z]{2})$/.exec(stem)
  if (match === null) return { kind: 'plain', name: stem }
  const name = match[1] as string
  const suffix = (match[2] as string).toLowerCase()
  if ((LANGS as readonly string[]).includes(suffix)) return { kind: 'version', name, lang: suffix as Lang }
  return { kind: 'unsupported', name, suffix: match[2] as string }
}

/**
 * Check a version's name and frontmatter against each other, reporting on
 * `file`: an unsupported suffix, and a `lang:` that differs from the suffix.
 *
 * @returns the version's language (from its suffix), or undefined for a plain story.
 */
export function checkVersionName(file: VFile, stem: string, yaml: Yaml | undefined): Lang | undefined {
  const version = stemVersion(stem)
  if (version.kind === 'plain') return undefined
  if (version.kind === 'unsupported') {
    const lower = version.suffix.toLowerCase()
    const guess = LANG_ALIASES[lower]
    const values = { suffix: version.suffix, name: version.name, lower, langs: LANGS.map((l) => `\`${l}\``) }
    const options = { place: { line: 1, column: 1 }, actual: version.suffix, expected: guess ? [guess] : [...LANGS] }
    if (guess === undefined) say(file, says.versionSuffix, values, options)
    else say(file, says.versionSuffixGuess, { ...values, guess }, options)
    return undefined
  }
  const written = langLine(yaml)
  const writtenLang = written?.value.toLowerCase()
  // Note: a `lang:` that is no language at all is reported by the frontmatter check.
  if (
    written !== undefined &&
    writtenLang !== version.lang &&
    (LANGS as readonly string[]).includes(writtenLang ?? '')
  ) {
    say(
      file,
      says.versionLangMismatch,
      { written: written.value, lang: version.lang },
      { place: written.place, actual: written.value, expected: [version.lang] },
    )
  }
  return version.lang
}

/** The `lang:` line of the frontmatter as written, with its place. */
function langLine(yaml: Yaml | undefined): { value: string; place: { line: number; column: number } } | undefined {
  if (yaml === undefined) return undefined
  const lines = yaml.value.split(/\r?\n|\r/)
  const index = lines.findIndex((line) => /^lang[ \t]*:/.test(line))
  if (index === -1) return undefined
  const line = lines[index] as string
  const value = line
    .slice(line.indexOf(':') + 1)
    .replace(/#.*$/, '')
    .trim()
    .replace(/^["']|["']$/g, '')
  const after = line.slice(line.indexOf(':') + 1)
  const column = line.indexOf(':') + 2 + (after.length - after.trimStart().length)
  // Note: the frontmatter's first key is on the line after the opening `---`.
  const start = yaml.position?.start.line ?? 1
  return { value, place: { line: start + 1 + index, column } }
}
