// Registrations: an append-only journal on disk (see journal.ts), with the ledger's indexes in memory.
// A registration is visible to duplicate checks the moment it is added, but `add` resolves (and the
// person is answered) only once it is on disk; `durable(id)` lets a concurrent replay wait for that.
import { join } from 'node:path'
import { Registration } from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import { chinaDay } from '../../client/china-day.ts'
import { openJournal, type Journal } from './journal.ts'

export const REGISTRATIONS_FILE = 'registrations.jsonl'

type Entry = { op: 'put'; item: Registration } | { op: 'delete'; id: string }

export type Target = { kind: 'job' | 'fair'; id: string }

export interface RegistrationFilter {
  jobId?: string
  fairId?: string
  jobIds?: Set<string>
  township?: string[]
  device?: string
  channel?: string
  status?: string
  phone?: string
  /** Only those who would like skills training. */
  training?: boolean
  from?: number
  to?: number
}

export interface RegistrationStore {
  get(id: string): Registration | undefined
  byClientId(clientId: string): Registration | undefined
  byPhone(phone: string): Registration[]
  /** The first live registration of this phone for this job or fair (withdrawn ones do not count). */
  forTarget(phone: string, target: Target): Registration | undefined
  /** Adds a registration; resolves once it is durable. */
  add(registration: Registration): Promise<void>
  /** Resolves once the registration (added earlier, maybe still being written) is durable. */
  durable(id: string): Promise<void>
  update(id: string, change: (r: Registration) => Registration): Promise<Registration | undefined>
  remove(ids: string[]): Promise<number>
  list(filter: RegistrationFilter, offset: number, limit: number): { items: Registration[]; total: number }
  /** Every registration, oldest first (for export and statistics). */
  all(): IterableIterator<Registration>
  countToday(target: Target, now?: Date): number
  count(): number
  /** Rewrites the journal with only what is live, dropping superseded lines. */
  compact(): Promise<void>
  close(): Promise<void>
}

export async function openRegistrationStore(
  dataDir: string,
  newestBackup: (name: string) => Promise<string | undefined>,
  log: (message: string) => void = () => {},
): Promise<RegistrationStore> {
  const file = join(dataDir, REGISTRATIONS_FILE)
  const opened = await openJournal<Entry>(file, parseEntry, () => newestBackup(REGISTRATIONS_FILE))
  if (opened.repaired) log(`${file}: ${opened.repaired}`)
  const journal: Journal<Entry> = opened.journal

  const byId = new Map<string, Registration>()
  const byClient = new Map<string, string>()
  const byPhoneIds = new Map<string, Set<string>>()
  const byTarget = new Map<string, string>()
  const todayCounts = new Map<string, number>()
  const pending = new Map<string, Promise<void>>()

  const targetKeys = (r: Registration) => [
    ...r.jobIds.map((id) => `${r.phone}|job:${id}`),
    ...(r.fairId && r.jobIds.length === 0 ? [`${r.phone}|fair:${r.fairId}`] : []),
  ]
  // Live counters are only asked for today; skipping older registrations saves a date conversion
  // per stored registration at start-up.
  const countsSince = new Date(Date.now() - 2 * 86_400_000).toISOString()
  const countKeys = (r: Registration) => {
    if (r.createdAt < countsSince) return []
    const day = chinaDay(r.createdAt)
    return [...r.jobIds.map((id) => `${day}|job:${id}`), ...(r.fairId ? [`${day}|fair:${r.fairId}`] : [])]
  }

  function index(r: Registration) {
    const old = byId.get(r.id)
    if (old) unindex(old)
    byId.set(r.id, r)
    byClient.set(r.clientId, r.id)
    let ids = byPhoneIds.get(r.phone)
    if (!ids) byPhoneIds.set(r.phone, (ids = new Set()))
    ids.add(r.id)
    if (r.status !== 'withdrawn') {
      for (const key of targetKeys(r)) if (!byTarget.has(key)) byTarget.set(key, r.id)
      for (const key of countKeys(r)) todayCounts.set(key, (todayCounts.get(key) ?? 0) + 1)
    }
  }
  function unindex(r: Registration) {
    byId.delete(r.id)
    if (byClient.get(r.clientId) === r.id) byClient.delete(r.clientId)
    byPhoneIds.get(r.phone)?.delete(r.id)
    if (byPhoneIds.get(r.phone)?.size === 0) byPhoneIds.delete(r.phone)
    for (const key of targetKeys(r)) if (byTarget.get(key) === r.id) byTarget.delete(key)
    if (r.status !== 'withdrawn') {
      for (const key of countKeys(r)) todayCounts.set(key, (todayCounts.get(key) ?? 1) - 1)
    }
  }

  for (const entry of opened.records) {
    if (entry.op === 'put') index(entry.item)
    else {
      const old = byId.get(entry.id)
      if (old) unindex(old)
    }
  }

  async function write(entries: Entry[], undo: () => void) {
    try {
      await journal.append(entries)
    } catch (error) {
      undo()
      throw error
    }
  }

  /**
   * A registration's time as a canonical ISO string, comparable as text: the hub writes createdAt
   * with toISOString, so parsing is needed only for a time written some other way. Comparing text
   * instead of parsing 100,000 dates makes a date-filtered ledger page several times faster.
   */
  const isoOf = (at: string) => (at.length === 24 && at.endsWith('Z') ? at : new Date(at).toISOString())

  function matches(r: Registration, f: RegistrationFilter, from?: string, to?: string): boolean {
    if (f.jobId && !r.jobIds.includes(f.jobId)) return false
    if (f.jobIds && !r.jobIds.some((id) => f.jobIds!.has(id))) return false
    if (f.fairId && r.fairId !== f.fairId) return false
    if (f.township && !(r.township && f.township.includes(r.township))) return false
    if (f.device && r.source.device !== f.device) return false
    if (f.channel && r.source.channel !== f.channel) return false
    if (f.status && r.status !== f.status) return false
    if (f.phone && r.phone !== f.phone) return false
    if (f.training && !r.training) return false
    if (from === undefined && to === undefined) return true
    const at = isoOf(r.createdAt)
    if (from !== undefined && at < from) return false
    if (to !== undefined && at >= to) return false
    return true
  }

  return {
    get: (id) => byId.get(id),
    byClientId: (clientId) => {
      const id = byClient.get(clientId)
      return id === undefined ? undefined : byId.get(id)
    },
    byPhone: (phone) => [...(byPhoneIds.get(phone) ?? [])].map((id) => byId.get(id)!),
    forTarget(phone, target) {
      const id = byTarget.get(`${phone}|${target.kind}:${target.id}`)
      return id === undefined ? undefined : byId.get(id)
    },
    add(registration) {
      index(registration)
      const done = write([{ op: 'put', item: registration }], () => unindex(registration)).finally(() =>
        pending.delete(registration.id),
      )
      pending.set(registration.id, done)
      return done
    },
    durable: (id) => pending.get(id) ?? Promise.resolve(),
    async update(id, change) {
      await pending.get(id)
      const before = byId.get(id)
      if (!before) return undefined
      const after = change(before)
      index(after)
      await write([{ op: 'put', item: after }], () => index(before))
      return after
    },
    async remove(ids) {
      const gone = ids.map((id) => byId.get(id)).filter((r): r is Registration => r !== undefined)
      for (const r of gone) unindex(r)
      await write(
        gone.map((r) => ({ op: 'delete', id: r.id })),
        () => gone.forEach(index),
      )
      return gone.length
    },
    list(filter, offset, limit) {
      // Newest first, the way staff read a ledger.
      const items: Registration[] = []
      let total = 0
      const from = filter.from === undefined ? undefined : new Date(filter.from).toISOString()
      const to = filter.to === undefined ? undefined : new Date(filter.to).toISOString()
      const all = [...byId.values()]
      for (let i = all.length - 1; i >= 0; i--) {
        const r = all[i]!
        if (!matches(r, filter, from, to)) continue
        if (total >= offset && items.length < limit) items.push(r)
        total++
      }
      return { items, total }
    },
    all: () => byId.values(),
    countToday: (target, now = new Date()) =>
      todayCounts.get(`${chinaDay(now)}|${target.kind}:${target.id}`) ?? 0,
    count: () => byId.size,
    async compact() {
      await Promise.all(pending.values())
      await journal.rewrite([...byId.values()].map((item) => ({ op: 'put', item })))
    },
    close: () => journal.close(),
  }
}

function parseEntry(value: unknown, line: number): Entry {
  const entry = value as Entry
  if (entry?.op === 'delete' && typeof entry.id === 'string') return entry
  if (entry?.op === 'put') {
    const result = check(Registration, entry.item)
    if (result.ok) return entry
    throw new Error(result.fields.map((f) => `${f.path} ${f.message}`).join('; '))
  }
  throw new Error(`line ${line} is not a registration record`)
}
