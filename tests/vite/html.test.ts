import { describe, expect, it } from 'vitest'
import { prepareDevPage, relaxCsp } from '../../src/vite/html.ts'

describe('dev page preparation', () => {
  it('allows the dev server scripts, its websocket and the overlay styles', () => {
    expect(
      relaxCsp("default-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self'; img-src 'self' data:"),
    ).toBe(
      "default-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:",
    )
  })

  it('derives missing directives from default-src', () => {
    expect(relaxCsp("default-src 'self'")).toBe(
      "default-src 'self'; script-src 'self'; connect-src 'self' ws: wss:; style-src 'self' 'unsafe-inline'",
    )
  })

  it('rewrites an entity-escaped policy meta tag and adds the clients to the head', () => {
    const page =
      '<html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;"><title>x</title></head><body></body></html>'
    const dev = prepareDevPage(page, '/base/')
    // Note: written back with the one HTML escaper, as the built page writes its own policy (`'` as `&#39;`).
    expect(dev).toContain(
      `content="${"default-src 'none'; script-src 'self'; connect-src 'self' ws: wss:; style-src 'self' 'unsafe-inline'".replaceAll("'", '&#39;')}"`,
    )
    expect(dev).toContain(
      '<script type="module" src="/base/@vite/client"></script><script type="module" src="/base/@storydeck/client.js"></script></head>',
    )
  })
})
