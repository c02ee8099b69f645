// The quarterly statistics table (统计表) the province asks for: per township and for the county, the
// fairs held, the employers at them, the postings on offer and their headcount, the visits reached
// (QR scans and kiosk views), registrations, people who reached a job intention (就业意向) and hires.
// Each figure's definition is spelled out in DEFINITIONS, because staff must be able to defend it.
import type { Fair, Job, Registration, Venue } from '../../content/model.ts'
import { chinaDay, chinaDayStart, eachDay } from '../../client/china-day.ts'

export const FIGURES = [
  'fairs',
  'employers',
  'postings',
  'headcount',
  'reached',
  'registrations',
  'intentions',
  'hires',
] as const
export type Figure = (typeof FIGURES)[number]

/** Column headings and definitions as they go into the exported table (the province's language). */
export const DEFINITIONS: Record<Figure, { zh: string; en: string; zhNote: string }> = {
  fairs: { zh: '招聘会场次', en: 'Fairs held', zhNote: '本季度开始的已发布招聘会（不含草稿和已取消）' },
  employers: { zh: '参会单位（家）', en: 'Employers at fairs', zhNote: '这些招聘会展位上的不同单位' },
  postings: {
    zh: '发布岗位（个）',
    en: 'Postings on offer',
    zhNote: '本季度内在展示的岗位：季度结束前创建、有效期未在季度开始前结束，不含草稿',
  },
  headcount: { zh: '招聘人数', en: 'Headcount offered', zhNote: '这些岗位的招聘人数之和' },
  reached: {
    zh: '服务人次',
    en: 'Visits reached',
    zhNote: '扫码打开手机页的次数加上触摸屏查看岗位、招聘会和政策的次数',
  },
  registrations: {
    zh: '登记人次',
    en: 'Registrations',
    zhNote: '本季度的求职登记（不含本人撤回的）',
  },
  intentions: {
    zh: '达成就业意向（人）',
    en: 'Intentions reached (people)',
    zhNote: '本季度登记过的不同手机号',
  },
  hires: {
    zh: '实现就业（人）',
    en: 'Hires (people)',
    zhNote: '其中跟进状态为“已录用”的不同手机号',
  },
}

export type QuarterRow = { township: string } & Record<Figure, number>

export interface QuarterTable {
  quarter: string
  from: string
  to: string
  /** One row per township of the county (then any other with figures) in the county's order; "" is "not assigned". */
  rows: QuarterRow[]
  total: QuarterRow
}

/** "2026-Q4" -> its first and last calendar day. */
export function quarterDays(quarter: string): { from: string; to: string } {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))]
  const first = (q - 1) * 3 + 1
  const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate()
  const mm = (m: number) => String(m).padStart(2, '0')
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(first + 2)}-${last}` }
}

/** The quarter a day falls in: "2026-12-02" -> "2026-Q4". */
export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`

export interface QuarterInput {
  quarter: string
  jobs: Iterable<Job>
  fairs: Iterable<Fair>
  venues: Iterable<Venue>
  devices: Iterable<{ id: string; venueId?: string }>
  registrations: Iterable<Registration>
  /** Usage counts of a day (keys "type|source|kind|id"), see metrics.ts. */
  usage: (day: string) => ReadonlyMap<string, number>
  /** The county's townships, for the order of the rows. */
  townships: string[]
  /** An operator's townships: only these rows, and a total of only these. */
  scope?: string[]
}

export function quarterTable(input: QuarterInput): QuarterTable {
  const { from, to } = quarterDays(input.quarter)
  const inQuarter = (day: string) => day >= from && day <= to
  const venueTownship = new Map([...input.venues].map((v) => [v.id, v.township]))
  const deviceTownship = new Map(
    [...input.devices].map((d) => [d.id, d.venueId ? venueTownship.get(d.venueId) : undefined]),
  )
  const jobsById = new Map([...input.jobs].map((j) => [j.id, j]))
  const fairsById = new Map([...input.fairs].map((f) => [f.id, f]))
  const fairTownship = (f: Fair) => f.township ?? (f.venueId ? venueTownship.get(f.venueId) : undefined)

  // Everything counted is first put in its township's bucket; the total is the same buckets merged,
  // so distinct counts (employers, people) are distinct across the county too.
  type Bucket = {
    fairs: number
    employers: Set<string>
    postings: number
    headcount: number
    reached: number
    registrations: number
    people: Set<string>
    hired: Set<string>
  }
  const buckets = new Map<string, Bucket>()
  const bucket = (township: string | undefined) => {
    const key = township ?? ''
    let b = buckets.get(key)
    if (!b) {
      b = {
        fairs: 0,
        employers: new Set(),
        postings: 0,
        headcount: 0,
        reached: 0,
        registrations: 0,
        people: new Set(),
        hired: new Set(),
      }
      buckets.set(key, b)
    }
    return b
  }

  // Every township of the county has its row, zeros included: the province reads gaps as omissions.
  for (const township of input.townships) bucket(township)
  for (const fair of fairsById.values()) {
    if (fair.status !== 'published' || !inQuarter(chinaDay(fair.startsAt))) continue
    const b = bucket(fairTownship(fair))
    b.fairs++
    for (const booth of fair.booths) b.employers.add(booth.employerId)
  }
  const quarterStart = chinaDayStart(from)
  for (const job of jobsById.values()) {
    if (job.status === 'draft' || job.status === 'pending') continue
    if (chinaDay(job.createdAt) > to) continue
    if (job.validUntil && Date.parse(job.validUntil) < quarterStart) continue
    const b = bucket(job.township)
    b.postings++
    b.headcount += job.headcount
  }
  for (const day of eachDay(from, to)) {
    for (const [key, count] of input.usage(day)) {
      const [type, source = ''] = key.split('|')
      if (type !== 'scan' && type !== 'view') continue
      bucket(deviceTownship.get(source)).reached += count
    }
  }
  for (const r of input.registrations) {
    if (r.status === 'withdrawn' || !inQuarter(chinaDay(r.createdAt))) continue
    const firstJob = r.jobIds.map((id) => jobsById.get(id)).find((j) => j !== undefined)
    const fair = r.fairId ? fairsById.get(r.fairId) : undefined
    const b = bucket(r.township ?? firstJob?.township ?? (fair && fairTownship(fair)))
    b.registrations++
    b.people.add(r.phone)
    if (r.status === 'hired') b.hired.add(r.phone)
  }

  const visible = [...buckets.entries()].filter(
    ([township]) => !input.scope || input.scope.includes(township),
  )
  const order = (township: string) => {
    const i = input.townships.indexOf(township)
    return township === '' ? Number.MAX_SAFE_INTEGER : i < 0 ? input.townships.length : i
  }
  visible.sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b, 'zh-CN'))
  const row = (township: string, parts: Bucket[]): QuarterRow => {
    const union = (pick: (b: Bucket) => Set<string>) => new Set(parts.flatMap((b) => [...pick(b)])).size
    const sum = (pick: (b: Bucket) => number) => parts.reduce((n, b) => n + pick(b), 0)
    return {
      township,
      fairs: sum((b) => b.fairs),
      employers: union((b) => b.employers),
      postings: sum((b) => b.postings),
      headcount: sum((b) => b.headcount),
      reached: sum((b) => b.reached),
      registrations: sum((b) => b.registrations),
      intentions: union((b) => b.people),
      hires: union((b) => b.hired),
    }
  }
  return {
    quarter: input.quarter,
    from,
    to,
    rows: visible.map(([township, b]) => row(township, [b])),
    total: row(
      '',
      visible.map(([, b]) => b),
    ),
  }
}
