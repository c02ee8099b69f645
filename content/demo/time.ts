// Time helpers for the demo content. Every date is computed from one `now` so the demo always looks
// current. Times of day are China Standard Time (UTC+8, no daylight saving), so "09:00" means 09:00 in
// Beijing whatever the server's own time zone is.

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const BEIJING_OFFSET = 8 * HOUR

export interface Clock {
  readonly now: Date
  /** ISO time of `hhmm` ("09:00") Beijing time on the Beijing day `days` from today (negative: past). */
  at(days: number, hhmm: string): string
  /** ISO time `hours` from now (fractions allowed, negative for the past). */
  inHours(hours: number): string
  /** ISO time of 23:59 Beijing time on the Beijing day `days` from today. */
  endOfDay(days: number): string
  /** `createdAt`/`updatedAt` for something created `daysAgo` (>= 1) days ago, edited later that day. */
  stamps(daysAgo: number, minute?: number): { createdAt: string; updatedAt: string }
  /**
   * Today's window from `from` to `to` Beijing time, stretched if needed so that it contains `now`
   * (starting at least 30 minutes before it, ending at least an hour after it, within today), so a
   * fair meant to be "on today" is on whenever the demo is loaded.
   */
  liveToday(from: string, to: string): { startsAt: string; endsAt: string }
  /** "3月12日（周四）": the Beijing date of an ISO time, for text. */
  dayLabel(iso: string): string
}

export function createClock(now: Date): Clock {
  const t = now.getTime()
  if (!Number.isFinite(t)) throw new RangeError('createDemoContent needs a valid date')
  // The UTC instant at which today's Beijing calendar day began.
  const local = t + BEIJING_OFFSET
  const midnight = local - (((local % DAY) + DAY) % DAY) - BEIJING_OFFSET
  const atMs = (days: number, hhmm: string) => midnight + days * DAY + minutesOf(hhmm) * MINUTE
  const iso = (ms: number) => new Date(ms).toISOString()

  return {
    now,
    at: (days, hhmm) => iso(atMs(days, hhmm)),
    inHours: (hours) => iso(t + hours * HOUR),
    endOfDay: (days) => iso(atMs(days, '23:59')),
    stamps(daysAgo, minute = 0) {
      if (daysAgo < 1) throw new RangeError('stamps() is for things created on an earlier day')
      const created = atMs(-daysAgo, '09:00') + (minute % 120) * MINUTE
      return { createdAt: iso(created), updatedAt: iso(created + 3 * HOUR) }
    },
    liveToday(from, to) {
      const start = Math.max(midnight, Math.min(atMs(0, from), t - 30 * MINUTE))
      const end = Math.min(atMs(0, '23:59'), Math.max(atMs(0, to), t + HOUR))
      return { startsAt: iso(start), endsAt: iso(Math.max(end, t + MINUTE)) }
    },
    dayLabel(value) {
      const d = new Date(Date.parse(value) + BEIJING_OFFSET)
      const weekday = '日一二三四五六'[d.getUTCDay()]
      return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（周${weekday}）`
    },
  }
}

function minutesOf(hhmm: string): number {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(hhmm)
  if (!match) throw new RangeError(`Not a time of day: ${hhmm}`)
  return Number(match[1]) * 60 + Number(match[2])
}
