/**
 * `storydeck translations sync [files…]`: record in each language version
 * (`source-fingerprint:` in its frontmatter) the structure and numbers of its
 * source as they are now, after the translator brought it in step. The coach
 * (`translation/drift`) then reports when the source changes again. No git
 * needed.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fingerprintOf } from '../../lint/translation.ts'
import { findStoryFiles } from '../../project/read.ts'
import { writeFileAtomic } from '../../project/write.ts'
import { decodeStory } from '../../story/decode.ts'
import { parseStory } from '../../story/parse.ts'
import { hasErrors } from '../../messages/say.ts'
import { stemVersion } from '../../story/versions.ts'
import { UsageError, type Parsed } from '../args.ts'
import type { Io } from '../io.ts'
import { translationLines } from '../../messages/catalogue/cli.ts'
import { tell } from '../../messages/text.ts'

/** Run `storydeck translations`. */
export async function runTranslations(parsed: Parsed, io: Io): Promise<number> {
  const [action, ...inputs] = parsed.positionals
  const asked = io.messages ?? 'en'
  if (action !== 'sync') throw new UsageError(tell(translationLines.usage, asked))
  const { files, missing } = await findStoryFiles(inputs.length > 0 ? inputs : ['stories'], io.cwd)
  for (const input of missing) io.stderr.write(`${tell(translationLines.missing, asked, { input })}\n`)
  let failed = missing.length > 0
  let synced = 0
  for (const absolute of files) {
    const stem = stemVersion(path.basename(absolute).replace(/\.md$/i, ''))
    if (stem.kind !== 'version') continue
    const shown = path.relative(io.cwd, absolute)
    // Note: a version's lines are for its translator, in its language (unless another is asked for).
    const says = io.messages ?? stem.lang
    const sourcePath = path.join(path.dirname(absolute), `${stem.name}.md`)
    const shownSource = path.relative(io.cwd, sourcePath)
    const source = readStory(sourcePath, shownSource)
    if (source === undefined) {
      io.stderr.write(`${tell(translationLines.noSource, says, { file: shown, source: shownSource })}\n`)
      failed = true
      continue
    }
    const text = String(readFileSync(absolute, 'utf8'))
    const next = withFingerprint(text, fingerprintOf(source))
    if (next === undefined) {
      io.stderr.write(`${tell(translationLines.noFrontmatter, says, { file: shown })}\n`)
      failed = true
      continue
    }
    if (next !== text) await writeFileAtomic(absolute, next)
    io.stderr.write(`${tell(translationLines.inStep, says, { file: shown, source: shownSource })}\n`)
    synced++
  }
  if (synced === 0 && !failed) io.stderr.write(`${tell(translationLines.none, asked)}\n`)
  return failed ? 1 : 0
}

function readStory(absolute: string, shown: string) {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(absolute)
  } catch {
    return undefined
  }
  const file = decodeStory(bytes, shown)
  const story = hasErrors(file) ? undefined : parseStory(file)
  return story === undefined || hasErrors(file) ? undefined : story
}

/** `text` with its `source-fingerprint:` line set to `fingerprint` (added before the closing `---`). */
export function withFingerprint(text: string, fingerprint: string): string | undefined {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return undefined
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---')
  if (end === -1) return undefined
  const line = `source-fingerprint: ${fingerprint}`
  const existing = lines.findIndex((each, index) => index > 0 && index < end && each.startsWith('source-fingerprint:'))
  if (existing === -1) lines.splice(end, 0, line)
  else lines[existing] = line
  return lines.join(newline)
}
