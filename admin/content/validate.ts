// Checks a form's value against the hub's own TypeBox schema (content/model.ts) in the browser, and
// turns each problem into a message key per field path ("salary.min"). TypeBox's interpreting checker
// is used rather than Ajv: Ajv compiles validators with `new Function`, which the hub's
// Content-Security-Policy (no 'unsafe-eval') rightly refuses.
import type { TSchema } from 'typebox'
import { Errors } from 'typebox/schema'
import type { MessageKey } from '../../client/i18n/index.ts'
import type { FieldError } from '../../content/model.ts'

export interface Problem {
  key: MessageKey
  params?: Record<string, string | number>
  /** The hub's own words, when it said something the catalogue has no key for. */
  text?: string
}
export type Problems = Map<string, Problem>

const toPath = (pointer: string) =>
  pointer
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.')

function problemFor(path: string, keyword: string, params: Record<string, unknown>): Problem {
  const limit = Number(params.limit ?? 0)
  // "至少 5 个字" says nothing useful about a phone number; one message covers every way it is wrong.
  if (/phone|contact/i.test(path) && ['minLength', 'maxLength', 'pattern'].includes(keyword))
    return { key: 'admin.err.phone' }
  switch (keyword) {
    case 'required':
      return { key: 'admin.err.required' }
    case 'minLength':
      return limit <= 1 ? { key: 'admin.err.required' } : { key: 'admin.err.minLength', params: { n: limit } }
    case 'maxLength':
      return { key: 'admin.err.maxLength', params: { n: limit } }
    case 'minimum':
    case 'exclusiveMinimum':
      return { key: 'admin.err.minimum', params: { n: limit } }
    case 'maximum':
    case 'exclusiveMaximum':
      return { key: 'admin.err.maximum', params: { n: limit } }
    case 'type':
      return { key: params.type === 'integer' ? 'admin.err.integer' : 'admin.err.invalid' }
    case 'enum':
    case 'const':
      return { key: 'admin.err.choose' }
    case 'uniqueItems':
      return { key: 'admin.err.duplicate' }
    case 'maxItems':
      return { key: 'admin.err.maxItems', params: { n: limit } }
    case 'format':
      return { key: params.format === 'uri' ? 'admin.err.url' : 'admin.err.date' }
    case 'pattern':
      return { key: /phone|contact/i.test(path) ? 'admin.err.phone' : 'admin.err.pattern' }
    default:
      return { key: 'admin.err.invalid' }
  }
}

/** Every problem of `value` against `schema`, the first one per field. */
export function validate(schema: TSchema, value: unknown): Problems {
  const problems: Problems = new Map()
  const add = (path: string, problem: Problem) => {
    if (!problems.has(path)) problems.set(path, problem)
  }
  const [, errors] = Errors(schema, value)
  for (const error of errors) {
    const base = toPath(error.instancePath)
    const params = error.params as Record<string, unknown>
    if (error.keyword === 'required') {
      for (const name of params.requiredProperties as string[]) {
        add(base ? `${base}.${name}` : name, problemFor(name, 'required', params))
      }
    } else if (error.keyword === 'additionalProperties') {
      for (const name of params.additionalProperties as string[]) {
        add(base ? `${base}.${name}` : name, { key: 'admin.err.unknownField' })
      }
    } else add(base || '(body)', problemFor(base, error.keyword, params))
  }
  return problems
}

/** The hub's field errors (English, from Ajv or its own checks) in the reader's language where known. */
export function fromHub(fields: readonly FieldError[]): Problems {
  const problems: Problems = new Map()
  for (const { path, message } of fields) {
    if (problems.has(path)) continue
    let problem: Problem
    if (message === 'is required') problem = { key: 'admin.err.required' }
    else if (/^must not be below/.test(message)) problem = { key: 'admin.err.belowMin' }
    else if (/^must be after/.test(message)) problem = { key: 'admin.err.afterStart' }
    else if (/outside your townships/.test(message)) problem = { key: 'admin.err.township' }
    else if (/^there is no /.test(message)) problem = { key: 'admin.err.missingRef' }
    else if (/belongs to another employer/.test(message)) problem = { key: 'admin.err.otherEmployer' }
    else if (/is not waiting to be paired/.test(message)) problem = { key: 'admin.err.pairCode' }
    else if (/must be in the future/.test(message)) problem = { key: 'admin.err.future' }
    else if (/is taken/.test(message)) problem = { key: 'admin.err.taken' }
    else problem = { key: 'admin.err.hub', text: message }
    problems.set(path, problem)
  }
  return problems
}
