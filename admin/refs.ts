// The lists forms and tables refer to: employers and venues (for pickers and for showing a name
// instead of an id) and the county's townships. Loaded once, refreshed after a change to them.
import { signal } from '@preact/signals'
import type { Employer, Settings, Venue } from '../content/model.ts'
import { lang } from '../client/i18n/index.ts'
import type { Label } from '../content/catalog.ts'
import { api, type Page } from './api.ts'

export interface Refs {
  employers: Employer[]
  venues: Venue[]
  townships: string[]
  settings?: Settings
}

export const refs = signal<Refs>({ employers: [], venues: [], townships: [] })
let loading: Promise<void> | undefined

/** Loads the lists, once; `force` after employers or venues changed. The hub caps a page at 500. */
export function loadRefs(force = false): Promise<void> {
  if (loading && !force) return loading
  loading = Promise.all([
    api<Page<Employer>>('GET', '/api/admin/employers?limit=500'),
    api<Page<Venue>>('GET', '/api/admin/venues?limit=500'),
    api<{ townships: string[]; settings: Settings }>('GET', '/api/catalog'),
  ])
    .then(([employers, venues, catalog]) => {
      const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN')
      refs.value = {
        employers: employers.items.sort(byName),
        venues: venues.items.sort(byName),
        townships: catalog.townships,
        settings: catalog.settings,
      }
    })
    .catch(() => {
      loading = undefined
    })
  return loading
}

export const employerName = (id: string | undefined) =>
  refs.value.employers.find((e) => e.id === id)?.name ?? ''
export const venueName = (id: string | undefined) => refs.value.venues.find((v) => v.id === id)?.name ?? ''

/** A vocabulary entry (content/catalog.ts) in the current language. */
export function labelOf(vocabulary: Record<string, Label>, key: string | undefined): string {
  if (key === undefined) return ''
  const entry = vocabulary[key]
  return entry ? entry[lang.value === 'zh-CN' ? 'zh' : 'en'] : key
}

export function optionsOf(vocabulary: Record<string, Label>): { value: string; label: string }[] {
  return Object.keys(vocabulary).map((value) => ({ value, label: labelOf(vocabulary, value) }))
}
