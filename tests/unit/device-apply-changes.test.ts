// What a kiosk or screen shows after the hub's changes: the same rule the hub uses to build a fresh
// snapshot, so a device that followed every change agrees with one that fetched the snapshot anew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Snapshot } from '../../content/model.ts'
import type { ChangesPayload } from '../../server/realtime/events.ts'
import { applyChanges } from '../../client/device/apply-changes.ts'
import { jobBody } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

let hub: TestHub
let cookie: string
beforeAll(async () => {
  hub = await startHub()
  cookie = await signIn(hub.app)
})
afterAll(() => hub.close())

const collect = () => {
  const seen: ChangesPayload[] = []
  const stop = hub.stores.content.onCommit((payload) => seen.push(payload))
  return { seen, stop }
}

describe('applyChanges', () => {
  it('turns an old snapshot into the current one, change by change', async () => {
    const before = structuredClone(hub.stores.content.snapshot()) as Snapshot
    const { seen, stop } = collect()
    const [job] = before.jobs
    const employerId = before.employers[0]!.id
    const api = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })

    expect((await api('PATCH', `/api/admin/jobs/${job!.id}`, { title: '叉车司机（夜班）' })).statusCode).toBe(
      200,
    )
    expect((await api('POST', '/api/admin/jobs', jobBody(employerId, { title: '新岗位' }))).statusCode).toBe(
      201,
    )
    expect(
      (await api('PATCH', `/api/admin/jobs/${before.jobs[1]!.id}`, { status: 'filled' })).statusCode,
    ).toBe(200)
    expect((await api('DELETE', `/api/admin/announcements/${before.announcements[0]!.id}`)).statusCode).toBe(
      200,
    )
    stop()

    let followed = before
    for (const payload of seen) followed = applyChanges(followed, payload)
    const fresh = hub.stores.content.snapshot()
    expect(followed.rev).toBe(fresh.rev)
    // Same items in each list, whatever the order the device keeps them in.
    for (const kind of ['jobs', 'employers', 'fairs', 'venues', 'announcements'] as const) {
      const byId = (items: { id: string }[]) => [...items].sort((a, b) => a.id.localeCompare(b.id))
      expect(byId(followed[kind])).toEqual(byId(fresh[kind]))
    }
    expect(followed.jobs.find((j) => j.id === job!.id)?.title).toBe('叉车司机（夜班）')
    // The edited job keeps its place on the board rather than jumping to the end.
    expect(followed.jobs.findIndex((j) => j.id === job!.id)).toBe(
      before.jobs.findIndex((j) => j.id === job!.id),
    )
  })

  it('ignores a change it already has, and leaves untouched lists as they were', () => {
    const snapshot = structuredClone(hub.stores.content.snapshot()) as Snapshot
    expect(applyChanges(snapshot, { rev: snapshot.rev, ops: [] })).toBe(snapshot)
    const job = snapshot.jobs[0]!
    const next = applyChanges(snapshot, {
      rev: snapshot.rev + 1,
      ops: [{ op: 'put', kind: 'jobs', id: job.id, item: { ...job, headcount: 99 } }],
    })
    expect(next.jobs[0]!.headcount).toBe(99)
    expect(snapshot.jobs[0]!.headcount).toBe(job.headcount)
    // An island showing fairs sees the same array and need not re-render.
    expect(next.fairs).toBe(snapshot.fairs)
  })
})
