// Data directories for the benchmarks, written straight in the hub's on-disk formats (content.json
// as content-store.ts keeps it, registrations.jsonl as journal.ts appends it): going through the API
// would take minutes for 100,000 registrations. Every item is valid against content/model.ts, and
// the hub checks that when it opens the directory, so a drift in the formats fails loudly.
import { rmSync } from 'node:fs'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Employer, Job, Registration, Settings } from '../../content/model.ts'
import type { ContentData } from '../../server/store/content-store.ts'

const DAY = 86_400_000
const TOWNSHIPS = ['城关镇', '白沙镇', '青山乡', '河口镇', '石门乡', '枫林镇', '龙潭镇', '桃源乡']
const JOBS = [
  { title: '电子装配普工', category: 'manufacturing', unit: 'month', min: 4500, max: 6500 },
  { title: '仓库理货员', category: 'logistics', unit: 'month', min: 4000, max: 5200 },
  { title: '中式面点师', category: 'catering', unit: 'month', min: 5000, max: 7000 },
  { title: '超市收银员', category: 'retail', unit: 'month', min: 3200, max: 4000 },
  { title: '钢筋工（日结）', category: 'gig', unit: 'day', min: 260, max: 320 },
  { title: '养老护理员', category: 'domestic', unit: 'month', min: 4200, max: 5500 },
] as const
const DUTIES =
  '负责生产线上的装配、检验和包装工作，按照作业指导书完成每日产量；保持工位整洁，配合班组长做好交接班记录。'
const REQUIREMENTS = '身体健康，能适应两班倒；吃苦耐劳，服从安排；有相关经验者优先，无经验可培训上岗。'

export const SETTINGS: Settings = {
  bureauName: '本县人力资源和社会保障局',
  county: '本县',
  hotline: '12333',
  townships: TOWNSHIPS,
}

/** Ids that look like the hub's own (prefix and base-36), but cannot collide with them. */
const fixedId = (prefix: string, i: number) => `${prefix}-fx${i.toString(36).padStart(8, '0')}`

/** Temp directories not removed yet: an interrupted run (Ctrl-C, a timeout) removes them at exit. */
const tempDirs = new Set<string>()
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

export async function tempDataDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `jobhub-bench-${name}-`))
  tempDirs.add(dir)
  return dir
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (!dir) return
  await rm(dir, { recursive: true, force: true })
  tempDirs.delete(dir)
}

function employer(i: number, at: string): Employer {
  return {
    id: fixedId('emp', i),
    createdAt: at,
    updatedAt: at,
    name: `湘源第${i + 1}制造有限公司`,
    shortName: `湘源${i + 1}厂`,
    industry: '电子制造',
    township: TOWNSHIPS[i % TOWNSHIPS.length]!,
    address: `${TOWNSHIPS[i % TOWNSHIPS.length]}工业园${(i % 40) + 1}号`,
    contactOffice: `0731-8560${String(i % 10_000).padStart(4, '0')}`,
    status: 'active',
  }
}

function job(i: number, employerId: string, at: string, validUntil: string): Job {
  const kind = JOBS[i % JOBS.length]!
  const township = TOWNSHIPS[i % TOWNSHIPS.length]!
  return {
    id: fixedId('job', i),
    createdAt: at,
    updatedAt: at,
    employerId,
    title: kind.title,
    category: kind.category,
    township,
    address: `${township}工业园${(i % 40) + 1}号`,
    location: { lat: 27.9 + (i % 100) / 1000, lng: 113 + (i % 97) / 1000 },
    salary: { min: kind.min, max: kind.max, unit: kind.unit },
    headcount: 5 + (i % 50),
    ageMin: 18,
    ageMax: 55,
    education: 'junior',
    hours: '8:00-17:30，月休4天',
    duties: DUTIES,
    requirements: REQUIREMENTS,
    benefits: ['meals', 'housing', 'insurance'],
    tags: i % 3 === 0 ? ['urgent', 'near-home'] : ['older-friendly'],
    contactPhone: '0731-85600001',
    status: 'published',
    validUntil,
  }
}

/** content.json as the content store keeps it: `jobs` published and valid for another 90 days. */
export function makeContent(counts: { jobs: number; employers: number }, at = Date.now()): ContentData {
  const created = new Date(at - 7 * DAY).toISOString()
  const validUntil = new Date(at + 90 * DAY).toISOString()
  const employers = Array.from({ length: counts.employers }, (_, i) => employer(i, created))
  const jobs = Array.from({ length: counts.jobs }, (_, i) =>
    job(i, employers[i % employers.length]!.id, created, validUntil),
  )
  return {
    rev: 1,
    settings: SETTINGS,
    feed: [],
    jobs: Object.fromEntries(jobs.map((j) => [j.id, j])),
    employers: Object.fromEntries(employers.map((e) => [e.id, e])),
    fairs: {},
    venues: {},
    announcements: {},
  }
}

export async function writeContent(dataDir: string, content: ContentData): Promise<void> {
  await writeFile(join(dataDir, 'content.json'), JSON.stringify(content))
}

/** A stored registration; phones start with 15 so the benchmark's own (13...) never duplicate them. */
export function makeRegistration(i: number, jobId: string, createdAt: string): Registration {
  return {
    id: fixedId('reg', i),
    createdAt,
    updatedAt: createdAt,
    clientId: `fixture-client-${i}`,
    phone: `15${String(i).padStart(9, '0')}`,
    consent: true,
    jobIds: [jobId],
    name: '李女士',
    gender: i % 2 ? 'female' : 'male',
    ageBand: '35-44',
    township: TOWNSHIPS[i % TOWNSHIPS.length]!,
    code: String(i % 1_000_000).padStart(6, '0'),
    source: i % 4 === 0 ? { channel: 'kiosk', device: 'kiosk-fixture' } : { channel: 'phone' },
    status: 'new',
    notes: [],
  }
}

/**
 * registrations.jsonl with `count` registrations spread over the last 300 days (inside the default
 * 365-day retention, so the hub's daily clean-up keeps them all), in the journal's line format.
 */
export async function writeRegistrations(
  dataDir: string,
  count: number,
  jobIds: string[],
  at = Date.now(),
): Promise<void> {
  const handle = await open(join(dataDir, 'registrations.jsonl'), 'w')
  try {
    const step = (300 * DAY) / count
    for (let start = 0; start < count; start += 10_000) {
      const lines: string[] = []
      for (let i = start; i < Math.min(count, start + 10_000); i++) {
        const createdAt = new Date(at - 300 * DAY + i * step).toISOString()
        lines.push(
          JSON.stringify({ op: 'put', item: makeRegistration(i, jobIds[i % jobIds.length]!, createdAt) }) +
            '\n',
        )
      }
      await handle.write(lines.join(''))
    }
  } finally {
    await handle.close()
  }
}
