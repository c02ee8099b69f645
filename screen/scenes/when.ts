// Days and durations as a passer-by reads them: "今天", "明天", "3月12日"; "25分钟", "2小时5分", "3天".
import { chinaDaysBetween } from '../../client/china-day.ts'
import { formatDate, formatTime } from '../../client/format.ts'
import { t, type Lang } from '../../client/i18n/index.ts'

export function dayLabel(iso: string, now: number, lang: Lang): string {
  const days = chinaDaysBetween(now, Date.parse(iso))
  if (days === 0) return t('screen.fairs.today')
  if (days === 1) return t('screen.fairs.tomorrow')
  return formatDate(iso, lang).replace(/^\d{4}年|\s\d{4}$/, '')
}

export function hours(from: string, to: string, lang: Lang): string {
  return `${formatTime(from, lang)}–${formatTime(to, lang)}`
}

/** A countdown to the minute: a big screen has no business flickering seconds. */
export function duration(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000))
  if (minutes < 60) return t('screen.fairs.minutes', { n: minutes })
  if (minutes < 24 * 60) return t('screen.fairs.hours', { h: Math.floor(minutes / 60), m: minutes % 60 })
  return t('screen.fairs.days', { n: Math.floor(minutes / (24 * 60)) })
}
