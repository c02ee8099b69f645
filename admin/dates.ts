// Date inputs speak local calendar days and wall-clock times; the hub stores UTC instants. Staff
// mean China Standard Time whatever the office PC's clock zone is, so conversions are fixed to +08:00.
import { chinaDay } from '../client/china-day.ts'

const OFFSET = '+08:00'
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function local(iso: string): { day: string; time: string } | undefined {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return undefined
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]))
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` }
}

/** "2025-07-15" for an <input type=date>. */
export const toDateInput = (iso: string | undefined) => (iso ? (local(iso)?.day ?? '') : '')

/** A chosen day means "until the end of that day". */
export const fromDateInput = (day: string) =>
  day ? new Date(`${day}T23:59:59${OFFSET}`).toISOString() : undefined

/** "2025-07-15T09:30" for an <input type=datetime-local>. */
export function toDateTimeInput(iso: string | undefined): string {
  const l = iso ? local(iso) : undefined
  return l ? `${l.day}T${l.time}` : ''
}

export const fromDateTimeInput = (value: string) =>
  value ? new Date(`${value}:00${OFFSET}`).toISOString() : undefined

/** "2025-07-15 09:30" for tables. */
export function shortDateTime(iso: string | undefined): string {
  const l = iso ? local(iso) : undefined
  return l ? `${l.day} ${l.time}` : ''
}

/** Today as "2025-07-15" in China. */
export const today = () => chinaDay()
