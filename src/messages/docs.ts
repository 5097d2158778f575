/**
 * The messages documentation, one page per language
 * (`docs/messages/<lang>.md`), made from the catalogue: one paragraph per
 * rule id with its anchor, each message's title, text and fix. Pure: the
 * `npm run docs` script writes the pages; a test keeps them up to date.
 */
import { LANGS, type Lang } from '../types.ts'

export { LANGS } from '../types.ts'
import { GROUPS } from './catalogue.ts'
import { docsLines, groupLines } from './catalogue/docs.ts'
import { reportLines } from './catalogue/cli.ts'
import { anchorOf, type Message } from './entry.ts'
import { sample, tell } from './text.ts'
import { ENDONYMS } from '../story/versions.ts'

/** The documentation page of every message in `lang`, as Markdown. */
export function messagesPage(lang: Lang): string {
  const say = (line: Readonly<Record<Lang, string>>): string => tell(line, lang)
  const others = LANGS.filter((other) => other !== lang).map((other) => `[${ENDONYMS[other]}](${other}.md)`)
  const out = [
    `# ${say(docsLines.title)}`,
    '',
    `<!-- ${say(docsLines.generated)} -->`,
    '',
    `${say(docsLines.otherLanguages)} ${others.join(' · ')}`,
    '',
    say(docsLines.intro),
    '',
    say(docsLines.severities),
    '',
    say(docsLines.language),
    '',
    say(docsLines.values),
    '',
  ]
  for (const [group, messages] of Object.entries(GROUPS)) {
    const byId = new Map<string, Message[]>()
    for (const message of Object.values(messages) as Message[]) {
      byId.set(message.id, [...(byId.get(message.id) ?? []), message])
    }
    if (byId.size === 0) continue
    out.push(`## ${say(groupLines[group as keyof typeof groupLines])}`, '')
    for (const [id, variants] of [...byId].sort(([a], [b]) => (a < b ? -1 : 1)))
      out.push(...paragraph(id, variants, lang))
  }
  return `${out.join('\n').trimEnd()}\n`
}

function paragraph(id: string, variants: readonly Message[], lang: Lang): string[] {
  const first = variants[0] as Message
  const severities = [...new Set(variants.map((message) => message.severity))]
  const words = severities.map((severity) =>
    tell(reportLines[severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'hint'], lang),
  )
  const out = [
    `<a id="${anchorOf(id)}"></a>`,
    '',
    `### \`${id}\`: ${first.texts[lang].title}`,
    '',
    `${tell(docsLines.severity, lang)}: ${words.join(', ')}`,
    '',
  ]
  const seen = new Set<string>()
  for (const message of variants) {
    const texts = message.texts[lang]
    const shown = `${sample(texts.text)}\n${sample(texts.fix)}`
    if (seen.has(shown)) continue
    seen.add(shown)
    out.push(`> ${sample(texts.text)}`, '')
    if (texts.fix !== '') out.push(`**${tell(docsLines.fix, lang)}:** ${sample(texts.fix)}`, '')
  }
  return out
}
