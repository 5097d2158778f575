import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { VFile } from 'vfile'
import { allMessages } from '../../src/messages/catalogue.ts'
import { messagesPage } from '../../src/messages/docs.ts'
import { say } from '../../src/messages/say.ts'
import { LANGS } from '../../src/types.ts'

const root = path.resolve(import.meta.dirname, '../..')
const page = (lang: string): string => readFileSync(path.join(root, 'docs/messages', `${lang}.md`), 'utf8')

describe('the messages documentation', () => {
  test.each(LANGS)('docs/messages/%s.md is up to date with the catalogue (run `npm run docs`)', (lang) => {
    expect(page(lang)).toBe(messagesPage(lang))
  })

  test('every link a message prints opens an anchor that exists, in every language', () => {
    const missing: string[] = []
    for (const message of allMessages()) {
      for (const lang of LANGS) {
        const file = new VFile({ path: 'story.md', value: '' })
        file.data.messagesLang = lang
        const url = say(file, message, {}).url ?? ''
        const [doc = '', anchor] = url.split('#')
        const text = readFileSync(path.join(root, doc), 'utf8')
        if (anchor === undefined || !text.includes(`<a id="${anchor}"></a>`)) missing.push(`${message.key} ${url}`)
      }
    }
    expect(missing).toEqual([])
  })
})
