import { describe, expect, it } from 'vitest'
import { storydeck } from '../../src/vite/plugin.ts'
import { resolveOptions } from '../../src/vite/options.ts'

describe('plugin options', () => {
  it('has documented defaults', () => {
    expect(resolveOptions(undefined)).toEqual({ root: undefined, stories: 'stories', theme: undefined })
    expect(resolveOptions(null)).toEqual(resolveOptions({}))
    expect(Object.isFrozen(resolveOptions({ stories: 'talks' }))).toBe(true)
  })

  it('names the plugin after the package', () => {
    expect(storydeck().name).toBe('storydeck')
  })

  it.each([
    [{ stories: 3 }, /option `stories` must be a non-empty string, got a number/],
    [{ stories: '' }, /option `stories` must be a non-empty string/],
    [{ stories: '../elsewhere' }, /option `stories` must be a folder inside the project/],
    [{ stories: '/abs' }, /option `stories` must be a folder inside the project/],
    [{ theme: 'Nordic Blue' }, /option `theme` must be a theme folder name/],
    [{ root: ['a'] }, /option `root` must be a non-empty string, got an array/],
    [{ themes: 'x' }, /unknown option `themes`/],
    ['stories', /expected an options object/],
  ])('throws a TypeError naming the option for %j', (options, message) => {
    expect(() => storydeck(options as never)).toThrow(TypeError)
    expect(() => storydeck(options as never)).toThrow(message)
  })
})
