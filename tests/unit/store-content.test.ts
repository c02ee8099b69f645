// The content store on real files: one revision per change, the change feed devices catch up from,
// what devices see, items running out of time, and a write that fails.
import { mkdir, open as fsOpen, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import type { Employer, Job } from '../../content/model.ts'
import type { ChangesPayload } from '../../server/realtime/events.ts'
import { openContentStore, type ContentStore } from '../../server/store/content-store.ts'
import { EMPTY_SETTINGS } from '../../server/store/index.ts'
import { jobBody } from '../helpers/fixtures.ts'
import { tempDir } from '../helpers/hub.ts'

const T0 = Date.parse('2025-03-01T08:00:00.000Z')
const dirs: string[] = []

afterEach(() => {
  vi.restoreAllMocks()
})
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function open(dataDir?: string, now: () => number = () => T0) {
  const dir = dataDir ?? (await tempDir('jobhub-content-'))
  if (!dataDir) dirs.push(dir)
  const store = await openContentStore({
    dataDir: dir,
    now,
    newestBackup: async () => undefined,
    initial: () => ({
      settings: EMPTY_SETTINGS,
      jobs: {},
      employers: {},
      fairs: {},
      venues: {},
      announcements: {},
    }),
  })
  return { store, dir }
}

const at = new Date(T0).toISOString()
const employer = (id: string, status: 'active' | 'hidden' = 'active'): Employer => ({
  id,
  name: `雇主 ${id}`,
  status,
  createdAt: at,
  updatedAt: at,
})
const job = (id: string, overrides: Partial<Job> = {}): Job =>
  ({
    ...jobBody('emp-1', { validUntil: new Date(T0 + 86_400_000).toISOString() }),
    id,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }) as Job

const putJob = (store: ContentStore, item: Job) => store.apply([{ kind: 'jobs', id: item.id, next: item }])

describe('content store', () => {
  it('bumps rev by one per applied revision, durably, across a reopen', async () => {
    const { store, dir } = await open()
    expect(store.created).toBe(true)
    expect(store.rev()).toBe(1)
    const seen: number[] = []
    store.onCommit((p) => seen.push(p.rev))
    expect((await store.apply([{ kind: 'employers', id: 'emp-1', next: employer('emp-1') }])).rev).toBe(2)
    // Two changes in one apply are one revision.
    const both = await store.apply([
      { kind: 'jobs', id: 'job-a', next: job('job-a') },
      { kind: 'jobs', id: 'job-b', next: job('job-b') },
    ])
    expect(both.rev).toBe(3)
    expect(both.ops.map((o) => o.id)).toEqual(['job-a', 'job-b'])
    // Concurrent applies each get their own revision, in order.
    const revs = await Promise.all([1, 2, 3].map((n) => putJob(store, job('job-a', { title: `v${n}` }))))
    expect(revs.map((p) => p.rev)).toEqual([4, 5, 6])
    expect(seen).toEqual([2, 3, 4, 5, 6])
    expect(JSON.parse(await readFile(join(dir, 'content.json'), 'utf8')).rev).toBe(6)

    const { store: reopened } = await open(dir)
    expect(reopened.created).toBe(false)
    expect(reopened.rev()).toBe(6)
    expect(reopened.get('jobs', 'job-a')?.title).toBe('v3')
    expect((await putJob(reopened, job('job-c'))).rev).toBe(7)
    expect(reopened.changesSince(5)).toEqual({
      rev: 7,
      ops: [
        { op: 'put', kind: 'jobs', id: 'job-a', item: job('job-a', { title: 'v3' }) },
        { op: 'put', kind: 'jobs', id: 'job-c', item: job('job-c') },
      ],
    })
  })

  it('merges what a device missed into the last op per item, and refuses revs it cannot serve', async () => {
    const { store } = await open()
    const start = store.rev()
    await putJob(store, job('job-a'))
    await putJob(store, job('job-b'))
    await putJob(store, job('job-a', { title: '改过' }))
    await putJob(store, job('job-b', { status: 'filled' }))
    const missed = store.changesSince(start)
    expect(missed).toEqual({
      rev: start + 4,
      ops: [
        { op: 'put', kind: 'jobs', id: 'job-a', item: job('job-a', { title: '改过' }) },
        { op: 'delete', kind: 'jobs', id: 'job-b' },
      ],
    })
    expect(store.changesSince(start + 3)?.ops).toEqual([{ op: 'delete', kind: 'jobs', id: 'job-b' }])
    expect(store.changesSince(start + 4)).toEqual({ rev: start + 4, ops: [] })
    expect(store.changesSince(start + 5)).toBeUndefined()
    // Rev 1 is where the store began: there is no feed entry before it.
    expect(store.changesSince(0)).toBeUndefined()
  })

  it('keeps only the last 500 revisions in the feed; older devices are told to reload', async () => {
    const { store } = await open()
    await Promise.all(
      Array.from({ length: 520 }, (_, n) => putJob(store, job(`job-${n % 7}`, { headcount: n + 1 }))),
    )
    expect(store.rev()).toBe(521)
    expect(store.changesSince(10)).toBeUndefined()
    expect(store.changesSince(20)).toBeUndefined()
    const oldest = store.changesSince(21)
    expect(oldest?.rev).toBe(521)
    expect(oldest?.ops).toHaveLength(7)
  })

  it('shows devices only what is visible now, and rebuilds the snapshot per revision', async () => {
    const { store } = await open()
    await store.apply([
      { kind: 'employers', id: 'emp-1', next: employer('emp-1') },
      { kind: 'employers', id: 'emp-hidden', next: employer('emp-hidden', 'hidden') },
      { kind: 'jobs', id: 'job-live', next: job('job-live') },
      { kind: 'jobs', id: 'job-draft', next: job('job-draft', { status: 'draft' }) },
      { kind: 'jobs', id: 'job-filled', next: job('job-filled', { status: 'filled' }) },
      { kind: 'jobs', id: 'job-past', next: job('job-past', { validUntil: new Date(T0 - 1).toISOString() }) },
      { kind: 'jobs', id: 'job-open', next: job('job-open', { validUntil: undefined }) },
    ])
    const snapshot = store.snapshot()
    expect(snapshot.rev).toBe(store.rev())
    expect(snapshot.jobs.map((j) => j.id).sort()).toEqual(['job-live', 'job-open'])
    expect(snapshot.employers.map((e) => e.id)).toEqual(['emp-1'])
    expect(store.snapshot()).toBe(snapshot)
    await putJob(store, job('job-draft', { status: 'published' }))
    expect(
      store
        .snapshot()
        .jobs.map((j) => j.id)
        .sort(),
    ).toEqual(['job-draft', 'job-live', 'job-open'])
    // Stored items stay in the store whatever devices see.
    expect(store.list('jobs')).toHaveLength(5)
  })

  it('marks jobs past validUntil expired in one revision that deletes them from devices', async () => {
    let clock = T0
    const { store, dir } = await open(undefined, () => clock)
    const end = T0 + 60_000
    await putJob(store, job('job-soon', { validUntil: new Date(end).toISOString() }))
    await putJob(store, job('job-later'))
    expect(store.nextVisibilityEnd()).toBe(end)
    expect(await store.refreshVisibility()).toBeUndefined()

    clock = end + 1
    const before = store.rev()
    const payload = await store.refreshVisibility()
    expect(payload).toEqual({ rev: before + 1, ops: [{ op: 'delete', kind: 'jobs', id: 'job-soon' }] })
    expect(store.get('jobs', 'job-soon')).toMatchObject({
      status: 'expired',
      updatedAt: new Date(clock).toISOString(),
    })
    expect(store.snapshot().jobs.map((j) => j.id)).toEqual(['job-later'])
    expect(store.nextVisibilityEnd()).toBe(T0 + 86_400_000)
    expect(await store.refreshVisibility()).toBeUndefined()
    expect(store.rev()).toBe(before + 1)
    await store.idle()
    const onDisk = JSON.parse(await readFile(join(dir, 'content.json'), 'utf8'))
    expect(onDisk.jobs['job-soon'].status).toBe('expired')
  })

  it('takes a change back from memory when it could not be written', async () => {
    const { store, dir } = await open()
    await putJob(store, job('job-a'))
    const rev = store.rev()
    const snapshot = store.snapshot()
    const feed = store.changesSince(rev - 1)
    const announced: ChangesPayload[] = []
    store.onCommit((p) => announced.push(p))

    // The data directory disappears (a pulled USB disk): the write cannot happen.
    await rm(dir, { recursive: true, force: true })
    await expect(putJob(store, job('job-b'))).rejects.toThrow(/ENOENT/)
    // Two revisions of one item failing in the same write are both taken back, to where it was before.
    const both = await Promise.allSettled([
      putJob(store, job('job-a', { title: '没写成 1' })),
      putJob(store, job('job-a', { title: '没写成 2', status: 'filled' })),
    ])
    expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(announced).toEqual([])
    expect(store.rev()).toBe(rev)
    expect(store.get('jobs', 'job-a')).toEqual(job('job-a'))
    expect(store.get('jobs', 'job-b')).toBeUndefined()
    expect(store.snapshot()).toEqual(snapshot)
    expect(store.changesSince(rev - 1)).toEqual(feed)
    expect(store.changesSince(rev)).toEqual({ rev, ops: [] })

    // Once the disk is back, the next change is the next revision, and devices can catch up to it.
    await mkdir(dir)
    const next = await putJob(store, job('job-b'))
    expect(next.rev).toBe(rev + 1)
    expect(announced).toEqual([next])
    expect(store.changesSince(rev)).toEqual({
      rev: rev + 1,
      ops: [{ op: 'put', kind: 'jobs', id: 'job-b', item: job('job-b') }],
    })
    expect(JSON.parse(await readFile(join(dir, 'content.json'), 'utf8')).rev).toBe(rev + 1)
  })

  it('never writes a failed change with the next revision', async () => {
    const { store, dir } = await open()
    await putJob(store, job('job-a'))
    const rev = store.rev()
    // The fsync of the next write fails (an I/O error); while it is under way another change comes in.
    const probe = await fsOpen(join(dir, 'content.json'), 'r')
    const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void> }
    await probe.close()
    let later: Promise<ChangesPayload> | undefined
    vi.spyOn(proto, 'sync').mockImplementationOnce(async () => {
      later = putJob(store, job('job-later'))
      throw new Error('EIO: i/o error')
    })
    await expect(putJob(store, job('job-failed'))).rejects.toThrow('EIO')
    // The later change was made on top of the failed one's revision, so it is the one after that.
    const committed = await later!
    expect(committed.rev).toBe(rev + 2)
    expect(store.rev()).toBe(rev + 2)
    expect(store.get('jobs', 'job-failed')).toBeUndefined()
    const onDisk = JSON.parse(await readFile(join(dir, 'content.json'), 'utf8'))
    expect(Object.keys(onDisk.jobs).sort()).toEqual(['job-a', 'job-later'])
    expect(onDisk.rev).toBe(rev + 2)
    expect(onDisk.feed.map((p: ChangesPayload) => p.rev)).not.toContain(rev + 1)
  })
})
