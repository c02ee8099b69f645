// Hash routing inside the one /admin page the hub serves: "#/jobs/job-12?status=draft&page=2".
// The hash keeps the page and its filters across a reload and across signing in again.
import { signal } from '@preact/signals'

export interface Route {
  /** "jobs", "jobs/new", "jobs/job-12" split on "/" */
  path: string[]
  query: URLSearchParams
}

function parse(hash: string): Route {
  // Only "#/..." is a route; "#setup=TOKEN" belongs to the sign-in form.
  if (!hash.startsWith('#/')) return { path: [], query: new URLSearchParams() }
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?')
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) }
}

export const route = signal<Route>(parse(typeof location === 'undefined' ? '' : location.hash))

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => (route.value = parse(location.hash)))
}

export function href(path: string, params?: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== '') search.set(key, String(value))
  }
  const text = search.toString()
  return `#/${path}${text ? `?${text}` : ''}`
}

export function navigate(path: string, params?: Record<string, string | number | undefined>): void {
  location.hash = href(path, params)
}

/** Changes the filters of the current page without adding a history entry for every keystroke. */
export function replaceQuery(path: string, params: Record<string, string | number | undefined>): void {
  // Only while still on that page: a late debounced keystroke must not pull the user back.
  // The address, not the signal: a click may have changed it before its hashchange event ran.
  if (parse(location.hash).path.join('/') !== path) return
  const next = href(path, params)
  history.replaceState(null, '', next)
  route.value = parse(next)
}
