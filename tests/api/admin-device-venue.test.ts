// Taking a device off its venue: staff move screens between halls and sometimes put one away. The hub
// takes `venueId: null`, tells the connected device at once, and stops sending it that venue's notices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeviceHello } from '../../server/realtime/events.ts'
import { record } from '../helpers/socket-events.ts'
import { connectDevice, next, signIn, startHub, type DeviceClient, type TestHub } from '../helpers/hub.ts'
import { inDays, seed, type Seeded } from '../helpers/fixtures.ts'

describe('clearing a device’s venue', () => {
  let hub: TestHub
  let cookie: string
  let ids: Seeded
  const sockets: DeviceClient[] = []
  const admin = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })

  beforeAll(async () => {
    hub = await startHub({ demo: false, listen: true })
    cookie = await signIn(hub.app)
    ids = await seed(hub.app, cookie)
  })
  afterAll(async () => {
    for (const s of sockets) s.close()
    await hub?.close()
  })

  it('takes `venueId: null`, pushes the config without a venue, and the venue’s notices stop reaching it', async () => {
    const created = await admin('POST', '/api/admin/devices', {
      name: '大厅大屏',
      kind: 'screen',
      venueId: ids.venueId,
    })
    const { device, token } = created.json() as { device: { id: string }; token: string }
    const screen = connectDevice(hub.url, token)
    sockets.push(screen)
    const events = record(screen)
    expect((await next<DeviceHello>(screen, 'hello')).venueId).toBe(ids.venueId)

    const pushed = next<DeviceHello>(screen, 'config')
    const res = await admin('PATCH', `/api/admin/devices/${device.id}`, { venueId: null })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).not.toHaveProperty('venueId')
    const config = await pushed
    expect(config).toMatchObject({ id: device.id, name: '大厅大屏', kind: 'screen' })
    expect(config).not.toHaveProperty('venueId')
    expect(hub.app.devices.get(device.id)).not.toHaveProperty('venueId')
    expect(hub.stores.admin.data.devices[device.id]).not.toHaveProperty('venueId')
    expect(hub.stores.audit.list({ kind: 'devices', action: 'update' }, 0, 1).items[0]).toMatchObject({
      entityId: device.id,
      before: { venueId: ids.venueId },
    })

    // A notice for the old venue no longer reaches it; one for every device still does.
    const toVenue = await admin('POST', '/api/admin/broadcasts', {
      text: '服务大厅今天下午停电检修',
      level: 'warning',
      target: { venueIds: [ids.venueId] },
      until: inDays(1),
    })
    expect(toVenue.statusCode, toVenue.body).toBe(201)
    const toAll = await admin('POST', '/api/admin/broadcasts', {
      text: '春风行动招聘会本周六举行',
      level: 'info',
      target: { all: true },
      until: inDays(1),
    })
    await events.waitFor<{ id: string }>('broadcast', (b) => b.id === toAll.json().id)
    expect(events.of<{ id: string }>('broadcast').map((b) => b.id)).toEqual([toAll.json().id])

    // Placed again, it is back in the venue's room.
    const back = next<DeviceHello>(screen, 'config')
    await admin('PATCH', `/api/admin/devices/${device.id}`, { venueId: ids.venueId })
    expect((await back).venueId).toBe(ids.venueId)
  })

  it('leaves the venue alone when the field is not sent, and refuses an unknown venue by name', async () => {
    const { device } = (
      await admin('POST', '/api/admin/devices', { name: '车站一体机', kind: 'kiosk', venueId: ids.venueId })
    ).json() as { device: { id: string } }
    const renamed = await admin('PATCH', `/api/admin/devices/${device.id}`, { name: '高铁站一体机' })
    expect(renamed.json()).toMatchObject({ name: '高铁站一体机', venueId: ids.venueId })
    for (const venueId of ['venue-nope', 'bad id!', { id: ids.venueId }]) {
      const bad = await admin('PATCH', `/api/admin/devices/${device.id}`, { venueId })
      expect(bad.statusCode, JSON.stringify(venueId)).toBe(400)
      expect(bad.json().fields.map((f: { path: string }) => f.path)).toContain('venueId')
    }
    expect(hub.app.devices.get(device.id)!.venueId).toBe(ids.venueId)
  })
})
