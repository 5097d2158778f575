import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { codeFrame, firstError, formatWarnings, toErrorPayload, toStoryError } from '../../src/vite/errors.ts'
import { story as storyMessages } from '../../src/messages/catalogue/story.ts'
import { say } from '../../src/messages/say.ts'

/** A message as storydeck makes one, with any text (these tests are about how Vite shows it). */
function report(
  file: VFile,
  reason: string,
  options: { ruleId: string; place: { line: number; column: number }; severity?: 'warn'; note?: string },
): void {
  const message = file.message(reason, { place: options.place, ruleId: options.ruleId, source: 'storydeck' })
  message.fatal = options.severity === 'warn' ? false : true
  if (options.note !== undefined) message.note = options.note
  message.url = `docs/messages/en.md#${options.ruleId.replace('/', '-')}`
}

function story(): VFile {
  const file = new VFile({
    path: 'stories/demo.md',
    cwd: '/project',
    value: '---\ntitle: Demo\ntheme: nordik\n---\n\n# From\nToday.\n',
  })
  report(file, 'Unexpected heading, expected `# To`', {
    ruleId: 'story/spine',
    place: { line: 6, column: 1 },
    severity: 'warn',
  })
  report(file, 'Unexpected theme `nordik`, expected `nordic`', {
    ruleId: 'story/theme',
    place: { line: 3, column: 8 },
    note: 'Themes live in `themes/`.',
  })
  return file
}

describe('story errors for Vite', () => {
  it('picks the first error by place, not warnings', () => {
    expect(firstError(story())?.ruleId).toBe('story/theme')
  })

  it('carries id, loc, plugin and a frame with a caret under the column', () => {
    const file = story()
    const error = toStoryError(firstError(file)!, file, String)
    expect(error).toBeInstanceOf(Error)
    expect(error.id).toBe('/project/stories/demo.md')
    expect(error.loc).toEqual({ file: '/project/stories/demo.md', line: 3, column: 8 })
    expect(error.plugin).toBe('storydeck')
    expect(error.message).toBe(
      [
        'Unexpected theme `nordik`, expected `nordic`  [story/theme]',
        'What to do: Themes live in `themes/`.',
        'More: docs/messages/en.md#story-theme',
      ].join('\n'),
    )
    expect(error.frame).toBe(
      ['1 | ---', '2 | title: Demo', '3 | theme: nordik', '  |        ^', '4 | ---', '5 | '].join('\n'),
    )
  })

  it('becomes an HMR error payload without a stack trace', () => {
    const file = story()
    const payload = toErrorPayload(toStoryError(firstError(file)!, file))
    expect(payload).toMatchObject({
      id: '/project/stories/demo.md',
      loc: { line: 3, column: 8 },
      plugin: 'storydeck',
      pluginCode: 'story/theme',
      stack: '',
    })
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload)
  })

  it('says what to do and where to read more in the message language', () => {
    const file = new VFile({ path: 'stories/demo.md', cwd: '/project', value: '---\ntitle: Demo\n---\n' })
    file.data.messagesLang = 'de'
    say(file, storyMessages.missingFrom, { heading: 'Von' }, { place: { line: 1, column: 1 } })
    const error = toStoryError(file.messages[0]!, file, (url) => `/pkg/${url}`)
    expect(error.message).toBe(
      [
        'Ihrer Geschichte fehlt der Teil *Von*: wo wir heute stehen.  [story/missing-section]',
        'So beheben Sie es: Fügen Sie die Überschrift `# Von` mit einem Satz dazu ein, wo wir heute stehen.',
        'Mehr: /pkg/docs/messages/de.md#story-missing-section',
      ].join('\n'),
    )
    file.messages[0]!.fatal = false
    expect(formatWarnings(file)).toEqual([
      'stories/demo.md:1:1: Warnung: Ihrer Geschichte fehlt der Teil *Von*: wo wir heute stehen.  [story/missing-section]',
    ])
  })

  it('formats warnings as clickable lines', () => {
    expect(formatWarnings(story())).toEqual([
      'stories/demo.md:6:1: warning: Unexpected heading, expected `# To`  [story/spine]',
    ])
  })

  it('keeps frames in range at the edges of the file', () => {
    expect(codeFrame('a\nb', 1, 1)).toBe('1 | a\n  | ^\n2 | b')
    expect(codeFrame('a', 9, 1)).toBe('1 | a\n  | ^')
    expect(codeFrame('\tx', 1, 2)).toBe('1 |   x\n  |   ^')
  })
})
