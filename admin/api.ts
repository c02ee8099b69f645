// Every call the admin pages make to the hub goes through here: JSON in and out, errors as ApiError
// with the hub's field errors, and a 401 turned into "the session has ended" so the shell can ask
// for the password again without throwing away the page (and whatever was typed on it).
import type { FieldError } from '../content/model.ts'
import { lastActivity, sessionExpired } from './session.ts'

export class ApiError extends Error {
  readonly status: number
  readonly fields: FieldError[]
  constructor(status: number, message: string, fields: FieldError[] = []) {
    super(message)
    this.status = status
    this.fields = fields
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export async function api<T>(method: Method, url: string, body?: unknown): Promise<T> {
  let res: Response
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    throw new ApiError(0, 'offline')
  }
  if (res.status === 401) sessionExpired.value = true
  else lastActivity.value = Date.now()
  const data = (await res.json().catch(() => ({}))) as { message?: string; fields?: FieldError[] }
  if (!res.ok) throw new ApiError(res.status, data.message ?? res.statusText, data.fields ?? [])
  return data as T
}

/** A query string from the set values only, so URLs stay short and readable in the audit log. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && value !== false) search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

export interface Page<T> {
  items: T[]
  total: number
}
