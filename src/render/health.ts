/**
 * The story health page: one self-contained HTML page (inline CSS, no
 * scripts, no external requests; opens from file://) drawn from
 * {@link StoryHealth}. Pure: data in, string out.
 */
import type { Element, ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { HEALTH_LABELS, type HealthLabels } from '../i18n/health.ts'
import type { HealthFinding, SectionHealth, StoryHealth } from '../lint/health.ts'
import type { Lang } from '../types.ts'

const CSS = `
:root{color-scheme:light;--ink:#1d2430;--muted:#5b6472;--line:#d9dee5;--bg:#f6f7f9;--ok:#2e7d32;--near:#b26a00;--bad:#c62828;--accent:#1f4e79}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:24px 16px 64px}
h1{font-size:1.8rem;margin:0 0 4px}
.intro{color:var(--muted);margin:0 0 24px;max-width:60ch}
.story{margin:0 0 40px}
.story>h2{font-size:1.4rem;margin:0}
.path{color:var(--muted);font-size:.85rem;margin:0 0 16px}
.first{background:#fff;border-left:6px solid var(--bad);padding:12px 16px;border-radius:6px;margin:0 0 16px;font-size:1.05rem}
.first.good{border-color:var(--ok)}
.first a{color:var(--accent);font-weight:600}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px;margin:0 0 12px}
.card.is-first{border:2px solid var(--bad)}
.card h3{margin:0;font-size:1.15rem;display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.tag{font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--bad);padding:2px 8px;border-radius:999px}
.meta{color:var(--muted);font-size:.85rem;font-weight:400}
h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:14px 0 4px}
.bar{position:relative;height:18px;background:#e8ebef;border-radius:4px;overflow:visible;margin:4px 0}
.fill{height:100%;border-radius:4px}
.ok .fill{background:var(--ok)}.near .fill{background:var(--near)}.bad .fill{background:var(--bad)}
.target{position:absolute;top:-4px;bottom:-4px;width:2px;background:var(--ink)}
.score{font-weight:700;font-size:1.1rem}
.ok .score{color:var(--ok)}.near .score{color:var(--near)}.bad .score{color:var(--bad)}
.hint{color:var(--muted);font-size:.85rem}
ol,ul{margin:4px 0;padding-left:20px}
li{margin:2px 0}
.over,.count.over{color:var(--bad);font-weight:700}
.count{display:inline-block;min-width:5.5em;font-variant-numeric:tabular-nums;color:var(--muted)}
.headline{display:grid;grid-template-columns:minmax(0,1fr) 160px;gap:12px;align-items:center;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0 0 8px}
.headline p{margin:0}
.sev{display:inline-block;font-size:.75rem;font-weight:700;padding:0 6px;border-radius:4px;margin-right:6px}
.sev-error{background:#fde2e2;color:var(--bad)}.sev-warning{background:#fff1d6;color:var(--near)}.sev-info{background:#e3ecf6;color:var(--accent)}
.where{color:var(--muted);font-size:.85rem;margin-right:6px;font-variant-numeric:tabular-nums}
.rule{color:var(--muted);font-size:.8rem}
@media (max-width:600px){.headline{grid-template-columns:1fr}h1{font-size:1.5rem}}
`

/**
 * Render the health page of one or more coached stories.
 *
 * @param stories the measured stories (see `storyHealth`).
 * @returns a complete HTML document.
 */
export function renderHealthPage(stories: readonly StoryHealth[]): string {
  const lang: Lang = stories[0]?.lang ?? 'en'
  const labels = HEALTH_LABELS[lang]
  const page = h('html', { lang }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }),
      h('title', labels.title),
      h('style', CSS),
    ]),
    h('body', [
      h('main', [
        h('h1', labels.title),
        h('p.intro', labels.intro),
        ...stories.map((story, index) => renderStory(story, index)),
      ]),
    ]),
  ])
  return `<!doctype html>\n${toHtml(page)}\n`
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole))
}

function renderStory(story: StoryHealth, index: number): Element {
  const labels = HEALTH_LABELS[story.lang]
  const id = (section: number) => `s${index}-${section}`
  const first = story.first === undefined ? undefined : story.sections[story.first]
  const children: ElementContent[] = [h('h2', story.title), h('p.path', story.path)]
  children.push(
    first === undefined || story.first === undefined
      ? h('p.first.good', labels.allGood)
      : h('p.first', [
          h('strong', `${labels.workFirst}: `),
          h('a', { href: `#${id(story.first)}` }, first.title ?? ''),
          ` — ${summary(first, story, labels)}`,
        ]),
  )
  if (story.headlines.length > 0) {
    children.push(h('h3', labels.headlines))
    for (const headline of story.headlines) {
      const over = headline.words > story.headlineLimit
      children.push(
        h('div.headline', [
          h('p', [h('strong', `${headline.title}: `), headline.text]),
          h('div', { className: [over ? 'bad' : headline.words > story.headlineLimit * 0.8 ? 'near' : 'ok'] }, [
            h('span.score', `${headline.words}`),
            h('span.hint', ` / ${fill(labels.limit, { n: story.headlineLimit })}`),
            bar(headline.words, story.headlineLimit * 1.6, story.headlineLimit),
          ]),
        ]),
      )
    }
  }
  story.sections.forEach((section, at) => {
    children.push(renderSection(section, story, labels, id(at), at === story.first))
  })
  if (story.general.length > 0) {
    children.push(h('div.card', [h('h3', labels.general), findingList(story.general, labels)]))
  }
  return h('section.story', { lang: story.lang }, children)
}

function summary(section: SectionHealth, story: StoryHealth, labels: HealthLabels): string {
  const parts: string[] = []
  if (section.score !== undefined) parts.push(`${formulaShort(story)} ${section.score}`)
  const longest = section.longest[0]
  if (longest !== undefined) parts.push(`${labels.longest}: ${fill(labels.words, { n: longest.words })}`)
  if (section.findings.length > 0) parts.push(`${labels.findings}: ${section.findings.length}`)
  return parts.join(' · ')
}

function formulaShort(story: StoryHealth): string {
  return story.formula === 'lix' ? 'LIX' : story.formula === 'amstad' ? 'Flesch–Amstad' : 'Flesch'
}

function renderSection(
  section: SectionHealth,
  story: StoryHealth,
  labels: HealthLabels,
  id: string,
  first: boolean,
): Element {
  const title: ElementContent[] = [{ type: 'text', value: section.title ?? '' }]
  if (first) title.push(h('span.tag', labels.workFirst))
  title.push(h('span.meta', `${labels.line} ${section.line} · ${fill(labels.words, { n: section.words })}`))
  const target =
    story.formula === 'lix' ? labels.lixTarget : story.formula === 'amstad' ? labels.amstadTarget : labels.fleschTarget
  const readability: ElementContent[] = [h('h4', labels.readability)]
  if (section.score === undefined) {
    readability.push(h('p.hint', labels.tooShort))
  } else {
    const gap = story.formula === 'lix' ? section.score - story.target : story.target - section.score
    const state = gap > 0 ? 'bad' : gap > -5 ? 'near' : 'ok'
    const max = story.formula === 'lix' ? 80 : 100
    readability.push(
      h('div', { className: [state] }, [
        h('span.score', `${formulaShort(story)} ${section.score}`),
        bar(section.score, max, story.target),
        h('p.hint', fill(target, { target: story.target })),
      ]),
    )
  }
  const longest = h(
    'ol',
    section.longest.map((sentence) =>
      h('li', [
        h(
          'span.count',
          { className: sentence.words > story.sentenceLimit ? ['over'] : [] },
          fill(labels.words, { n: sentence.words }),
        ),
        sentence.text,
      ]),
    ),
  )
  return h('article.card', { id, className: first ? ['is-first'] : [] }, [
    h('h3', title),
    ...readability,
    ...(section.longest.length > 0
      ? [h('h4', `${labels.longest} (${fill(labels.limit, { n: story.sentenceLimit })})`), longest]
      : []),
    h('h4', labels.findings),
    section.findings.length === 0 ? h('p.hint', labels.none) : findingList(section.findings, labels),
  ])
}

function bar(value: number, max: number, target: number): Element {
  const width = Math.max(2, Math.min(100, (value / max) * 100))
  const mark = Math.min(100, (target / max) * 100)
  return h('div.bar', { role: 'img', ariaLabel: `${value} / ${target}` }, [
    h('div.fill', { style: `width:${width.toFixed(1)}%` }),
    h('div.target', { style: `left:${mark.toFixed(1)}%` }),
  ])
}

function findingList(findings: readonly HealthFinding[], labels: HealthLabels): Element {
  return h(
    'ul',
    findings.map((finding) =>
      h('li', [
        h(`span.sev.sev-${finding.severity}`, labels[finding.severity]),
        h('span.where', `${finding.line}:${finding.column}`),
        finding.reason,
        ' ',
        h('span.rule', `[${finding.ruleId}]`),
      ]),
    ),
  )
}
