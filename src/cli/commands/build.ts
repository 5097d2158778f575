/**
 * `storydeck build`: build every story into the output folder.
 */
import path from 'node:path'
import { formatReport, exitCode, countMessages } from '../report.ts'
import { buildProject, type ProjectBuild } from '../../project/build.ts'
import { removeStoryFolder } from '../../publish/remove.ts'
import type { StoryBuild } from '../../build.ts'
import { browserIdentity, findChromium } from '../../export/browser.ts'
import type { BuildCache, PdfRecord } from '../../project/cache.ts'
import { printPdfs, type PdfJob } from '../../export/pdf.ts'
import { writeFileAtomic, writeOutputs, writeStory, type WriteSummary } from '../../project/write.ts'
import { booleanFlag, stringFlag, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { docsLinker } from '../docs-link.ts'
import { buildLines, commandLines, reportLines } from '../../messages/catalogue/cli.ts'
import { tell } from '../../messages/text.ts'
import type { Lang } from '../../types.ts'

/** How {@link runBuild} builds: for the presenter (`build`) or for the intranet (`publish`). */
export interface BuildMode {
  /** Build for the published site: no drafts, no notes, link previews; PDFs unless `--no-pdf`. */
  publish: boolean
  /** Default output folder. */
  out: string
  /** Runs after the stories, PDFs included, are written (the published site's pictures and landing page). */
  finish?: (out: string, result: ProjectBuild) => Promise<boolean>
}

/** Run `storydeck build` (or, with `mode`, `storydeck publish`). */
export async function runBuild(parsed: Parsed, io: Io, mode?: Readonly<BuildMode>): Promise<number> {
  if (mode === undefined) {
    // Note: `--images` takes pictures of the written pages; loaded only when asked for.
    const { imageWidthOf, buildPictures } = await import('./pictures.ts')
    const imageWidth = imageWidthOf(parsed, io.messages)
    return runBuild(parsed, io, {
      publish: false,
      out: 'dist',
      ...(imageWidth === undefined
        ? {}
        : { finish: (out, result) => buildPictures(out, result, imageWidth, io, booleanFlag(parsed, 'silent')) }),
    })
  }
  const out = path.resolve(io.cwd, stringFlag(parsed, 'out') ?? mode.out)
  const takeaways = { singleFile: booleanFlag(parsed, 'single-file'), pptx: booleanFlag(parsed, 'pptx') }
  const withTakeaways = takeaways.singleFile || takeaways.pptx
  const streamed: WriteSummary = { written: [], kept: [], unchanged: [] }
  // Note: a story is written while the next one is built; a failed write surfaces at the next story or below.
  let writing: Promise<void> = Promise.resolve()
  const named = parsed.positionals.length > 0
  const result = await buildProject({
    root: io.cwd,
    messages: io.messages,
    inputs: named ? parsed.positionals : ['stories'],
    ...(mode.publish ? { publish: true } : {}),
    // Note: the spelling check reads a dictionary per language (docs/performance.md); lint, check and dev run it.
    spelling: false,
    // Note: take-away formats are made from a fresh build of each story, so they skip the cache.
    cache: { outDir: out, force: booleanFlag(parsed, 'force') || withTakeaways },
    // Note: each story is written as soon as it is built and its outputs let go, so a large batch stays small in
    // memory; take-away formats need every story's outputs at the end, so then they are written together.
    ...(withTakeaways
      ? {}
      : {
          onStory: async (build: StoryBuild) => {
            // Note: at most one write waits, so a slow disk cannot pile up outputs in memory.
            await writing
            // Note: a draft left out of the published site must not stay there from an earlier publish.
            if (build.draft === true && build.story !== undefined) {
              writing = removeStoryFolder(out, build.story.slug)
              return
            }
            writing = writeStory(out, build, streamed).then(() => {
              build.outputs = build.outputs.map((output) => ({ path: output.path, contents: '' }))
            })
            writing.catch(() => undefined)
          },
        }),
  })
  await writing
  const lang = result.lang
  // Note: when no story was named, the line below says what to do; `stories` not found would only repeat it.
  if (named) for (const input of result.missing) io.stderr.write(`${tell(commandLines.noStoryAt, lang, { input })}\n`)
  if (result.builds.length === 0) {
    io.stderr.write(`${tell(commandLines.noStoriesToBuild, lang)}\n`)
    return 1
  }
  // Note: loaded only when asked for, so a plain build does not load the HTML parser and the PowerPoint writer.
  const singles =
    takeaways.singleFile || takeaways.pptx ? await (await import('./takeaway.ts')).addTakeaways(result, takeaways) : []
  const drafts = result.builds.filter((build) => build.draft === true)
  if (withTakeaways) for (const build of drafts) if (build.story) await removeStoryFolder(out, build.story.slug)
  const written = await writeOutputs(out, withTakeaways ? result.builds.filter((build) => build.draft !== true) : [], [
    ...result.shared,
    ...singles,
  ])
  const summary = withTakeaways ? written : streamed
  const files = [
    ...(result.configFile ? [result.configFile] : []),
    ...result.themeFiles,
    ...result.builds.map((build) => build.file),
  ]
  const quiet = booleanFlag(parsed, 'quiet')
  const text = formatReport(files, {
    quiet: true,
    silent: booleanFlag(parsed, 'silent'),
    lang: result.lang,
    link: docsLinker(io.cwd),
  })
  if (text !== '') io.stderr.write(`${text}\n`)
  if (!booleanFlag(parsed, 'silent')) {
    for (const build of result.builds) {
      const name = build.story?.slug ?? build.cached?.slug ?? build.file.path
      if (!quiet || build.failed) io.stderr.write(`${storyLine(build, name, lang)}\n`)
    }
    const where = path.relative(io.cwd, out) || '.'
    const built = summary.written.length + summary.unchanged.length
    const unchanged =
      summary.unchanged.length > 0
        ? ` ${tell(buildLines.summaryUnchanged, lang, { count: summary.unchanged.length })}`
        : ''
    io.stderr.write(
      `${tell(buildLines.summary, lang, { built, total: result.builds.length, folder: where })}${unchanged}\n`,
    )
  }
  const pdfs = (mode.publish ? !booleanFlag(parsed, 'no-pdf') : booleanFlag(parsed, 'pdf'))
    ? await writePdfs(out, result.builds, result.cache, io, booleanFlag(parsed, 'silent'), lang)
    : undefined
  await result.cache?.save(result.builds, pdfs?.record)
  const finished = mode.finish === undefined ? true : await mode.finish(out, result)
  return result.missing.length > 0 || pdfs?.ok === false || !finished ? 1 : exitCode(files)
}

/**
 * `--pdf`: print the decks, posters and handouts just written, with one browser.
 * A story reused from the build cache keeps its PDFs while they are unchanged
 * and the same browser would print them (`--force` prints all).
 * Note: without a browser the HTML is still there, but the run exits 1,
 * because the PDFs that were asked for are missing.
 */
async function writePdfs(
  out: string,
  builds: readonly StoryBuild[],
  cache: BuildCache | undefined,
  io: Io,
  silent: boolean,
  lang: Lang,
): Promise<{ ok: boolean; record?: PdfRecord }> {
  const executablePath = findChromium()
  const browser = executablePath === undefined ? undefined : browserIdentity(executablePath)
  const present = new Map<string, string[]>()
  const owner = new Map<string, string>()
  const jobs: PdfJob[] = []
  let kept = 0
  for (const build of builds) {
    const slug = build.story?.slug ?? build.cached?.slug
    if (build.failed || slug === undefined) continue
    const paths = build.cached?.paths ?? build.outputs.map((output) => output.path)
    const has = (file: string): boolean => paths.includes(`${slug}/${file}`)
    const wanted: PdfJob[] = [
      ...(has('index.html')
        ? [{ source: path.join(out, slug, 'index.html'), target: `${slug}/deck.pdf`, kind: 'deck' as const }]
        : []),
      ...(has('poster.html')
        ? [{ source: path.join(out, slug, 'poster.html'), target: `${slug}/poster.pdf`, kind: 'poster' as const }]
        : []),
      ...(has('handout.html')
        ? [{ source: path.join(out, slug, 'handout.html'), target: `${slug}/handout.pdf`, kind: 'handout' as const }]
        : []),
    ]
    const name = String(build.file.path)
    const unchanged = cache !== undefined && browser !== undefined ? await cache.keptPdfs(build, browser) : []
    present.set(name, unchanged)
    kept += unchanged.length
    for (const job of wanted) {
      if (unchanged.includes(job.target)) continue
      jobs.push(job)
      owner.set(job.target, name)
    }
  }
  if (!silent && (jobs.length > 0 || kept > 0)) {
    const unchanged = kept > 0 ? ` ${tell(buildLines.printingKept, lang, { count: kept })}` : ''
    io.stderr.write(
      jobs.length > 0
        ? `${tell(buildLines.printing, lang, { count: jobs.length })}${unchanged}\n`
        : `${tell(buildLines.pdfsKept, lang, { count: kept })}\n`,
    )
  }
  const progress = silent ? {} : { progress: (line: string) => io.stderr.write(`${line}\n`) }
  const result =
    jobs.length === 0
      ? { ok: true as const, files: [] }
      : await printPdfs(jobs, { ...(executablePath === undefined ? {} : { executablePath }), ...progress, lang })
  for (const file of result.files) {
    await writeFileAtomic(path.join(out, file.path), file.contents)
    const name = owner.get(file.path)
    if (name !== undefined) present.get(name)?.push(file.path)
  }
  if (!result.ok) io.stderr.write(`${tell(buildLines.pdfsNotMade, lang, { reason: result.reason })}\n`)
  return { ok: result.ok, ...(browser === undefined ? {} : { record: { browser, stories: present } }) }
}

/** A story's line after a build: `✓ name: built (1 warning)`, in the project's language. */
function storyLine(build: StoryBuild, name: string, lang: Lang): string {
  const { errors, warnings } = countMessages([build.file])
  const state = build.draft
    ? buildLines.draft
    : build.failed
      ? build.kept
        ? buildLines.notBuiltKept
        : buildLines.notBuilt
      : build.cached
        ? buildLines.unchanged
        : buildLines.built
  const notes = [
    errors ? tell(reportLines.errors, lang, { count: errors }) : '',
    warnings ? tell(reportLines.warnings, lang, { count: warnings }) : '',
  ]
    .filter(Boolean)
    .join(', ')
  return `${build.failed ? '✗' : '✓'} ${name}: ${tell(state, lang)}${notes ? ` (${notes})` : ''}`
}
