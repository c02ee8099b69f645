// kill -9 in the middle of a burst: whatever the hub acknowledged is there after a restart, and every
// data file still parses. The hub runs as a real child process on a real port.
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createJob, login, send, startChildHub, type ChildHub } from '../helpers/child-hub.ts'
import { jobBody } from '../helpers/fixtures.ts'
import { tempDir } from '../helpers/hub.ts'
import { openStores } from '../../server/store/index.ts'

const IN_FLIGHT = 50
const dirs: string[] = []
const hubs: ChildHub[] = []

afterAll(async () => {
  for (const hub of hubs) if (hub.child.exitCode === null && hub.child.signalCode === null) await hub.kill9()
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function start(dataDir: string) {
  const hub = await startChildHub(dataDir)
  hubs.push(hub)
  return hub
}

/**
 * Keeps `inFlight` requests going until the hub dies: `attempt(i)` (i counting from `first`) returns
 * what to record once the request was acknowledged; the hub is killed once `killAfter` were.
 */
async function burstUntilKilled<T>(
  hub: ChildHub,
  options: { inFlight: number; killAfter: number; first?: number },
  attempt: (i: number) => Promise<T>,
): Promise<{ acked: T[]; next: number }> {
  const acked: T[] = []
  const unexpected: unknown[] = []
  let counter = options.first ?? 0
  let killed: Promise<unknown> | undefined
  async function worker() {
    while (!killed) {
      try {
        acked.push(await attempt(counter++))
      } catch (error) {
        // fetch fails with a TypeError once the hub is gone; anything else is a real failure.
        if (!(error instanceof TypeError)) unexpected.push(error)
        break
      }
      if (acked.length >= options.killAfter) killed ??= hub.kill9()
    }
  }
  await Promise.all(Array.from({ length: options.inFlight }, worker))
  expect(unexpected).toEqual([])
  expect(await killed).toBe('SIGKILL')
  return { acked, next: counter }
}

/** Every data file parses, each journal line by line. */
async function expectDataFilesParse(dataDir: string) {
  for (const name of ['content.json', 'admin.json']) {
    const text = await readFile(join(dataDir, name), 'utf8')
    expect(() => JSON.parse(text), name).not.toThrow()
  }
  for (const name of ['registrations.jsonl', 'audit.jsonl']) {
    const text = await readFile(join(dataDir, name), 'utf8')
    expect(text === '' || text.endsWith('\n'), `${name} ends with a whole line`).toBe(true)
    for (const line of text.split('\n').filter(Boolean)) expect(() => JSON.parse(line), name).not.toThrow()
  }
}

describe('kill -9 during a burst', () => {
  it('keeps every acknowledged registration', async () => {
    const dataDir = await tempDir('jobhub-kill9-reg-')
    dirs.push(dataDir)
    let hub = await start(dataDir)
    let cookie = await login(hub.url)
    const jobId = await createJob(hub.url, cookie, '测试电子厂')

    // Three rounds of burst, kill -9 and restart: each round must find the earlier rounds' records.
    const acked: { id: string; code: string; phone: string }[] = []
    let next = 0
    for (let round = 0; round < 3; round++) {
      if (round > 0) hub = await start(dataDir)
      const burst = await burstUntilKilled(
        hub,
        { inFlight: IN_FLIGHT, killAfter: 200, first: next },
        async (i) => {
          const phone = `139${String(i).padStart(8, '0')}`
          const res = await send<{ id: string; code: string }>(`${hub.url}/api/registrations`, 'POST', {
            clientId: `kill9-test-${i}`,
            phone,
            consent: true,
            jobIds: [jobId],
          })
          if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`)
          return { ...res.body, phone }
        },
      )
      expect(burst.acked.length).toBeGreaterThanOrEqual(200)
      acked.push(...burst.acked)
      next = burst.next
    }

    // Restart on the same directory: it starts, and the ledger holds every acknowledged registration.
    hub = await start(dataDir)
    cookie = await login(hub.url)
    const listed = new Map<string, string>()
    for (let offset = 0; ; offset += 500) {
      const page = await send<{ items: { id: string; code: string }[]; total: number }>(
        `${hub.url}/api/admin/registrations?limit=500&offset=${offset}`,
        'GET',
        undefined,
        cookie,
      )
      expect(page.status).toBe(200)
      for (const r of page.body.items) listed.set(r.id, r.code)
      if (offset + 500 >= page.body.total) break
    }
    for (const r of acked) expect(listed.get(r.id), r.id).toBe(r.code)
    expect(listed.size).toBeLessThanOrEqual(next)
    expect(await hub.stop()).toBe(0)

    await expectDataFilesParse(dataDir)
    const stores = await openStores({ dataDir })
    await stores.ready
    try {
      for (const r of acked) expect(stores.registrations.get(r.id)?.phone).toBe(r.phone)
      expect(stores.registrations.count()).toBe(listed.size)
    } finally {
      await stores.close()
    }
  })

  it('keeps every acknowledged content edit', async () => {
    const dataDir = await tempDir('jobhub-kill9-content-')
    dirs.push(dataDir)
    let hub = await start(dataDir)
    let cookie = await login(hub.url)
    const employer = await send<{ id: string }>(
      `${hub.url}/api/admin/employers`,
      'POST',
      { name: '测试物流公司' },
      cookie,
    )

    // Each step creates a job, then renames it: the rename of one job never races another edit of it.
    type Edit = { id: string; title: string; rev: number; renamed: boolean }
    const { acked } = await burstUntilKilled<Edit>(hub, { inFlight: 20, killAfter: 150 }, async (i) => {
      const created = await send<{ id: string; rev: number }>(
        `${hub.url}/api/admin/jobs`,
        'POST',
        jobBody(employer.body.id, { title: `岗位 ${i}` }),
        cookie,
      )
      if (created.status !== 201) throw new Error(`unexpected ${created.status}`)
      const edit: Edit = { id: created.body.id, title: `岗位 ${i}`, rev: created.body.rev, renamed: false }
      let renamed: { status: number; body: { rev: number } }
      try {
        renamed = await send(
          `${hub.url}/api/admin/jobs/${edit.id}`,
          'PATCH',
          { title: `岗位 ${i} 已改`, status: 'filled' },
          cookie,
        )
      } catch (error) {
        if (error instanceof TypeError) return edit // killed between the two: the creation was acknowledged
        throw error
      }
      if (renamed.status !== 200) throw new Error(`unexpected ${renamed.status}`)
      return { ...edit, title: `岗位 ${i} 已改`, rev: renamed.body.rev, renamed: true }
    })
    expect(acked.length).toBeGreaterThanOrEqual(150)

    hub = await start(dataDir)
    cookie = await login(hub.url)
    const health = await send<{ rev: number }>(`${hub.url}/healthz`, 'GET')
    expect(health.body.rev).toBeGreaterThanOrEqual(Math.max(...acked.map((e) => e.rev)))
    for (const edit of acked) {
      const res = await send<{ title: string; status: string }>(
        `${hub.url}/api/admin/jobs/${edit.id}`,
        'GET',
        undefined,
        cookie,
      )
      expect(res.status, edit.id).toBe(200)
      // A rename that was not acknowledged may or may not have reached the disk; an acknowledged one has.
      if (edit.renamed) expect(res.body).toMatchObject({ title: edit.title, status: 'filled' })
      else expect([edit.title, `${edit.title} 已改`]).toContain(res.body.title)
    }
    expect(await hub.stop()).toBe(0)
    await expectDataFilesParse(dataDir)
  })
})
