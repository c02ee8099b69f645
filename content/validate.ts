// One validator for every way data comes in that is not an HTTP route (sockets, import, the store on
// load). It uses the same Ajv options as the HTTP routes, so a payload is judged the same everywhere.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import type { Static, TSchema } from 'typebox'
import type { FieldError } from './model.ts'

export const AJV_OPTIONS = {
  allErrors: true,
  removeAdditional: true,
  useDefaults: true,
  coerceTypes: false,
} as const

const ajv = new Ajv({ ...AJV_OPTIONS, strict: false })
addFormats.default(ajv)
const compiled = new WeakMap<TSchema, ValidateFunction>()

export type Checked<T> = { ok: true; value: T } | { ok: false; fields: FieldError[] }

/** Validates (and strips unknown properties from) `value`; errors name each bad field. */
export function check<S extends TSchema>(schema: S, value: unknown): Checked<Static<S>> {
  let validate = compiled.get(schema)
  if (!validate) {
    validate = ajv.compile(schema)
    compiled.set(schema, validate)
  }
  if (validate(value)) return { ok: true, value: value as Static<S> }
  return { ok: false, fields: toFieldErrors(validate.errors ?? []) }
}

/** Turns Ajv errors into `{path, message}` pairs with dotted paths ("salary.min", "jobIds.2"). */
export function toFieldErrors(errors: readonly Partial<ErrorObject>[], prefix = ''): FieldError[] {
  const seen = new Set<string>()
  const out: FieldError[] = []
  for (const e of errors) {
    let path = (e.instancePath ?? '').split('/').filter(Boolean).join('.')
    if (e.keyword === 'required' && e.params && 'missingProperty' in e.params) {
      path = path ? `${path}.${e.params.missingProperty}` : String(e.params.missingProperty)
    }
    if (e.keyword === 'additionalProperties' && e.params && 'additionalProperty' in e.params) {
      path = path ? `${path}.${e.params.additionalProperty}` : String(e.params.additionalProperty)
    }
    const full = [prefix, path].filter(Boolean).join('.') || '(body)'
    const message = describe(e)
    const key = `${full}\u0000${message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ path: full, message })
  }
  return out
}

function describe(e: Partial<ErrorObject>): string {
  const p = (e.params ?? {}) as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return 'is required'
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`
    case 'additionalProperties':
      return 'is not a known field'
    default:
      return e.message ?? 'is not valid'
  }
}
