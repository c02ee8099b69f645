// Parsers for the cells of a 岗位信息表 as staff really fill them in: "4000～6000元/月", "55岁以下",
// "包吃住、五险", "2024年7月31日". Each returns a value (with warnings for guesses it made) or one
// plain-Chinese reason the cell cannot be used, which the preview shows next to the cell.
import type { Category } from '../../content/catalog.ts'
import { CATEGORIES, EDUCATION } from '../../content/catalog.ts'
import type { Salary } from '../../content/model.ts'
import { chinaDay, chinaDayStart, DAY_MS } from '../../client/china-day.ts'
import {
  BENEFIT_MAP,
  CATEGORY_FROM_TITLE,
  CATEGORY_MAP,
  EDUCATION_ANY,
  EDUCATION_WORDS,
  TAG_MAP,
  type Education,
} from './vocabulary.ts'

export type Parsed<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string }
const ok = <T>(value: T, warnings: string[] = []): Parsed<T> => ({ ok: true, value, warnings })
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error })

/** Full-width digits, letters, brackets and "～" become ASCII; every kind of space goes. */
export const compact = (raw: string) => raw.normalize('NFKC').replace(/\s+/g, '')
/** The dashes and words written between two numbers of a range, made one "-". */
const dashes = (s: string) => s.replace(/[~〜—–―]+|至|到/g, '-')
const NUMBER_COMMAS = /(\d),(?=\d{3}(?:\D|$))/g

// ---- 薪资待遇 ----
const AMOUNT = String.raw`(\d+(?:\.\d+)?)(万|千|k|w)?`
const AMOUNTS = new RegExp(String.raw`${AMOUNT}(?:元|块)?(?:-+${AMOUNT})?`, 'i')
/** What may follow the amount and still belong to it: the unit, "以上", "+". */
const AMOUNT_TAIL = /^(?:元|块)?(?:\/|每|一)?(?:个?月|天|日|小时|时|h)?(?:以上|及以上|起|\+|左右)?/i
const OPEN_ENDED = /以上|起|\+/
const UNIT_WORDS: [Salary['unit'], RegExp][] = [
  ['hour', /小时|\/时|时薪|每时|\/h/i],
  ['day', /\/天|\/日|每天|每日|一天|日薪|天薪|日结/],
  ['month', /月/],
]
/** Words that say nothing beyond the amount and unit, so they are not kept as a note. */
const SALARY_FILLER =
  /日结|元|块|以上|及以上|起|\+|左右|上下|大约|约|月薪|日薪|时薪|综合|工资|薪资|薪酬|待遇|每|个|月|天|日|小时|时|计件|按件|税前|人民币|[-\/,.;:()、，。；：]/g
const MAX_NOTE = 100

const scale = (n: string, unit: string | undefined) => {
  const factor = !unit ? 1 : /万|w/i.test(unit) ? 10_000 : 1000
  return Math.round(Number(n) * factor * 100) / 100
}

/** The unit nearest after the amount, else nearest before it. */
function unitOf(before: string, after: string): Salary['unit'] | undefined {
  let best: { unit: Salary['unit']; at: number } | undefined
  for (const [unit, re] of UNIT_WORDS) {
    const at = after.search(re)
    if (at >= 0 && (!best || at < best.at)) best = { unit, at }
  }
  if (best) return best.unit
  let last: { unit: Salary['unit']; at: number } | undefined
  for (const [unit, re] of UNIT_WORDS) {
    const at = before.search(re)
    if (at >= 0 && (!last || at > last.at)) last = { unit, at }
  }
  return last?.unit
}

export function parseSalary(raw: string): Parsed<Salary> {
  const s = dashes(compact(raw).replace(NUMBER_COMMAS, '$1'))
  if (!s) return fail('请填写薪资待遇，如 4000-6000元/月')
  if (/年薪|\/年|每年/.test(s)) return fail('请把年薪换算成月薪，如 4000-5000元/月')
  const piece = /计件|按件|件计/.test(s)
  const match = AMOUNTS.exec(s)
  if (!match) {
    if (piece) return ok({ min: 0, unit: 'piece', ...noteOf(raw, s, 0, 0) })
    if (/面议|商议|协商|详谈|待定/.test(s)) return fail('请填写具体薪资，如 4000-6000元/月（不能只写“面议”）')
    return fail(`看不懂“${raw.trim()}”，请写成 4000-6000元/月、200元/天 或 25元/小时`)
  }
  const [, a, aUnit, b, bUnit] = match
  // "4-6千" and "1-1.5万": the multiplier written once belongs to both numbers.
  const min = scale(a!, aUnit ?? (b && Number(a) < Number(b) ? bUnit : undefined))
  const max = b !== undefined ? scale(b, bUnit) : undefined
  const before = s.slice(0, match.index)
  const tail = AMOUNT_TAIL.exec(s.slice(match.index + match[0].length))![0]
  const after = s.slice(match.index + match[0].length)
  const warnings: string[] = []

  // A piece rate with a small amount is the rate per piece, not what a worker earns: keep it as words.
  if (piece && (max ?? min) < 100) return ok({ min: 0, unit: 'piece', note: raw.trim().slice(0, MAX_NOTE) })
  let unit: Salary['unit'] | undefined = piece ? 'piece' : unitOf(before, after)
  if (!unit) {
    if (min < 1000) return fail('请写明薪资单位，如 200元/天、25元/小时、4000元/月')
    unit = 'month'
    warnings.push('没写单位，按“元/月”导入')
  }
  if (max !== undefined && max < min) return fail(`薪资范围写反了：${max}比${min}小`)
  if (unit !== 'piece' && min <= 0) return fail('薪资不能是0')
  if (unit === 'month' && min < 500) warnings.push(`月薪${min}元偏低，请核对`)
  if (unit === 'day' && min > 3000) warnings.push(`日薪${min}元偏高，请核对单位`)

  const salary: Salary = { min, unit }
  // "3500元以上", "底薪3000+": only a floor. A single plain amount is exact (min = max).
  const open = max === undefined && (OPEN_ENDED.test(tail) || /保底|最低|底薪$/.test(before))
  if (max !== undefined && max > min) salary.max = max
  else if (!open && unit !== 'piece') salary.max = min
  const note = noteOf(raw, s, match.index, match[0].length + tail.length)
  if (note.note && note.note.length > MAX_NOTE) {
    note.note = note.note.slice(0, MAX_NOTE - 1) + '…'
    warnings.push(`说明太长，只保留前${MAX_NOTE}个字`)
  }
  return ok({ ...salary, ...note }, warnings)
}

/**
 * Words beside the amount worth showing job seekers ("含加班费", "底薪3000+提成") become the note.
 * When the amount leads, the note is what follows it; otherwise the whole cell, so nothing reads oddly.
 */
function noteOf(raw: string, s: string, at: number, length: number): { note?: string } {
  const rest = s.slice(0, at) + s.slice(at + length)
  if (rest.replace(SALARY_FILLER, '') === '') return {}
  if (at > 0) return { note: raw.trim() }
  const note = rest.replace(/^[-\/,.;:、，。；：]+|[-\/,.;:、，。；：]+$/g, '').replace(/^\((.*)\)$/, '$1')
  return note ? { note } : {}
}

// ---- 年龄要求 ----
export interface AgeRange {
  ageMin?: number
  ageMax?: number
}

export function parseAge(raw: string): Parsed<AgeRange> {
  let s = dashes(compact(raw))
  if (!s || /^(不限|无|无要求|年龄不限|不限年龄)$/.test(s)) return ok({})
  const mins: number[] = []
  const maxes: number[] = []
  let ranges = 0
  s = s.replace(/(\d{2})(?:周?岁)?-(\d{2})(?:周?岁)?/g, (_, a: string, b: string) => {
    mins.push(Number(a))
    maxes.push(Number(b))
    ranges++
    return ' '
  })
  s = s.replace(/(?:不超过|不大于|不高于|<=|≤)(\d{2})/g, (_, n: string) => (maxes.push(Number(n)), ' '))
  s = s.replace(/(?:小于|低于|未满|<)(\d{2})/g, (_, n: string) => (maxes.push(Number(n) - 1), ' '))
  s = s.replace(/(\d{2})(?:周?岁)?(?:以下|以内|之内|及以下)/g, (_, n: string) => (maxes.push(Number(n)), ' '))
  s = s.replace(/(?:年满|满|不低于|不小于|>=|≥)(\d{2})/g, (_, n: string) => (mins.push(Number(n)), ' '))
  s = s.replace(/(?:大于|超过|>)(\d{2})/g, (_, n: string) => (mins.push(Number(n) + 1), ' '))
  s = s.replace(/(\d{2})(?:周?岁)?(?:以上|及以上)/g, (_, n: string) => (mins.push(Number(n)), ' '))
  if (mins.length === 0 && maxes.length === 0) {
    return fail(`看不懂“${raw.trim()}”，请写成 18-55岁、55岁以下、18岁以上 或 不限`)
  }
  const value: AgeRange = {}
  if (mins.length > 0) value.ageMin = Math.min(...mins)
  if (maxes.length > 0) value.ageMax = Math.max(...maxes)
  for (const age of [value.ageMin, value.ageMax]) {
    if (age !== undefined && (age < 16 || age > 80)) return fail('年龄要在16到80岁之间')
  }
  if (value.ageMin !== undefined && value.ageMax !== undefined && value.ageMin > value.ageMax) {
    return fail(`年龄范围写反了：${value.ageMin}岁比${value.ageMax}岁大`)
  }
  const warnings =
    ranges > 1 ? [`有几段年龄要求，按最宽的 ${value.ageMin}-${value.ageMax}岁 导入`] : ([] as string[])
  return ok(value, warnings)
}

// ---- 学历要求 ----
const EDUCATION_CHOICES = '不限、小学、初中、高中/中专、大专、本科'

export function parseEducation(raw: string): Parsed<Education | undefined> {
  if (!raw.trim()) return ok(undefined)
  const s = compact(raw).replace(/及以上|以上|或同等学历|同等学历|学历|文化|程度/g, '')
  if (EDUCATION_ANY.test(s)) return ok('any')
  if (Object.hasOwn(EDUCATION, s.toLowerCase())) return ok(s.toLowerCase() as Education)
  for (const [level, re] of EDUCATION_WORDS) if (re.test(s)) return ok(level)
  if (/硕士|研究生|博士/.test(s)) return fail(`学历要求最高只能填“本科”，可填：${EDUCATION_CHOICES}`)
  return fail(`看不懂“${raw.trim()}”，学历要求可填：${EDUCATION_CHOICES}`)
}

// ---- 福利, 标签: lists of words ----
const LIST_SEPARATORS = /[,，、\/;；|｜\s]+/

/** Splits "包吃住、五险一金 班车" into words and maps each; "包吃包住" is read as 包吃 + 包住. */
function parseWords<K extends string>(raw: string, map: Map<string, K[]>, what: string): Parsed<K[]> {
  const found: K[] = []
  const unknown: string[] = []
  for (const word of raw.normalize('NFKC').split(LIST_SEPARATORS).filter(Boolean)) {
    const keys = map.get(word.toLowerCase()) ?? splitJoined(word, map)
    if (!keys) {
      unknown.push(word)
      continue
    }
    for (const k of keys) if (!found.includes(k)) found.push(k)
  }
  const warnings = unknown.length > 0 ? [`不认识的${what}“${unknown.join('、')}”没有导入`] : []
  return ok(found, warnings)
}

/** "包吃包住五险" written without separators: read it as known words one after another, or not at all. */
function splitJoined<K extends string>(word: string, map: Map<string, K[]>): K[] | undefined {
  const keys: K[] = []
  let rest = word.toLowerCase()
  while (rest) {
    let longest = ''
    for (const known of map.keys()) {
      if (known.length > longest.length && rest.startsWith(known)) longest = known
    }
    if (!longest) return undefined
    keys.push(...map.get(longest)!)
    rest = rest.slice(longest.length)
  }
  return keys
}

export const parseBenefits = (raw: string) => parseWords(raw, BENEFIT_MAP, '福利')
export const parseTags = (raw: string) => parseWords(raw, TAG_MAP, '标签')

// ---- 岗位类别 ----
const CATEGORY_CHOICES = Object.values(CATEGORIES)
  .map((c) => c.zh)
  .join('、')

/** The category written in the cell, or when it is empty the one the title makes obvious. */
export function parseCategory(raw: string, title: string): Parsed<Category> {
  const s = compact(raw)
  if (s) {
    const exact = CATEGORY_MAP.get(s.toLowerCase())
    if (exact) return ok(exact[0]!)
    for (const part of s.split(/[\/、,，]/)) {
      const found = CATEGORY_MAP.get(part.toLowerCase())
      if (found) return ok(found[0]!)
    }
    return fail(`不认识“${raw.trim()}”，岗位类别可填：${CATEGORY_CHOICES}`)
  }
  const guess = inferCategory(title)
  if (!guess) return fail(`请填写岗位类别（看岗位名称猜不出来），可填：${CATEGORY_CHOICES}`)
  return ok(guess, [`没填岗位类别，按岗位名称归为“${CATEGORIES[guess].zh}”`])
}

export function inferCategory(title: string): Category | undefined {
  return CATEGORY_FROM_TITLE.find(([, re]) => re.test(title))?.[0]
}

// ---- 招聘人数 ----
export function parseHeadcount(raw: string): Parsed<number> {
  const s = dashes(compact(raw)).replace(/(人|名|个|位)$/g, '')
  if (!s) return fail('请填写招聘人数，如 10')
  if (/若干|不限|多名|大量|长期/.test(s)) return fail(`招聘人数请写具体数字，如 10（不能写“${raw.trim()}”）`)
  const range = /^(\d+)(?:人|名)?-(\d+)$/.exec(s)
  if (range) {
    const n = Math.max(Number(range[1]), Number(range[2]))
    return n >= 1 ? ok(n, [`人数写的是范围，按${n}人导入`]) : fail('招聘人数至少1人')
  }
  if (!/^\d+(\.0+)?$/.test(s)) return fail(`招聘人数请写数字，如 10（现在是“${raw.trim()}”）`)
  const n = Number(s)
  if (n < 1) return fail('招聘人数至少1人')
  if (n > 100_000) return fail('招聘人数太大，请核对')
  return ok(n)
}

// ---- 工作地点 ----
export interface Place {
  township: string
  address?: string
}

/**
 * "城关镇工业园创业大道18号" -> 城关镇 + 工业园创业大道18号. The county (and anything before it, like
 * the province) may lead; "白沙工业园" is read as 白沙镇 with a warning, as people drop 镇 and 乡.
 */
export function parsePlace(raw: string, townships: readonly string[], county = ''): Parsed<Place> {
  let s = raw.trim()
  if (!s) return fail(`请填写工作地点，以乡镇名开头，如 ${townships[0] ?? '城关镇'}工业园18号`)
  if (townships.length === 0) return fail('系统里还没有设置乡镇名单，请先在“设置”里填写本县的乡镇')
  const countyAt = county ? s.indexOf(county) : -1
  if (countyAt >= 0 && countyAt <= 8) s = s.slice(countyAt + county.length).trim()
  const byLength = [...townships].sort((a, b) => b.length - a.length)
  const rest = (name: string) => {
    const address = s.slice(name.length).replace(/^[\s　,，、:：\-]+/, '')
    return address ? { address } : {}
  }
  const full = byLength.find((t) => s.startsWith(t))
  if (full) return ok({ township: full, ...rest(full) })
  for (const t of byLength) {
    const base = t.replace(/(镇|乡|街道|街道办事处)$/, '')
    if (base.length >= 2 && base !== t && s.startsWith(base)) {
      return ok({ township: t, ...rest(base) }, [`工作地点按“${t}”导入`])
    }
  }
  return fail(`工作地点要以本县乡镇名开头（${listOf(townships)}）`)
}

/** A township written in its own column: the name, or the name without 镇/乡. */
export function parseTownship(raw: string, townships: readonly string[]): Parsed<string> {
  const s = compact(raw)
  const found =
    townships.find((t) => t === s) ??
    townships.find((t) => t.replace(/(镇|乡|街道)$/, '') === s && s.length >= 2)
  return found ? ok(found) : fail(`“${raw.trim()}”不是本县的乡镇（${listOf(townships)}）`)
}

const listOf = (names: readonly string[]) =>
  names.length > 12 ? `${names.slice(0, 12).join('、')}等` : names.join('、')

// ---- 联系电话 ----
const PHONE = /^[0-9+() -]+(转[0-9]+)?$/

/** One office number; names written beside it are dropped, a second number is left out with a warning. */
export function parsePhone(raw: string): Parsed<string | undefined> {
  const s = raw
    .normalize('NFKC')
    .replace(/[—–－]/g, '-')
    .trim()
  if (!s) return ok(undefined)
  const parts = s.split(/[\/,，、;；]|或/).filter((p) => /\d/.test(p))
  if (parts.length === 0) return fail(`联系电话里没有号码：“${raw.trim()}”`)
  const phone = parts[0]!
    .replace(/(分机|ext\.?)/i, '转')
    .replace(/[^0-9+() \-转]/g, '')
    .replace(/转(?![0-9])/g, '')
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 5 || phone.length > 40) {
    return fail(`联系电话格式不对：“${raw.trim()}”，请写成 0731-85600001 这样`)
  }
  return ok(phone, parts.length > 1 ? ['写了几个号码，只导入第一个'] : [])
}

// ---- 有效期至 ----
const pad = (n: number) => String(n).padStart(2, '0')

/** The last millisecond of a calendar day in Beijing time, as an ISO timestamp. */
export function endOfBeijingDay(year: number, month: number, day: number): string {
  return new Date(chinaDayStart(`${year}-${pad(month)}-${pad(day)}`) + DAY_MS - 1).toISOString()
}

/** Today's date in Beijing, for `now` (ms). */
function beijingToday(now: number) {
  const [year = 0, month = 0, day = 0] = chinaDay(now).split('-').map(Number)
  return { year, month, day }
}

export const DEFAULT_VALID_DAYS = 30

/** The default validity: the end of the day 30 days from today, Beijing time. */
export function defaultValidUntil(now: number): string {
  const { year, month, day } = beijingToday(now + DEFAULT_VALID_DAYS * DAY_MS)
  return endOfBeijingDay(year, month, day)
}

/** "2024-07-31", "2024/7/31", "2024.7.31", "2024年7月31日", "20240731", "7月31日" (this year). */
export function parseValidUntil(raw: string, now: number): Parsed<string> {
  // A date cell that carries a time of day too ("2024-07-31 18:00"): the day is what counts.
  const s = compact(raw.trim().replace(/[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, ''))
  if (!s) return ok(defaultValidUntil(now))
  if (/^长期(有效|招聘)?$/.test(s)) {
    return ok(defaultValidUntil(now), [`“长期”按${DEFAULT_VALID_DAYS}天导入，到期前请续期`])
  }
  const today = beijingToday(now)
  let m = /^(\d{4})[-\/.年](\d{1,2})[-\/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  let warning: string | undefined
  let year: number, month: number, day: number
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  else if ((m = /^(\d{1,2})[-\/.月](\d{1,2})日?$/.exec(s))) {
    ;[year, month, day] = [today.year, Number(m[1]), Number(m[2])]
    if (Date.UTC(year, month - 1, day) < Date.UTC(today.year, today.month - 1, today.day)) {
      year++
      warning = `没写年份，按${year}年导入`
    }
  } else if (/^\d{5}(\.\d+)?$/.test(s) && Number(s) > 30_000 && Number(s) < 80_000) {
    // An Excel date serial (days since 1899-12-30) that lost its date format on the way.
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(s)) * DAY_MS)
    ;[year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
  } else return fail(`看不懂日期“${raw.trim()}”，请写成 2024-07-31 这样`)
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 2000) {
    return fail(`没有这一天：“${raw.trim()}”`)
  }
  if (check.getTime() < Date.UTC(today.year, today.month - 1, today.day)) {
    return fail(`有效期已过（${raw.trim()}），请改成今天或以后的日期`)
  }
  return ok(endOfBeijingDay(year, month, day), warning ? [warning] : [])
}
