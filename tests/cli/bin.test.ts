/**
 * The shipped CLI: `bin/storydeck.js` running the compiled `lib/cli.cjs`
 * through V8's code cache, as a user's `npx storydeck` does.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { hasBrowser } from '../util/browser.ts'

const root = path.resolve(fileURLToPath(import.meta.url), '../../..')
const bin = path.join(root, 'bin', 'storydeck.js')
const uid = process.getuid?.() ?? os.userInfo().username

beforeAll(() => {
  // Note: the test covers the sources as they are now, not an older compile.
  execFileSync(process.execPath, ['scripts/compile.mjs'], { cwd: root, stdio: 'pipe' })
}, 120_000)

function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'storydeck-bin-'))
  cpSync(path.join(root, 'stories', 'harbour-mutual-claims.md'), path.join(dir, 'stories', 'harbour-mutual-claims.md'))
  return dir
}

/** Run the CLI with its own temp folder, so its compile cache is this test's. */
function storydeck(args: string[], cwd: string, tmp: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: tmp, ...env },
  })
}

function cacheFolder(tmp: string): string {
  return path.join(tmp, `storydeck-compile-cache-${uid}`)
}

describe('bin/storydeck.js', () => {
  it('ships a CLI that is pure ASCII (V8 then keeps it as a one-byte string, faster to read)', () => {
    for (const name of readdirSync(path.join(root, 'lib')).filter((file) => file.endsWith('.cjs'))) {
      const bytes = readFileSync(path.join(root, 'lib', name))
      expect(
        bytes.findIndex((byte) => byte > 0x7f),
        name,
      ).toBe(-1)
    }
  })

  it('builds with the compiled CLI, keeps a code cache and uses it the next time', () => {
    const dir = project()
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    const first = storydeck(['build', '--quiet'], dir, tmp)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stderr).not.toMatch(/Warning:/)
    const deck = readFileSync(path.join(dir, 'dist', 'harbour-mutual-claims', 'index.html'), 'utf8')
    const caches = readdirSync(cacheFolder(tmp))
    expect(caches).toHaveLength(1)
    expect(caches[0]).toMatch(new RegExp(`^[0-9a-f]{16}-${process.version}-${process.arch}-build\\.bin$`))
    expect(statSync(cacheFolder(tmp)).mode & 0o777).toBe(0o700)
    const cache = path.join(cacheFolder(tmp), caches[0]!)
    const before = statSync(cache)

    const second = storydeck(['build', '--quiet', '--force'], dir, tmp)
    expect(second.status, second.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'dist', 'harbour-mutual-claims', 'index.html'), 'utf8')).toBe(deck)
    // An accepted cache is not written again.
    expect(statSync(cache).mtimeMs).toBe(before.mtimeMs)
    expect(statSync(cache).ino).toBe(before.ino)

    // Each command keeps its own.
    expect(storydeck(['check', '--quiet'], dir, tmp).status).toBe(0)
    expect(readdirSync(cacheFolder(tmp)).sort()).toEqual(
      [caches[0], caches[0]!.replace('-build.bin', '-check.bin')].sort(),
    )
  })

  it('runs from a damaged cache as from none, and writes a good one', () => {
    const dir = project()
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    expect(storydeck(['build', '--quiet'], dir, tmp).status).toBe(0)
    const cache = path.join(cacheFolder(tmp), readdirSync(cacheFolder(tmp))[0]!)
    const good = readFileSync(cache)
    const damaged = Buffer.from(good)
    for (let at = 100; at < damaged.length; at += 997) damaged[at]! ^= 0xff
    writeFileSync(cache, damaged)

    const run = storydeck(['build', '--quiet', '--force'], dir, tmp)
    expect(run.status, run.stderr).toBe(0)
    expect(existsSync(path.join(dir, 'dist', 'harbour-mutual-claims', 'poster.html'))).toBe(true)
    expect(readFileSync(cache).equals(damaged)).toBe(false)

    writeFileSync(cache, good.subarray(0, 1000))
    expect(storydeck(['build', '--quiet', '--force'], dir, tmp).status).toBe(0)
  })

  it('keeps no cache when asked not to, when others may write the folder, or when it is a link', () => {
    const dir = project()
    const off = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    expect(storydeck(['build', '--quiet'], dir, off, { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0)
    expect(existsSync(cacheFolder(off))).toBe(false)

    const shared = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    storydeck(['--version'], dir, shared)
    chmodSync(cacheFolder(shared), 0o777)
    const before = readdirSync(cacheFolder(shared))
    const run = storydeck(['build', '--quiet', '--force'], dir, shared)
    expect(run.status, run.stderr).toBe(0)
    expect(readdirSync(cacheFolder(shared))).toEqual(before)

    // A link in its place (to a folder of the user's own) is not followed.
    const linked = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'storydeck-elsewhere-'))
    symlinkSync(elsewhere, cacheFolder(linked))
    expect(storydeck(['build', '--quiet', '--force'], dir, linked).status).toBe(0)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('loads neither Vite, Playwright nor the take-away script for a plain build (issue 9)', () => {
    const dir = project()
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    const requires = path.join(tmp, 'requires.txt')
    const loaded = (args: string[]): string[] => {
      const run = spawnSync(
        process.execPath,
        ['--require', path.join(root, 'tests', 'util', 'record-requires.cjs'), bin, ...args],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, TMPDIR: tmp, STORYDECK_REQUIRES: requires },
        },
      )
      expect(run.status, run.stderr).toBe(0)
      return readFileSync(requires, 'utf8').split('\n')
    }
    const heavy = (requests: string[]): string[] =>
      requests.filter((request) => /^(vite|playwright-core)(\/|$)|takeaway\.cjs$/.test(request))
    expect(heavy(loaded(['build', '--quiet']))).toEqual([])
    expect(heavy(loaded(['check', '--quiet']))).toEqual([])
    expect(heavy(loaded(['lint']))).toEqual([])
    // Note: the same probe sees them when they are used, so the check above can fail.
    expect(heavy(loaded(['build', '--quiet', '--single-file']))).toEqual(['./takeaway.cjs'])
  })

  it('reports a bad story with its place and exit code 1, without a stack trace', () => {
    const dir = project()
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    writeFileSync(path.join(dir, 'stories', 'bad.md'), '---\ntittle: x\n---\n')
    const run = storydeck(['build'], dir, tmp)
    expect(run.status).toBe(1)
    expect(run.stderr + run.stdout).toContain(
      'stories/bad.md:2:1: error: storydeck does not know the key `tittle`. Did you mean `title`?',
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('points at a comma after the last item of the configuration (jsonc-parser, bundled)', () => {
    const dir = project()
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    writeFileSync(path.join(dir, 'storydeck.config.json'), '{\n  "words": ["Nordlys",]\n}\n')
    const run = storydeck(['check'], dir, tmp)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      'storydeck.config.json:2:23: error: From here on, `storydeck.config.json` is not valid JSON.',
    )
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('writes the take-away formats from their own script (lib/takeaway.cjs)', () => {
    const dir = project()
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    const run = storydeck(['build', '--quiet', '--single-file', '--pptx'], dir, tmp)
    expect(run.status, run.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'dist', 'harbour-mutual-claims.html'), 'utf8')).toContain(
      'One person, all the way',
    )
    expect(
      readFileSync(path.join(dir, 'dist', 'harbour-mutual-claims', 'deck.pptx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')
  })

  it.runIf(hasBrowser())(
    'prints PDFs through playwright-core',
    () => {
      const dir = project()
      const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
      const run = storydeck(['build', '--quiet', '--pdf'], dir, tmp)
      expect(run.status, run.stderr).toBe(0)
      for (const name of ['deck.pdf', 'poster.pdf', 'handout.pdf']) {
        expect(
          readFileSync(path.join(dir, 'dist', 'harbour-mutual-claims', name))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-')
      }
    },
    60_000,
  )

  it('starts the dev server (Vite) and serves the index', async () => {
    const dir = project()
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'storydeck-tmp-'))
    const child = spawn(process.execPath, [bin, 'dev', '--port', '0'], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp },
    })
    try {
      let output = ''
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 30_000)
        const look = (chunk: Buffer): void => {
          output += chunk.toString()
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))
          if (found) {
            clearTimeout(timer)
            resolve(found[0])
          }
        }
        child.stdout.on('data', look)
        child.stderr.on('data', look)
        child.on('exit', (code) => reject(new Error(`dev server exited with ${code}:\n${output}`)))
      })
      const response = await fetch(url)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('One person, all the way')
      // Vite is an ES module loaded with `require` (Node ≥ 20.19): no experimental warning may reach the user.
      expect(output).not.toMatch(/ExperimentalWarning|DeprecationWarning/)
    } finally {
      child.kill('SIGINT')
    }
  }, 60_000)
})
