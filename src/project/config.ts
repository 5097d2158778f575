/**
 * Project configuration: `storydeck.config.json` in the project folder.
 * Content problems in it are positioned messages on its VFile.
 */
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { type Brand, LANGS, type Lang, type ProjectConfig, type RuleSetting } from '../types.ts'
import { CONFIG_VALUES, config as catalogue } from '../messages/catalogue/config.ts'
import type { Message } from '../messages/entry.ts'
import { say } from '../messages/say.ts'
import { BRAND_KEYS, brandValue, brandValueProblem } from '../story/brand-check.ts'
import { jsonErrorOffset, jsonKeyPlace } from '../story/key-place.ts'
import { suggest } from '../story/suggest.ts'

/** File name of the project configuration. */
export const CONFIG_FILE = 'storydeck.config.json'

export type { ProjectConfig } from '../types.ts'

/** The keys `storydeck.config.json` takes (`schemas/config.schema.json` lists the same; a test keeps them in step). */
export const CONFIG_KEYS = [
  'theme',
  'brand',
  'lint',
  'html',
  'publish',
  'site',
  'abbreviations',
  'words',
  'messages',
] as const
const KEYS = CONFIG_KEYS

/** Where an editor finds the schema of a file (`"$schema": "…/config.schema.json"`); storydeck itself ignores it. */
export const SCHEMA_KEY = '$schema'

// Note: the words of `config.type` for `$schema`, in the catalogue's form (to move into CONFIG_VALUES there).
const SCHEMA_VALUE = {
  key: SCHEMA_KEY,
  expected: {
    en: 'the path of the schema file in quotation marks',
    da: 'stien til skemafilen i anførselstegn',
    nb: 'stien til skjemafilen i anførselstegn',
    nn: 'stien til skjemafila i hermeteikn',
    sv: 'sökvägen till schemafilen inom citattecken',
    de: 'der Pfad der Schemadatei in Anführungszeichen',
  },
  example: '`"$schema": "./node_modules/storydeck/schemas/config.schema.json"`',
} as const

/**
 * Parse the configuration file's JSON. Reports problems on `file`.
 *
 * @returns the configuration (empty when the file is unusable).
 */
export function parseConfig(file: VFile): ProjectConfig {
  let data: unknown
  try {
    data = JSON.parse(String(file.value))
  } catch (error) {
    const place = location(file).toPoint(jsonErrorOffset(String(file.value), error)) ?? { line: 1, column: 1 }
    say(file, catalogue.json, {}, { place, cause: error as Error })
    return {}
  }
  const at = { line: 1, column: 1 }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    say(file, catalogue.shape, {}, { place: at })
    return {}
  }
  const config: ProjectConfig = {}
  for (const [key, value] of Object.entries(data)) {
    const place = jsonKeyPlace(file, [key]) ?? { line: 1, column: 1 }
    if (key === SCHEMA_KEY) {
      // Note: only for editors (JSON Schema completion and checks); a text, else the editor cannot use it either.
      if (typeof value !== 'string' || value.trim() === '') say(file, catalogue.type, SCHEMA_VALUE, { place })
    } else if (!(KEYS as readonly string[]).includes(key)) {
      unknownKey(file, key, KEYS, place, catalogue.unknownKeyGuess, catalogue.unknownKey)
    } else if (key === 'theme' && typeof value === 'string') {
      config.theme = value
    } else if (key === 'html' && typeof value === 'boolean') {
      config.html = value
    } else if (key === 'brand' && isRecordOfStrings(value)) {
      config.brand = parseBrand(file, value)
    } else if (key === 'publish' && isPlainObject(value) && Object.keys(value).every((k) => k === 'notes')) {
      if (typeof value.notes === 'boolean') config.publish = { notes: value.notes }
      else if ('notes' in value)
        say(
          file,
          catalogue.type,
          { key: 'publish.notes', expected: CONFIG_VALUES.html?.expected ?? '', example: '`"notes": false`' },
          { place: jsonKeyPlace(file, ['publish', 'notes']) ?? place },
        )
    } else if (key === 'site' && isPlainObject(value) && Object.keys(value).every((k) => k === 'url')) {
      if (value.url === undefined) config.site = {}
      else if (typeof value.url === 'string' && isWebAddress(value.url))
        config.site = { url: value.url.endsWith('/') ? value.url : `${value.url}/` }
      else
        say(
          file,
          catalogue.site,
          { url: String(value.url) },
          { place: jsonKeyPlace(file, ['site', 'url']) ?? place, actual: String(value.url) },
        )
    } else if (key === 'lint' && isRecordOfStrings(value) && Object.values(value).every(isSetting)) {
      config.lint = Object.freeze({ ...value }) as Record<string, RuleSetting>
    } else if ((key === 'abbreviations' || key === 'words') && isListOfWords(value)) {
      config[key] = Object.freeze([...value])
    } else if (key === 'messages' && isLang(value)) {
      config.messages = value
    } else {
      const { expected, example } = CONFIG_VALUES[key] as (typeof CONFIG_VALUES)[string]
      say(file, catalogue.type, { key, expected, example }, { place })
    }
  }
  return config
}

function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value)
}

function isListOfWords(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '' && item.length <= 100)
  )
}

/** `brand`: known keys only, colours as `#rrggbb`, a font package name, an SVG or PNG logo. */
function parseBrand(file: VFile, value: Readonly<Record<string, string>>): Brand {
  const brand: Brand = {}
  for (const [key, text] of Object.entries(value)) {
    const place = jsonKeyPlace(file, ['brand', key]) ?? { line: 1, column: 1 }
    if (!(BRAND_KEYS as readonly string[]).includes(key)) {
      unknownKey(file, key, BRAND_KEYS, place, catalogue.brandKeyGuess, catalogue.brandKey)
    } else {
      const problem = brandValueProblem(key as keyof Brand, text)
      if (problem === undefined) brand[key as keyof Brand] = brandValue(key as keyof Brand, text)
      else say(file, BRAND_PROBLEMS[problem], { key, value: text }, { place, actual: text })
    }
  }
  return brand
}

const BRAND_PROBLEMS = { colour: catalogue.brandColour, font: catalogue.brandFont, logo: catalogue.brandLogo } as const

/** An unknown key: the closest known one when it is probably a typo of it, and every known key. */
function unknownKey(
  file: VFile,
  key: string,
  known: readonly string[],
  place: Point,
  withGuess: Message,
  without: Message,
): void {
  const guess = suggest(key, known)
  const keys = known.map((name) => `\`${name}\``)
  say(
    file,
    guess === undefined ? without : withGuess,
    { key, keys, ...(guess === undefined ? {} : { guess }) },
    {
      place,
      actual: key,
      expected: guess === undefined ? [...known] : [guess],
    },
  )
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  )
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value)
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.hostname !== '' &&
      url.search === '' &&
      url.hash === ''
    )
  } catch {
    return false
  }
}

function isSetting(value: string): boolean {
  return value === 'off' || value === 'hint' || value === 'info' || value === 'warn' || value === 'error'
}
