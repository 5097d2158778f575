import { parseSync } from 'vite'
import { describe, expect, it } from 'vitest'
import { clientSource } from '../../src/vite/client.ts'

describe('dev client', () => {
  it('is valid JavaScript that listens for storydeck reloads', () => {
    const code = clientSource('/talks/')
    const result = parseSync('client.js', code, { sourceType: 'module' })
    expect(result.errors).toEqual([])
    expect(code).toContain('const base = "/talks/"')
    expect(code).toContain('import.meta.hot.on("storydeck:reload"')
  })
})
