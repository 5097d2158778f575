/**
 * Helpers of the hardening tests: hostile fixtures (small inputs on disk,
 * big ones generated from a recipe) and messages as `line:col: reason [rule]`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { VFile } from 'vfile'

/** Folder of the hostile fixtures. */
export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url))

/** Generated input: `prefix`, then `repeat` × `times` (or lines indented by `step` more each), then `suffix`. */
interface Recipe {
  prefix: string
  repeat?: string
  times?: number
  indent?: { line: string; step: number; times: number }
  suffix: string
}

/** Names of the hostile fixture folders, sorted. */
export function hostileCases(): string[] {
  return readdirSync(HOSTILE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

/** The input bytes of a fixture: `input.md` as is, or built from `recipe.json`. */
export function hostileInput(name: string): Uint8Array {
  const dir = path.join(HOSTILE_DIR, name)
  const file = path.join(dir, 'input.md')
  if (existsSync(file)) return readFileSync(file)
  const recipe = JSON.parse(readFileSync(path.join(dir, 'recipe.json'), 'utf8')) as Recipe
  let middle = ''
  if (recipe.indent) {
    const { line, step, times } = recipe.indent
    middle = Array.from({ length: times }, (_, index) => `${' '.repeat(index * step)}${line}\n`).join('')
  } else {
    middle = (recipe.repeat ?? '').repeat(recipe.times ?? 0)
  }
  return new TextEncoder().encode(recipe.prefix + middle + recipe.suffix)
}

/** Messages as lines `line:column: reason [ruleId]`, in the order reported. */
export function messageLines(file: VFile): string[] {
  return file.messages.map(
    (message) => `${message.line ?? 0}:${message.column ?? 0}: ${message.reason} [${message.ruleId ?? ''}]`,
  )
}

/** Number of lines of the file's text (a trailing line break opens one more). */
export function lineCount(file: VFile): number {
  return String(file.value).split(/\r\n|\r|\n/).length
}
