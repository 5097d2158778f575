/**
 * Issue 15: the story and frontmatter messages come from the catalogue and
 * are shown in the story's language (`lang:`), positions unchanged.
 */
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { coachStory } from '../../src/build.ts'
import { localise } from '../../src/messages/say.ts'
import type { Lang } from '../../src/types.ts'
import { parse } from '../util/story.ts'

/** Coach `value` as `stories/story.md` the way `storydeck check` does; its messages as `line:column: reason`. */
async function coached(value: string): Promise<{ file: VFile; lines: string[] }> {
  const file = new VFile({ path: 'stories/story.md', value })
  await coachStory(file, {}, 'nordic', async () => null, {
    readFile: async () => ({ ok: false, reason: 'missing' }),
  })
  return { file, lines: file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`) }
}

describe('the duplicate-key message', () => {
  const story =
    '---\ntitle: One queue\nlang: LANG\ndate: 2027-03-01\ntitle: Two queues\n---\n\n# From\nA.\n\n# To\nB.\n\n# Because\nC.\n'

  test('names the key and points at its second occurrence, in English', async () => {
    const { file, lines } = await coached(story.replace('LANG', 'en'))
    expect(lines).toEqual(['5:1: `title` appears twice in the frontmatter; it was already set on line 2.'])
    expect(file.messages[0]?.note).toBe('Keep one `title:` line and delete the other.')
    expect(file.messages[0]?.ruleId).toBe('frontmatter/yaml')
    expect(file.messages[0]?.fatal).toBe(true)
  })

  test('and in Danish for a Danish story', async () => {
    const { file, lines } = await coached(story.replace('LANG', 'da'))
    expect(lines).toEqual(['5:1: `title` står to gange i toppen af filen; den er allerede angivet i linje 2.'])
    expect(file.messages[0]?.note).toBe('Behold én linje med `title:`, og slet den anden.')
    expect(file.messages[0]?.url).toBe('docs/messages/da.md#frontmatter-yaml')
  })

  test('finds a nested key twice and a quoted spelling of the same key', () => {
    const nested = parse('---\ntitle: A\nposter:\n  size: A3\n  size: A4\n---\n\n# From\nA.\n')
    expect(nested.messages[0]).toBe('5:3: `size` appears twice in the frontmatter; it was already set on line 4.')
    const quoted = parse('---\ntitle: A\n"title": B\n---\n\n# From\nA.\n')
    expect(quoted.messages[0]).toBe('3:1: `title` appears twice in the frontmatter; it was already set on line 2.')
  })
})

describe('a story in each language gets its messages in that language', () => {
  // Note: `# Because` is missing (in the story's own words) and the date does not exist.
  const cases: Record<Exclude<Lang, 'en'>, { from: string; to: string; lines: string[] }> = {
    da: {
      from: 'Fra',
      to: 'Til',
      lines: [
        '4:1: Datoen `2027-02-30` findes ikke i kalenderen.',
        '7:1: Din fortælling har ingen *Fordi*-del: hvorfor det betyder noget.',
      ],
    },
    nb: {
      from: 'Fra',
      to: 'Til',
      lines: [
        '4:1: Datoen `2027-02-30` finnes ikke i kalenderen.',
        '7:1: Fortellingen din har ingen *Fordi*-del: hvorfor det betyr noe.',
      ],
    },
    nn: {
      from: 'Frå',
      to: 'Til',
      lines: [
        '4:1: Datoen `2027-02-30` finst ikkje i kalenderen.',
        '7:1: Forteljinga di har ingen *Fordi*-del: kvifor det betyr noko.',
      ],
    },
    sv: {
      from: 'Från',
      to: 'Till',
      lines: [
        '4:1: Datumet `2027-02-30` finns inte i kalendern.',
        '7:1: Din berättelse saknar delen *Därför att*: varför det spelar roll.',
      ],
    },
    de: {
      from: 'Von',
      to: 'Zu',
      lines: [
        '4:1: Das Datum `2027-02-30` gibt es im Kalender nicht.',
        '7:1: Ihrer Geschichte fehlt der Teil *Weil*: warum es wichtig ist.',
      ],
    },
  }

  test.each(Object.entries(cases))('%s', async (lang, { from, to, lines }) => {
    const story = `---\ntitle: Ein Weg\nlang: ${lang}\ndate: 2027-02-30\n---\n\n# ${from}\nA.\n\n# ${to}\nB.\n`
    const coachedStory = await coached(story)
    expect(coachedStory.lines).toEqual(lines)
    expect(coachedStory.file.messages.map((m) => m.ruleId)).toEqual(['frontmatter/date', 'story/missing-section'])
  })

  test('an unknown key lists the allowed keys and suggests the closest, in German', async () => {
    const { file, lines } = await coached('---\ntitel: Ein Weg\nlang: de\n---\n\n# Von\nA.\n\n# Zu\nB.\n\n# Weil\nC.\n')
    expect(lines).toEqual(['2:1: storydeck kennt die Angabe `titel` nicht. Meinten Sie `title`?'])
    expect(file.messages[0]?.note).toMatch(
      /^Schreiben Sie stattdessen `title:`\. storydeck kennt die Angaben `title`, `subtitle`, .* und `words`\.$/,
    )
  })
})

describe('every story message can be shown again in another language', () => {
  test('a Swedish reader of an English story', () => {
    const { file } = parse(
      '---\ntitle: A\nposter:\n  size: A9\n  orientation: sideways\n---\n\n# From\nA.\n\n# To\nB.\n\n# Because\nC.\n',
    )
    localise(file, 'sv')
    expect(file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`)).toEqual([
      '4:3: storydeck känner inte igen pappersformatet `A9`.',
      '5:3: Affischens riktning är `sideways`; storydeck känner till `portrait` och `landscape`.',
    ])
    expect(file.messages[0]?.note).toBe('Skriv något av `A4`, `A3`, `A2`, `letter` och `tabloid` efter `size:`.')
  })
})

describe('messages made after the build', () => {
  test('two stories writing one folder: the second is told in its own language', async () => {
    const { markDuplicateSlug } = await import('../../src/project/project.ts')
    const story = '---\ntitle: A\nlang: sv\n---\n\n# Från\nA.\n\n# Till\nB.\n\n# Därför att\nC.\n'
    const first = parse(story, 'claims')
    const second = parse(story, 'claims')
    second.file.path = 'stories/other/claims.md'
    const seen = new Map()
    markDuplicateSlug(seen, { file: first.file, story: first.story, outputs: [], failed: false })
    const build = { file: second.file, story: second.story, outputs: [], failed: false }
    markDuplicateSlug(seen, build)
    expect(build.failed).toBe(true)
    expect(second.file.messages.map((m) => `${m.line}:${m.column}: ${m.reason} [${m.ruleId}]`)).toEqual([
      '1:1: Den här berättelsen skulle skrivas till mappen `claims`, som `stories/claims.md` redan använder. [story/duplicate-slug]',
    ])
    expect(second.file.messages[0]?.fatal).toBe(true)
  })
})

describe('image messages', () => {
  test('say what is wrong with each image, in the story’s language', async () => {
    const path = await import('node:path')
    const { buildStory } = await import('../../src/build.ts')
    const { createEnvironment } = await import('../../src/project/project.ts')
    const root = path.resolve(import.meta.dirname, '../..')
    const env = await createEnvironment(root, {})
    const value =
      '---\ntitle: A\nlang: LANG\n---\n\n# From\nA.\n\n# To\nB.\n\n# Because\nC.\n\n' +
      '![Team](https://example.com/team.jpg)\n\n![Team](/team.jpg)\n\n![Team](data:image/png;base64,AA)\n\n![Team](no-such-picture.jpg)\n'
    const lines = async (lang: string): Promise<string[]> => {
      const file = new VFile({ path: 'stories/pictures.md', value: value.replace('LANG', lang), cwd: root })
      await buildStory(file, env)
      return file.messages
        .filter((m) => m.ruleId?.startsWith('image/'))
        .map((m) => `${m.line}:${m.column}: ${m.reason}`)
    }
    expect(await lines('en')).toEqual([
      '15:1: This image is on the internet; the deck and the poster must work without a network.',
      '17:1: This image’s path starts with `/`; storydeck looks for images from the story’s own folder.',
      '19:1: This image’s address starts with `data:`; storydeck only shows image files from the project.',
      '21:1: storydeck cannot find the image `no-such-picture.jpg`; it looked for `stories/no-such-picture.jpg`.',
    ])
    expect(await lines('nb')).toEqual([
      '15:1: Dette bildet ligger på internett; presentasjonen og plakaten må fungere uten nettverk.',
      '17:1: Stien til dette bildet begynner med `/`; storydeck leter etter bilder ut fra fortellingens egen mappe.',
      '19:1: Adressen til dette bildet begynner med `data:`; storydeck viser bare bildefiler fra prosjektet.',
      '21:1: storydeck finner ikke bildet `no-such-picture.jpg`; den lette etter `stories/no-such-picture.jpg`.',
    ])
  })
})
