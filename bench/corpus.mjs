// Deterministic benchmark corpus: realistic stories in all five languages
// (six with Nynorsk), from tiny to long. Same seed, same bytes.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Small seeded PRNG (mulberry32). */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = {
  en: {
    h: ['From', 'To', 'Because', 'Questions'],
    note: 'Note',
    chapter: 'Chapter',
    text: 'Our customers call us when something has gone wrong and they want one person who listens, explains the next step and keeps the promise we made together.',
  },
  da: {
    h: ['Fra', 'Til', 'Fordi', 'Spørgsmål'],
    note: 'Noter',
    chapter: 'Kapitel',
    text: 'Borgerne ringer til os, når noget er svært, og de vil have én person, der lytter, forklarer næste skridt og holder det løfte, vi gav dem.',
  },
  nb: {
    h: ['Fra', 'Til', 'Fordi', 'Spørsmål'],
    note: 'Notater',
    chapter: 'Kapittel',
    text: 'Kundene ringer oss når noe er vanskelig, og de vil ha én person som lytter, forklarer neste steg og holder det vi lovet sammen.',
  },
  sv: {
    h: ['Från', 'Till', 'Därför att', 'Frågor'],
    note: 'Anteckningar',
    chapter: 'Kapitel',
    text: 'Kunderna ringer oss när något har gått fel, och de vill ha en person som lyssnar, förklarar nästa steg och håller det vi lovade.',
  },
  de: {
    h: ['Von', 'Zu', 'Weil', 'Fragen'],
    note: 'Notizen',
    chapter: 'Kapitel',
    text: 'Unsere Kunden rufen uns an, wenn etwas schiefgeht, und sie wollen eine Person, die zuhört, den nächsten Schritt erklärt und ihr Wort hält.',
  },
}
export const LANGS = Object.keys(WORDS)

/**
 * The peer-equivalent story (as in the issue): title, From, To, Because, six
 * chapters with a paragraph, four bullets and a speaker note, questions:
 * 11 slides, about 3 KB.
 */
export function typicalStory(lang, index) {
  const w = WORDS[lang]
  const chapters = Array.from({ length: 6 }, (_, c) =>
    [
      `# ${w.chapter} ${c + 1}`,
      '',
      w.text,
      '',
      ...[1, 2, 3, 4].map(
        (b) =>
          `- ${w.text
            .split(' ')
            .slice(b, b + 6)
            .join(' ')}`,
      ),
      '',
      `${w.note}: ${w.text.split(' ').slice(0, 12).join(' ')}.`,
      '',
    ].join('\n'),
  )
  return [
    '---',
    `title: ${w.h[0]} ${index + 1}`,
    'organisation: Bench',
    `lang: ${lang}`,
    '---',
    '',
    `# ${w.h[0]}`,
    w.text,
    '',
    `# ${w.h[1]}`,
    w.text,
    '',
    `# ${w.h[2]}`,
    w.text,
    '',
    ...chapters,
    `# ${w.h[3]}`,
    ...[1, 2, 3].map(
      (q) =>
        `- ${w.text
          .split(' ')
          .slice(q, q + 8)
          .join(' ')}?`,
    ),
    '',
  ].join('\n')
}

/**
 * The same story for Marp (https://marp.app), for the side-by-side figures in
 * `npm run bench`: the same 11 slides (a title slide, then one slide per `#`
 * heading, split with `---` as Marp wants), the same text, the speaker notes
 * as HTML comments (Marp's notes).
 */
export function marpStory(lang, index) {
  const w = WORDS[lang]
  const [, front, body] = typicalStory(lang, index).split(/^---$/m)
  const meta = Object.fromEntries(
    front
      .trim()
      .split('\n')
      .map((line) => line.split(/: (.*)/s).slice(0, 2)),
  )
  const slides = body
    .trim()
    .split(/^(?=# )/m)
    .map((slide) =>
      slide
        .trim()
        .split('\n')
        .map((line) => (line.startsWith(`${w.note}: `) ? `<!-- ${line.slice(w.note.length + 2)} -->` : line))
        .join('\n'),
    )
  return [
    '---',
    'marp: true',
    `title: ${meta.title}`,
    `lang: ${meta.lang}`,
    '---',
    '',
    [`# ${meta.title}`, '', meta.organisation].join('\n'),
    ...slides.flatMap((slide) => ['', '---', '', slide]),
    '',
  ].join('\n')
}

/**
 * Write `count` Marp versions of the typical stories (same languages and
 * order as `writeCorpus(dir, count, 'typical')`) into `dir/`.
 */
export async function writeMarpCorpus(dir, count) {
  await mkdir(dir, { recursive: true })
  for (let index = 0; index < count; index++)
    await writeFile(
      path.join(dir, `story-${String(index + 1).padStart(4, '0')}.md`),
      marpStory(LANGS[index % LANGS.length], index),
    )
}

/** Variants of the sample stories: tiny (spine only), typical, long (extra chapters). */
export async function sampleVariants(samplesDir) {
  const names = (await readdir(samplesDir)).filter((name) => name.endsWith('.md')).sort()
  return Promise.all(names.map((name) => readFile(path.join(samplesDir, name), 'utf8')))
}

/**
 * Write `count` stories into `dir/stories/`.
 *
 * @param kind 'typical' (the peer-equivalent story in rotating languages) or
 *   'mixed' (sample variants from tiny to long).
 */
export async function writeCorpus(dir, count, kind, samplesDir, seed = 42) {
  const stories = path.join(dir, 'stories')
  await mkdir(stories, { recursive: true })
  const samples = kind === 'mixed' ? await sampleVariants(samplesDir) : []
  const next = random(seed)
  for (let index = 0; index < count; index++) {
    let text
    if (kind === 'typical') {
      text = typicalStory(LANGS[index % LANGS.length], index)
    } else {
      const sample = samples[index % samples.length]
      const size = Math.floor(next() * 4)
      text = sample.replace(/^title: (.*)$/m, `title: $1 ${index + 1}`)
      if (size === 0) {
        // Note: the lead and the spine only; split the body, not the frontmatter, whose schema line starts with `# `.
        const body = text.indexOf('\n---\n', 3) + 5
        text = `${text.slice(0, body)}${text.slice(body).split(/\n# /).slice(0, 4).join('\n# ')}\n`
      }
      if (size === 3) {
        const lang = /^lang: (\w+)$/m.exec(text)?.[1] ?? 'en'
        const w = WORDS[lang] ?? WORDS.nb
        for (let c = 1; c <= 3; c++) text += `\n# ${w.chapter} ${c}\n\n${w.text} ${w.text}\n\n${w.note}: ${w.text}\n`
      }
    }
    await writeFile(path.join(stories, `story-${String(index + 1).padStart(4, '0')}.md`), text)
  }
}
