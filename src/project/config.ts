/**
 * Project configuration: `storydeck.config.json` in the project folder.
 * Content problems in it are positioned messages on its VFile.
 */
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { Brand, ProjectConfig, RuleSetting } from '../types.ts'
import { report, suggest } from '../story/report.ts'

/** File name of the project configuration. */
export const CONFIG_FILE = 'storydeck.config.json'

export type { ProjectConfig } from '../types.ts'

const KEYS = ['theme', 'brand', 'lint', 'html', 'abbreviations', 'words'] as const

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
    const place = placeOfKey(file, key)
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
    } else if (key === 'lint' && isRecordOfStrings(value) && Object.values(value).every(isSetting)) {
      config.lint = Object.freeze({ ...value }) as Record<string, RuleSetting>
    } else if ((key === 'abbreviations' || key === 'words') && isListOfWords(value)) {
      config[key] = Object.freeze([...value])
    } else {
      const expected = {
        theme: 'a theme name',
        html: '`true` or `false`',
        brand: 'an object of texts',
        lint: 'rule ids set to `off`, `info`, `warn` or `error`',
        abbreviations: 'a list of abbreviations such as `["NPS", "HMS"]`',
        words: 'a list of words such as `["Storydeck", "Nordlys"]`',
      }[key as (typeof KEYS)[number]]
      report(file, `Unexpected value for \`${key}\`, expected ${expected}`, { ruleId: 'config/type', place })
    }
  }
  return config
}

function isListOfWords(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '' && item.length <= 100)
  )
}

const BRAND_KEYS = ['logo', 'primary', 'accent', 'font'] as const
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** `brand`: known keys only, colours as `#rrggbb`, a font package name, an SVG or PNG logo. */
function parseBrand(file: VFile, value: Readonly<Record<string, string>>): Brand {
  const brand: Brand = {}
  for (const [key, text] of Object.entries(value)) {
    const place = placeOfKey(file, key)
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
    } else if ((key === 'primary' || key === 'accent') && !HEX.test(text)) {
      report(file, `Unexpected colour \`${text}\` for \`brand.${key}\`, expected a hex colour such as \`#1f4e79\``, {
        ruleId: 'config/brand',
        place,
        actual: text,
      })
    } else if (key === 'font' && !/^[a-z0-9][a-z0-9-]*$/.test(text)) {
      report(file, `Unexpected font \`${text}\`, expected the name of an \`@fontsource\` package such as \`inter\``, {
        ruleId: 'config/brand',
        place,
        actual: text,
      })
    } else if (key === 'logo' && !/\.(?:svg|png)$/i.test(text)) {
      report(
        file,
        `Unexpected logo \`${text}\`, expected an SVG or PNG file inside the project, such as \`brand/logo.svg\``,
        { ruleId: 'config/brand', place, actual: text },
      )
    } else if (key === 'primary' || key === 'accent') {
      brand[key] = normaliseColour(text)
    } else {
      brand[key as 'logo' | 'font'] = text
    }
  }
  return brand
}

function normaliseColour(value: string): string {
  const lower = value.toLowerCase()
  return lower.length === 4 ? `#${[...lower.slice(1)].map((c) => c + c).join('')}` : lower
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  )
}

function isSetting(value: string): boolean {
  return value === 'off' || value === 'info' || value === 'warn' || value === 'error'
}

function placeOfKey(file: VFile, key: string): { line: number; column: number } {
  const offset = String(file.value).indexOf(JSON.stringify(key))
  return (offset === -1 ? undefined : location(file).toPoint(offset)) ?? { line: 1, column: 1 }
}
