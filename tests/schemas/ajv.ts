/**
 * The three JSON Schemas in `schemas/`, compiled by ajv (with ajv-formats for
 * `format: date`), as an editor's language server would check a file.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import formats from 'ajv-formats'

/** A schema file, read from `schemas/`. */
export function readSchema(name: 'story' | 'config' | 'theme'): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >
}

// Note: strict mode makes ajv refuse a schema with unknown keywords or keywords that cannot apply.
const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true })
formats.default(ajv, ['date'])
// Note: VS Code's JSON and YAML language servers show this text instead of a pattern nobody can read.
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' })

const compiled = new Map<string, ValidateFunction>()

/** The validator for a schema file, compiled once. */
export function schemaValidator(name: 'story' | 'config' | 'theme'): ValidateFunction {
  let validate = compiled.get(name)
  if (validate === undefined) {
    validate = ajv.compile(readSchema(name))
    compiled.set(name, validate)
  }
  return validate
}

/** Whether `data` passes the schema; the errors as text otherwise (for test output). */
export function schemaVerdict(name: 'story' | 'config' | 'theme', data: unknown): { ok: boolean; errors: string } {
  const validate = schemaValidator(name)
  const ok = validate(data)
  return { ok, errors: ok ? '' : JSON.stringify(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)) }
}

/** Property names a schema (or sub-schema) declares under `properties`. */
export function propertyNames(schema: unknown, ...path: string[]): string[] {
  let node = schema as Record<string, unknown> | undefined
  for (const key of path) node = (node?.properties as Record<string, Record<string, unknown>> | undefined)?.[key]
  return Object.keys((node?.properties as Record<string, unknown> | undefined) ?? {}).sort()
}

/** Every sub-schema of a schema with a `pattern`, with its path. */
export function patterns(node: unknown, where = '#'): Array<{ where: string; schema: Record<string, unknown> }> {
  if (typeof node !== 'object' || node === null) return []
  const found: Array<{ where: string; schema: Record<string, unknown> }> = []
  const record = node as Record<string, unknown>
  if (typeof record.pattern === 'string') found.push({ where, schema: record })
  for (const [key, value] of Object.entries(record)) found.push(...patterns(value, `${where}/${key}`))
  return found
}
