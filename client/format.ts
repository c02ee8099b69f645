// How the faces write salaries, dates, times and phone numbers, in either language.
// Dates and times are always China Standard Time: a kiosk whose clock is set to another zone
// must not move a fair's opening hours.
import { SALARY_UNITS } from '../content/catalog.ts'
import type { Salary } from '../content/model.ts'
import type { Lang } from './i18n/index.ts'

// One masking rule (138****5678) shared with the hub.
export { maskPhone } from '../content/privacy.ts'

export const TIME_ZONE = 'Asia/Shanghai'

// en-GB writes "15 July 2024" without the commas of en-US.
const LOCALES: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' }

/**
 * A salary as job seekers read it: "4000-6000元/月", "4000元/月起", "3000元/月";
 * in English "4,000–6,000 yuan/month", "from 4,000 yuan/month". The note follows in brackets.
 */
export function formatSalary(salary: Salary, lang: Lang): string {
  const zh = lang === 'zh-CN'
  const unit = SALARY_UNITS[salary.unit][zh ? 'zh' : 'en']
  // Chinese job tables write plain digits; English readers expect thousands separators.
  const num = (n: number) => (zh ? String(n) : n.toLocaleString('en-US'))
  const { min, max } = salary
  const range = max !== undefined && max > min ? `${num(min)}${zh ? '-' : '–'}${num(max)}` : num(min)

  let text: string
  if (salary.unit === 'piece') {
    // A piece rate has no fixed wage; an amount, when given, is what a worker usually earns.
    if (min <= 0) text = unit
    else text = zh ? `${unit}，约${range}元` : `${unit}, about ${range} yuan`
  } else if (max === undefined || max < min) {
    text = zh ? `${range}${unit}起` : `from ${range} ${unit}`
  } else {
    text = zh ? `${range}${unit}` : `${range} ${unit}`
  }
  if (salary.note) text += zh ? `（${salary.note}）` : ` (${salary.note})`
  return text
}

// Building an Intl formatter costs far more than using one, and a screen's clock runs for months.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options)
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: TIME_ZONE })
    formatters.set(key, found)
  }
  return found
}

type DateLike = Date | string | number
const toDate = (value: DateLike) => (value instanceof Date ? value : new Date(value))

/** "2024年7月15日" / "15 July 2024"; with weekday "2024年7月15日星期一" / "Monday, 15 July 2024". */
export function formatDate(value: DateLike, lang: Lang, options: { weekday?: boolean } = {}): string {
  const weekday = options.weekday ? ({ weekday: 'long' } as const) : {}
  return formatter(lang, { year: 'numeric', month: 'long', day: 'numeric', ...weekday }).format(toDate(value))
}

/** "09:05", a 24-hour clock in both languages, as timetables in China are written. */
export function formatTime(value: DateLike, lang: Lang): string {
  return formatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value))
}
