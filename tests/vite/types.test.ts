import { describe, expectTypeOf, it } from 'vitest'
import type { Options as Published, storydeck as publishedFactory } from '../../types/vite.d.ts'
import type { Options } from '../../src/vite/options.ts'
import type { storydeck } from '../../src/vite/plugin.ts'

describe('published types of storydeck/vite', () => {
  it('match the source', () => {
    expectTypeOf<Published>().toEqualTypeOf<Options>()
    expectTypeOf<typeof publishedFactory>().toEqualTypeOf<typeof storydeck>()
  })
})
