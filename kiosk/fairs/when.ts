// A fair's date and hours as one line: "2024年7月15日 09:00–12:00", or both dates for a multi-day fair.
import type { Fair } from '../../content/model.ts'
import { formatDate, formatTime } from '../../client/format.ts'
import type { Lang } from '../../client/i18n/index.ts'

export function fairWhen(fair: Pick<Fair, 'startsAt' | 'endsAt'>, lang: Lang): string {
  const startDay = formatDate(fair.startsAt, lang)
  const endDay = formatDate(fair.endsAt, lang)
  const hours = `${formatTime(fair.startsAt, lang)}–${formatTime(fair.endsAt, lang)}`
  return startDay === endDay ? `${startDay} ${hours}` : `${startDay} – ${endDay} · ${hours}`
}
