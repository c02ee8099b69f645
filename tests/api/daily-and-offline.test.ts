// Work the hub does by the clock: the daily retention and backup, and devices gone silent.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

const DAY = 86_400_000

describe('by the clock', () => {
  let hub: TestHub
  let ids: Seeded
  let clock = Date.now()
  beforeAll(async () => {
    hub = await startHub({ demo: false, now: () => clock })
    ids = await seed(hub.app, await signIn(hub.app))
  })
  afterAll(() => hub.close())

  it('deletes registrations older than the retention period, and rewrites the journal without them', async () => {
    const register = (clientId: string, phone: string) =>
      hub.app.inject({
        method: 'POST',
        url: '/api/registrations',
        payload: { clientId, phone, consent: true, jobIds: [ids.jobIds[0]] },
      })
    const old = (await register('retention-old-1', '13811110001')).json()
    clock += 200 * DAY
    const recent = (await register('retention-new-1', '13811110002')).json()
    clock += 200 * DAY
    await hub.app.scheduler.daily()
    expect(hub.stores.registrations.get(old.id)).toBeUndefined()
    expect(hub.stores.registrations.get(recent.id)).toBeDefined()
    const journal = await readFile(join(hub.dataDir, 'registrations.jsonl'), 'utf8')
    expect(journal).not.toContain('13811110001')
    expect(journal).toContain('13811110002')
  })

  it('takes one backup a day and keeps the last fourteen', async () => {
    for (let i = 0; i < 16; i++) {
      clock += DAY
      await hub.app.scheduler.daily()
    }
    await hub.app.scheduler.daily()
    const days = (await readdir(join(hub.dataDir, 'backups'))).sort()
    expect(days).toHaveLength(14)
    const newest = join(hub.dataDir, 'backups', days.at(-1)!)
    expect((await readdir(newest)).sort()).toEqual(
      [
        '.complete',
        'admin.json',
        'audit.jsonl',
        'content.json',
        'metrics.jsonl',
        'registrations.jsonl',
      ].sort(),
    )
  })

  it('shows a device offline once it misses its heartbeats, even with its socket open', async () => {
    const { device } = await hub.app.devices.create({ name: '车站屏', kind: 'screen' })
    hub.app.devices.connected(device.id, {})
    expect(hub.app.devices.status(device.id).online).toBe(true)
    clock += 60_000
    expect(hub.app.devices.sweep()).toEqual([])
    clock += 31_000
    expect(hub.app.devices.sweep()).toEqual([expect.objectContaining({ id: device.id, online: false })])
    expect(hub.app.devices.onlineCount()).toBe(0)
  })
})
