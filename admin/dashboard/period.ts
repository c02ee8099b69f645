// The periods staff pick on the dashboard: the last 7 or 30 days or this quarter, all ending on the
// hub's today (the day its figures are counted in), or any from/to they type. Kept in the address so
// a reload keeps them.
import { shiftDay } from '../../client/china-day.ts'

export interface Period {
  from: string
  to: string
}
export type Preset = 'days7' | 'days30' | 'quarter'
export const PRESETS: Preset[] = ['days7', 'days30', 'quarter']

export function presetPeriod(preset: Preset, now: string): Period {
  if (preset === 'days7') return { from: shiftDay(now, -6), to: now }
  if (preset === 'days30') return { from: shiftDay(now, -29), to: now }
  const month = Number(now.slice(5, 7))
  const first = String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')
  return { from: `${now.slice(0, 4)}-${first}-01`, to: now }
}

const isDay = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value)

/** The period in the address, if it names a valid one (otherwise the hub's default, 30 days). */
export function periodFrom(query: URLSearchParams): Period | undefined {
  const from = query.get('from')
  const to = query.get('to')
  return isDay(from) && isDay(to) && from <= to ? { from, to } : undefined
}
