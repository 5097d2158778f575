#!/usr/bin/env node
// storydeck benchmark: whole `storydeck build` processes on a generated
// corpus, min/median/max of several runs, peak memory from the OS (GNU time,
// or the process's own resource usage where GNU time is not installed).
// Prints a table with each target beside each figure and writes
// bench/results.json. It never fails on a slow machine.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { appendFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { typicalStory, writeCorpus, writeMarpCorpus } from './corpus.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(here)
const bin = path.join(root, 'bin', 'storydeck.js')
const samples = path.join(root, 'stories')
const quick = process.argv.includes('--quick')
// Note: `--cold-only` stops after the one- and twenty-story cases (with Marp beside them), for measuring a change quickly.
const coldOnly = process.argv.includes('--cold-only')
const RUNS = quick ? 3 : 7
const results = []
// Note: `--force` (ignore the incremental cache) exists once the cache does.
const FORCE = spawnSync(process.execPath, [bin, 'build', '--help'], { encoding: 'utf8' }).stdout.includes('--force')
  ? ['--force']
  : []

if (!existsSync(path.join(root, 'lib', 'cli.cjs'))) {
  console.error('bench: lib/cli.cjs is missing; run `npm run compile` first.')
  process.exit(1)
}

async function project(count, kind) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'storydeck-bench-'))
  await writeCorpus(dir, count, kind, samples)
  return dir
}

/** GNU time measures peak memory and CPU from outside; without it, `bench/probe.cjs` reports them from inside. */
const GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0

const MARP = marpCli()
/** HTML output (Marp's default; no browser, no network): every deck in marp/ into marp-out/. */
const MARP_ARGS = ['--no-config-file', '--input-dir', 'marp', '--output', 'marp-out']

/**
 * Run one CLI process; returns wall time (ms), CPU time (user + system, ms;
 * steadier than wall time when other work shares the machine) and peak RSS (MB).
 */
function runCli(args, cwd, command = [process.execPath, bin]) {
  const figures = path.join(cwd, '.bench-figures')
  const [program, ...rest] = GNU_TIME
    ? ['/usr/bin/time', '-f', '%M %U %S', '-o', figures, ...command, ...args]
    : [command[0], '--require', path.join(here, 'probe.cjs'), ...command.slice(1), ...args]
  const started = performance.now()
  const result = spawnSync(program, rest, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, STORYDECK_BENCH_FIGURES: figures },
  })
  const ms = performance.now() - started
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`storydeck ${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`)
  const [rss, user, system] = readFileSync(figures, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
  return { ms, rssMb: rss / 1024, cpuMs: (user + system) * 1000 }
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) }
}

function record(name, unit, values, target, extra = {}) {
  const s = stats(values)
  results.push({ name, unit, ...s, runs: values.length, target, ...extra })
  const f = (v) => (unit === 'ms' ? v.toFixed(0) : v.toFixed(1))
  const cpu = extra.cpuMs === undefined ? '' : `  cpu ${extra.cpuMs.toFixed(0)} ms`
  console.log(
    `${name.padEnd(46)} ${f(s.median).padStart(8)} ${unit.padEnd(3)} (min ${f(s.min)}, max ${f(s.max)})${cpu}   target ${target}`,
  )
}

/** Cold builds (no dist/, no cache) of a project, `runs` times. */
async function coldRuns(dir, runs) {
  const times = []
  const rss = []
  const cpu = []
  for (let run = 0; run < runs; run++) {
    await rm(path.join(dir, 'dist'), { recursive: true, force: true })
    await rm(path.join(dir, '.storydeck-cache'), { recursive: true, force: true })
    const { ms, rssMb, cpuMs } = runCli(['build', '--quiet', ...FORCE], dir)
    times.push(ms)
    rss.push(rssMb)
    cpu.push(cpuMs)
  }
  return { times, rss, cpu }
}

/**
 * Cold builds of `count` typical stories, `RUNS` times after a warm-up run;
 * with Marp CLI installed, each run is followed by Marp converting the same
 * decks (`marpStory`), so both see the same load.
 */
async function cold(name, count, target) {
  const dir = await project(count, 'typical')
  if (MARP) await writeMarpCorpus(path.join(dir, 'marp'), count)
  const marpRun = () => {
    rmSync(path.join(dir, 'marp-out'), { recursive: true, force: true })
    return runCli(MARP_ARGS, dir, [process.execPath, MARP.bin])
  }
  await coldRuns(dir, 1)
  if (MARP) marpRun()
  const times = []
  const rss = []
  const cpu = []
  const marp = { times: [], cpu: [] }
  for (let run = 0; run < RUNS; run++) {
    const ours = await coldRuns(dir, 1)
    times.push(...ours.times)
    rss.push(...ours.rss)
    cpu.push(...ours.cpu)
    if (!MARP) continue
    const theirs = marpRun()
    marp.times.push(theirs.ms)
    marp.cpu.push(theirs.cpuMs)
  }
  const wall = stats(times).median
  const cpuMs = stats(cpu).median
  const side = MARP ? { median: stats(marp.times).median, cpuMs: stats(marp.cpu).median } : undefined
  record(name, 'ms', times, target, {
    peakMb: stats(rss).max,
    cpuMs,
    ...(side
      ? { marp: { version: MARP.version, ...stats(marp.times), cpuMs: side.cpuMs }, ratio: side.median / wall }
      : {}),
  })
  if (side) printMarp(side.median, side.cpuMs, wall, cpuMs)
  await rm(dir, { recursive: true, force: true })
  return { wall, cpu: cpuMs, marp: side }
}

/** The Marp line under a figure: Marp's median, and how many times faster storydeck was (wall; CPU in brackets). */
function printMarp(wall, cpuMs, oursWall, oursCpu) {
  console.log(
    `${`  Marp CLI ${MARP.version}, same decks, same run`.padEnd(46)} ${wall.toFixed(0).padStart(8)} ms    cpu ${cpuMs.toFixed(0)} ms   storydeck ${(wall / oursWall).toFixed(2)}× faster (cpu ${(cpuMs / oursCpu).toFixed(2)}×)   goal ≥ 3.0×`,
  )
}

/**
 * Marp CLI, pinned in bench/package.json (not a dependency of storydeck):
 * installed into bench/node_modules on first use. Undefined, with a line
 * saying why, when it cannot be installed (offline) or `--no-marp` is given.
 */
function marpCli() {
  if (process.argv.includes('--no-marp')) return undefined
  const wanted = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8')).devDependencies[
    '@marp-team/marp-cli'
  ]
  const manifest = path.join(here, 'node_modules', '@marp-team', 'marp-cli', 'package.json')
  const installed = () => existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === wanted
  if (!installed()) {
    console.log(`Installing Marp CLI ${wanted} into bench/node_modules (once) for the side-by-side figures…`)
    const npm = spawnSync('npm', ['ci', '--prefix', here, '--ignore-scripts', '--no-audit', '--no-fund'], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      shell: process.platform === 'win32',
    })
    if (npm.status !== 0 || !installed()) {
      const why = (npm.error?.message ?? npm.stderr ?? '')
        .split('\n')
        .filter((line) => line.trim() && !/log of this run|^npm error\s*$/.test(line))
        .slice(0, 2)
        .join('; ')
      console.log(`Marp CLI ${wanted} could not be installed (${why || 'npm failed'}); the Marp figures are skipped.\n`)
      return undefined
    }
  }
  return { version: wanted, bin: path.join(path.dirname(manifest), 'marp-cli.js') }
}

console.log(
  `storydeck benchmark — node ${process.version}, ${os.cpus().length} cores, ${RUNS} runs per case, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, memory and CPU by ${GNU_TIME ? 'GNU time' : 'process.resourceUsage()'}\n`,
)

{
  // Note: Node's own start-up, for scale: no build can be faster than this.
  const times = []
  const cpu = []
  for (let run = 0; run < RUNS * 2; run++) {
    const { ms, cpuMs } = runCli(['-e', '0'], os.tmpdir(), [process.execPath])
    times.push(ms)
    cpu.push(cpuMs)
  }
  record('baseline: `node -e 0`', 'ms', times, '(Node start-up alone)', { cpuMs: stats(cpu).median })
}

const one = await cold('one typical story, cold (deck+poster+lint)', 1, '≤ 120 ms')
const twenty = await cold('twenty typical stories, cold', 20, '≤ 600 ms, ≥ 3.0× Marp')
const marginal = (twenty.wall - one.wall) / 19
const marginalCpu = (twenty.cpu - one.cpu) / 19
results.push({
  name: 'each extra story (marginal)',
  unit: 'ms',
  median: marginal,
  cpuMs: marginalCpu,
  target: '≤ 20 ms',
  ...(twenty.marp && one.marp ? { marp: { median: (twenty.marp.median - one.marp.median) / 19 } } : {}),
})
console.log(
  `${'each extra story (marginal)'.padEnd(46)} ${marginal.toFixed(1).padStart(8)} ms    cpu ${marginalCpu.toFixed(1)} ms   target ≤ 20 ms`,
)
if (twenty.marp && one.marp)
  console.log(
    `${`  Marp CLI ${MARP.version}, each extra deck`.padEnd(46)} ${((twenty.marp.median - one.marp.median) / 19).toFixed(1).padStart(8)} ms    cpu ${((twenty.marp.cpuMs - one.marp.cpuMs) / 19).toFixed(1)} ms`,
  )

if (!coldOnly) {
  {
    const dir = await project(1000, 'mixed')
    const { times, rss, cpu } = await coldRuns(dir, quick ? 1 : 3)
    record('a thousand stories, cold', 'ms', times, '≤ 15000 ms', { cpuMs: stats(cpu).median })
    record('a thousand stories, peak memory', 'MB', rss, '≤ 400 MB')
    await rm(dir, { recursive: true, force: true })
  }

  {
    const dir = await project(100, 'mixed')
    runCli(['build', '--quiet'], dir)
    const unchanged = []
    const unchangedCpu = []
    for (let run = 0; run < RUNS; run++) {
      const { ms, cpuMs } = runCli(['build', '--quiet'], dir)
      unchanged.push(ms)
      unchangedCpu.push(cpuMs)
    }
    record('rebuild of 100 unchanged stories', 'ms', unchanged, '≤ 300 ms', { cpuMs: stats(unchangedCpu).median })
    const edited = []
    const editedCpu = []
    const story = path.join(dir, 'stories', 'story-0001.md')
    for (let run = 0; run < RUNS; run++) {
      await appendFile(story, `\nOne more sentence number ${run}.\n`)
      const { ms, cpuMs } = runCli(['build', '--quiet'], dir)
      edited.push(ms)
      editedCpu.push(cpuMs)
    }
    record('rebuild after editing 1 of 100', 'ms', edited, '≤ 350 ms', { cpuMs: stats(editedCpu).median })

    const sizes = await outputSizes(path.join(dir, 'dist'))
    for (const size of sizes) {
      results.push(size)
      console.log(
        `${size.name.padEnd(46)} ${size.median.toFixed(1).padStart(8)} ${size.unit.padEnd(3)} (max ${size.max.toFixed(1)})   target ${size.target}`,
      )
    }
    await rm(dir, { recursive: true, force: true })
  }

  await devLatency()
  await pdfTime()
  await lintTime()
}

await writeFile(
  path.join(here, 'results.json'),
  `${JSON.stringify({ node: process.version, cores: os.cpus().length, runs: RUNS, loadAverage: os.loadavg(), results }, null, 2)}\n`,
)
console.log('\nwritten bench/results.json')

async function outputSizes(dist) {
  const posters = []
  const decks = []
  let posterScripts = 0
  for (const entry of await readdir(dist, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'assets') continue
    const poster = path.join(dist, entry.name, 'poster.html')
    const deck = path.join(dist, entry.name, 'index.html')
    if (existsSync(poster)) {
      const text = await readFile(poster, 'utf8')
      posters.push(Buffer.byteLength(text) / 1024)
      posterScripts += (text.match(/<script/gi) ?? []).length
    }
    if (existsSync(deck)) decks.push((await stat(deck)).size / 1024)
  }
  let assets = 0
  const assetsDir = path.join(dist, 'assets')
  if (existsSync(assetsDir))
    for (const name of await readdir(assetsDir)) assets += (await stat(path.join(assetsDir, name))).size / 1024
  const out = []
  if (posters.length)
    out.push({
      name: 'poster.html size',
      unit: 'KB',
      ...stats(posters),
      target: `≤ 40 KB, 0 bytes JS (found ${posterScripts} script tags)`,
    })
  if (decks.length)
    out.push({ name: 'deck page size (HTML per story)', unit: 'KB', ...stats(decks), target: '≤ 30 KB' })
  out.push({
    name: 'shared deck assets (loaded once)',
    unit: 'KB',
    min: assets,
    median: assets,
    max: assets,
    target: 'loaded once, cached',
  })
  return out
}

async function devLatency() {
  const help = spawnSync(process.execPath, [bin, 'dev', '--help'], { encoding: 'utf8' })
  if (help.status !== 0) {
    console.log(
      `${'dev server: save → updated page served'.padEnd(46)}      n/a     (no \`storydeck dev\` in this build)`,
    )
    return
  }
  const dir = await project(3, 'typical')
  const port = 40000 + Math.floor(Math.random() * 20000)
  const child = spawn(process.execPath, [bin, 'dev', '--port', String(port)], { cwd: dir, stdio: 'ignore' })
  try {
    const base = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline) {
      if (
        await fetch(`${base}/story-0001/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const file = path.join(dir, 'stories', 'story-0001.md')
    const original = typicalStory('en', 0)
    const times = []
    for (let edit = 0; edit < 20; edit++) {
      const marker = `Marker${edit}x`
      const started = performance.now()
      await writeFile(file, original.replace('# To\n', `# To\n${marker} `))
      for (;;) {
        const text = await fetch(`${base}/story-0001/`).then(
          (r) => r.text(),
          () => '',
        )
        if (text.includes(marker)) break
        if (performance.now() - started > 5000) throw new Error('dev server did not update within 5 s')
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
      times.push(performance.now() - started)
    }
    record('dev server: save → updated page served', 'ms', times, '≤ 100 ms (median of 20 edits)')
  } catch (error) {
    console.log(`dev server: could not measure (${error.message})`)
  } finally {
    child.kill()
    await rm(dir, { recursive: true, force: true })
  }
}

async function pdfTime() {
  const help = spawnSync(process.execPath, [bin, 'build', '--help'], { encoding: 'utf8' })
  if (!help.stdout.includes('--pdf')) {
    console.log(`${'--pdf (deck, poster, handout), per story'.padEnd(46)}      n/a     (no --pdf in this build)`)
    return
  }
  const dir = await project(3, 'typical')
  const plain = runCli(['build', '--quiet', ...FORCE], dir).ms
  const times = []
  for (let run = 0; run < (quick ? 1 : 3); run++)
    times.push((runCli(['build', '--quiet', ...FORCE, '--pdf'], dir).ms - plain) / 3)
  record('--pdf (deck, poster, handout), per story', 'ms', times, '≤ 1500 ms, one browser per run')
  await rm(dir, { recursive: true, force: true })
}

async function lintTime() {
  const api = await import(path.join(root, 'lib', 'index.js'))
  if (typeof api.lintStory !== 'function') return
  const { VFile } = await import('vfile')
  const value = typicalStory('en', 0)
  const once = () => {
    const file = new VFile({ path: 'stories/t.md', value })
    const story = api.parseStory(file)
    const started = performance.now()
    api.lintStory(file, story)
    return performance.now() - started
  }
  for (let i = 0; i < 20; i++) once()
  const times = Array.from({ length: 100 }, once)
  record('lint of a typical story, warm', 'ms', times, '≤ 10 ms')
}
