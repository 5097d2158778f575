/**
 * Project configuration: `storydeck.config.json` in the project folder.
 * Content problems in it are positioned messages on its VFile.
 */
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { type Brand, LANGS, type Lang, type ProjectConfig, type RuleSetting } from '../types.ts'
import { BRAND_KEYS, brandValue, brandValueProblem } from '../story/brand-check.ts'
import { jsonKeyPlace } from '../story/key-place.ts'
import { report, suggest } from '../story/report.ts'

/** File name of the project configuration. */
export const CONFIG_FILE = 'storydeck.config.json'

export type { ProjectConfig } from '../types.ts'

const KEYS = ['theme', 'brand', 'lint', 'html', 'publish', 'site', 'abbreviations', 'words', 'messages'] as const

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
    const offset = /position (\d+)/.exec(String(error))?.[1]
    const place = offset === undefined ? { line: 1, column: 1 } : location(file).toPoint(Number(offset))
    report(file, 'Unexpected text in the configuration, expected valid JSON', {
      ruleId: 'config/json',
      place,
      cause: error as Error,
    })
    return {}
  }
  const at = { line: 1, column: 1 }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report(file, 'Unexpected configuration, expected a JSON object such as `{ "theme": "nordic" }`', {
      ruleId: 'config/shape',
      place: at,
    })
    return {}
  }
  const config: ProjectConfig = {}
  for (const [key, value] of Object.entries(data)) {
    const place = jsonKeyPlace(file, [key]) ?? { line: 1, column: 1 }
    if (!(KEYS as readonly string[]).includes(key)) {
      const guess = suggest(key, KEYS)
      report(
        file,
        `Unexpected configuration key \`${key}\`, expected ${guess ? `\`${guess}\`` : KEYS.map((k) => `\`${k}\``).join(', ')}`,
        {
          ruleId: 'config/unknown-key',
          place,
        },
      )
    } else if (key === 'theme' && typeof value === 'string') {
      config.theme = value
    } else if (key === 'html' && typeof value === 'boolean') {
      config.html = value
    } else if (key === 'brand' && isRecordOfStrings(value)) {
      config.brand = parseBrand(file, value)
    } else if (key === 'publish' && isPlainObject(value) && Object.keys(value).every((k) => k === 'notes')) {
      if (typeof value.notes === 'boolean') config.publish = { notes: value.notes }
      else if ('notes' in value)
        report(file, 'Unexpected value for `publish.notes`, expected `true` or `false`', {
          ruleId: 'config/type',
          place: jsonKeyPlace(file, ['publish', 'notes']) ?? place,
        })
    } else if (key === 'site' && isPlainObject(value) && Object.keys(value).every((k) => k === 'url')) {
      if (value.url === undefined) config.site = {}
      else if (typeof value.url === 'string' && isWebAddress(value.url))
        config.site = { url: value.url.endsWith('/') ? value.url : `${value.url}/` }
      else
        report(
          file,
          `Unexpected site address \`${String(value.url)}\`, expected a full web address such as \`https://intranet.example.com/vision/\``,
          {
            ruleId: 'config/site',
            place: jsonKeyPlace(file, ['site', 'url']) ?? place,
            actual: String(value.url),
          },
        )
    } else if (key === 'lint' && isRecordOfStrings(value) && Object.values(value).every(isSetting)) {
      config.lint = Object.freeze({ ...value }) as Record<string, RuleSetting>
    } else if ((key === 'abbreviations' || key === 'words') && isListOfWords(value)) {
      config[key] = Object.freeze([...value])
    } else if (key === 'messages' && isLang(value)) {
      config.messages = value
    } else {
      const expected = {
        theme: 'a theme name',
        html: '`true` or `false`',
        brand: 'an object of texts',
        lint: 'rule ids set to `off`, `info`, `warn` or `error`',
        publish: '`{ "notes": true }` or `{ "notes": false }`',
        site: '`{ "url": "https://…/" }`',
        abbreviations: 'a list of abbreviations such as `["NPS", "HMS"]`',
        words: 'a list of words such as `["Storydeck", "Nordlys"]`',
        messages: `one of ${LANGS.map((lang) => `\`"${lang}"\``).join(', ')}`,
      }[key as (typeof KEYS)[number]]
      report(file, `Unexpected value for \`${key}\`, expected ${expected}`, { ruleId: 'config/type', place })
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
      const guess = suggest(key, BRAND_KEYS)
      report(
        file,
        `Unexpected key \`${key}\` under \`brand\`, expected ${guess ? `\`${guess}\`` : BRAND_KEYS.map((k) => `\`${k}\``).join(', ')}`,
        {
          ruleId: 'config/unknown-key',
          place,
        },
      )
    } else {
      const problem = brandValueProblem(key as keyof Brand, text)
      if (problem === undefined) brand[key as keyof Brand] = brandValue(key as keyof Brand, text)
      else report(file, problem, { ruleId: 'config/brand', place, actual: text })
    }
  }
  return brand
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
  return value === 'off' || value === 'info' || value === 'warn' || value === 'error'
}
