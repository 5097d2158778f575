import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { codeFrame, firstError, formatWarnings, toErrorPayload, toStoryError } from '../../src/vite/errors.ts'
import { report } from '../../src/story/report.ts'

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
    const error = toStoryError(firstError(file)!, file)
    expect(error).toBeInstanceOf(Error)
    expect(error.id).toBe('/project/stories/demo.md')
    expect(error.loc).toEqual({ file: '/project/stories/demo.md', line: 3, column: 8 })
    expect(error.plugin).toBe('storydeck')
    expect(error.message).toBe('Unexpected theme `nordik`, expected `nordic`\nThemes live in `themes/`.  [story/theme]')
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
