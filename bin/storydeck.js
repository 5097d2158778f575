#!/usr/bin/env node
// Starts the CLI (lib/cli.cjs, one bundled script) through V8's code cache.
//
// Compiling the CLI's code was about a sixth of a cold `storydeck build`
// (docs/performance.md), and Node 20 keeps no compiled code between runs. So
// the first run of each command keeps V8's compiled code in a folder of the
// user's own under the system temp folder; later runs start from it. The
// cache is only a speed-up: a missing, stale or damaged one is rebuilt, and
// `NODE_DISABLE_COMPILE_CACHE=1` (as in Node ≥ 22) turns it off.
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import { crc32 } from 'node:zlib'

/** Caches of other builds kept per command. */
const KEEP_OTHERS = 3
/** Bytes of the checksum in front of a cache's payload (see `checksum`). */
const CHECKSUM_BYTES = 4

const file = fileURLToPath(new URL('../lib/cli.cjs', import.meta.url))
const source = readCli(file)
const cacheFile = codeCacheFile(file, process.argv[2])
const cachedData = cacheFile === undefined ? undefined : readCodeCache(cacheFile)
// Note: the wrapper keeps line numbers of the bundle as they are (it adds to line 1 only).
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  ...(cachedData === undefined ? {} : { cachedData }),
})
const cli = { exports: {} }
script.runInThisContext()(cli.exports, createRequire(file), cli, file, path.dirname(file))
process.exitCode = await cli.exports.run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
})
// Note: made after the run, so the cache holds the code this command compiled, not only the top level.
if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true))
  writeCodeCache(cacheFile, script)

/** The compiled CLI; without it (a checkout that was never compiled), say how to make it. */
function readCli(cli) {
  try {
    // Note: read as UTF-8 although the script is pure ASCII: Latin-1 is faster to read, but Node hands a script
    // this large to V8 as an external string, and the whole run was no faster from it (docs/performance.md).
    return readFileSync(cli, 'utf8')
  } catch {
    process.stderr.write(
      `storydeck: ${path.relative(process.cwd(), cli) || cli} is missing. Run \`npm install\` (or \`npm run compile\`) in the storydeck folder first.\n`,
    )
    process.exit(2)
  }
}

/**
 * `<temp>/storydeck-compile-cache-<uid>/<hash of the CLI's file stamp>-<node>-<arch>-<command>.bin`,
 * or undefined when caching is off or the folder is not safely the user's own.
 */
function codeCacheFile(cli, command) {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined
  const uid = process.getuid?.()
  const dir = path.join(os.tmpdir(), `storydeck-compile-cache-${uid ?? os.userInfo().username}`)
  try {
    mkdirSync(dir, { mode: 0o700 })
  } catch (error) {
    if (error.code !== 'EEXIST') return undefined
  }
  try {
    // Note: code in the cache runs as this user, so nobody else may write the folder (and it may not be a link).
    const info = lstatSync(dir)
    if (
      !info.isDirectory() ||
      (uid !== undefined && info.uid !== uid) ||
      (process.platform !== 'win32' && (info.mode & 0o022) !== 0)
    )
      return undefined
  } catch {
    return undefined
  }
  // Note: the script's stamp (as Git's index: size, times in ns, inode, device) names its cache; any change to the
  // file changes its change time. Hashing the 1 MB script itself cost ≈ 5 ms of every start (docs/performance.md).
  let hash
  try {
    const info = statSync(cli, { bigint: true })
    const stamp = [info.size, info.mtimeNs, info.ctimeNs, info.ino, info.dev].join(' ')
    hash = createHash('sha1').update(stamp).digest('hex').slice(0, 16)
  } catch {
    return undefined
  }
  const kind = ['build', 'check', 'lint', 'dev', 'new', 'themes'].includes(command) ? command : 'cli'
  return path.join(dir, `${hash}-${process.version}-${process.arch}-${kind}.bin`)
}

/** The cache's bytes, when its checksum holds (V8 would crash on damaged code, not refuse it). */
function readCodeCache(cache) {
  let bytes
  try {
    bytes = readFileSync(cache)
  } catch {
    return undefined
  }
  const payload = bytes.subarray(CHECKSUM_BYTES)
  return bytes.length > CHECKSUM_BYTES && checksum(payload).equals(bytes.subarray(0, CHECKSUM_BYTES))
    ? payload
    : undefined
}

/**
 * CRC-32 of a cache's payload. It guards against a damaged file (a torn write, a full disk), not against
 * an attacker: nobody else may write the cache's folder (see `codeCacheFile`). A SHA-1 of the 1.5 MB
 * payload took 4–5 ms of every start, CRC-32 under 2 ms with loading zlib (docs/performance.md).
 */
function checksum(payload) {
  const sum = Buffer.alloc(CHECKSUM_BYTES)
  sum.writeUInt32BE(crc32(payload))
  return sum
}

/** Write the cache (CRC-32 of the payload, then the payload) atomically; keep the newest few of this command. */
function writeCodeCache(cache, compiled) {
  const temporary = `${cache}.${process.pid}.tmp`
  try {
    const payload = compiled.createCachedData()
    writeFileSync(temporary, Buffer.concat([checksum(payload), payload]), { mode: 0o600 })
    renameSync(temporary, cache)
    // Note: caches of other builds (older versions, another install) are kept a while, so two installs used in turn do not evict each other.
    const dir = path.dirname(cache)
    const own = path.basename(cache)
    const suffix = own.slice(own.indexOf('-'))
    const others = readdirSync(dir)
      .filter((name) => name !== own && name.endsWith(suffix))
      .map((name) => ({ name, time: statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time)
    for (const { name } of others.slice(KEEP_OTHERS)) rmSync(path.join(dir, name), { force: true })
  } catch {
    rmSync(temporary, { force: true })
  }
}
