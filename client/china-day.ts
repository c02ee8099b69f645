// Bureaus count in China's calendar days (UTC+8, no daylight saving) wherever a hub's or an office
// PC's clock zone is set: "today", per-day charts, date filters, quarters, backups and the screen's
// "今天" all mean the day in Beijing. One helper for the hub, the admin and the faces.

export const DAY_MS = 86_400_000
const OFFSET_MS = 8 * 3_600_000

/** The day in China, "2026-12-03", of an instant (epoch ms, Date or ISO text). */
export const chinaDay = (at: number | string | Date = Date.now()): string =>
  new Date(new Date(at).getTime() + OFFSET_MS).toISOString().slice(0, 10)

/** The instant a China day begins; its end is `chinaDayStart(day) + DAY_MS`. */
export const chinaDayStart = (day: string): number => Date.parse(`${day}T00:00:00+08:00`)

/** Whole days between two instants as China counts them: 0 on the same day, 1 for tomorrow. */
export const chinaDaysBetween = (from: number, to: number): number =>
  Math.floor((to + OFFSET_MS) / DAY_MS) - Math.floor((from + OFFSET_MS) / DAY_MS)

/** The calendar day `days` after `day` (before, when negative). */
export const shiftDay = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Every day from `from` to `to`, both included, at most `max` of them. */
export function eachDay(from: string, to: string, max = 400): string[] {
  const days: string[] = []
  for (let day = from; day <= to && days.length < max; day = shiftDay(day, 1)) days.push(day)
  return days
}
