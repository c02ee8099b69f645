// A kiosk's registrations while the hub is away: queued in the device's storage, kept across a reload
// of the page, sent in order when the hub answers again, and stored exactly once even when an
// acknowledgement was lost on the way back. A real hub and a real socket.io-client device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeviceRegistration, RegisterAck } from '../../server/realtime/events.ts'
import { createOutbox } from '../../client/device/outbox.ts'
import { createDeviceStorage } from '../../client/device/storage.ts'
import { connectDevice, next, signIn, startHub, type DeviceClient, type TestHub } from '../helpers/hub.ts'

let hub: TestHub
let cookie: string
let token: string
let jobIds: string[]
beforeAll(async () => {
  hub = await startHub({ listen: true })
  cookie = await signIn(hub.app)
  const res = await hub.app.inject({
    method: 'POST',
    url: '/api/admin/devices',
    headers: { cookie },
    payload: { name: '火车站一楼自助机', kind: 'kiosk' },
  })
  token = res.json().token
  jobIds = hub.stores.content.snapshot().jobs.map((j) => j.id)
})
afterAll(() => hub.close())

const registration = (n: number): DeviceRegistration => ({
  clientId: `kiosk-outbox-${n}-0123456789`,
  phone: `1390000${String(n).padStart(4, '0')}`,
  consent: true,
  jobIds: [jobIds[n]!],
  gender: 'male',
})

async function ledgerPhones(): Promise<string[]> {
  const res = await hub.app.inject({
    method: 'GET',
    url: '/api/admin/registrations?limit=200',
    headers: { cookie },
  })
  return res.json().items.map((r: { phoneMasked: string }) => r.phoneMasked)
}

function outboxOver(storage = createDeviceStorage('test'), socket?: () => DeviceClient | undefined) {
  const sizes: number[] = []
  const outbox = createOutbox({
    storage,
    send: (payload) => {
      const s = socket?.()
      if (!s?.connected) return Promise.reject(new Error('offline'))
      return s.timeout(3000).emitWithAck('register', payload) as Promise<RegisterAck>
    },
    onSize: (size) => sizes.push(size),
  })
  return { outbox, sizes, storage }
}

describe('the kiosk outbox', () => {
  it('queues while offline, survives a reload, and sends each registration once, in order', async () => {
    const before = (await ledgerPhones()).length
    let socket: DeviceClient | undefined
    const first = outboxOver(undefined, () => socket)
    await first.outbox.load()
    expect(await first.outbox.register(registration(1))).toEqual({ status: 'queued' })
    expect(await first.outbox.register(registration(2))).toEqual({ status: 'queued' })
    expect(first.sizes.at(-1)).toBe(2)

    // The page reloads (a kiosk rebooting): a new outbox over the same storage finds both.
    const second = outboxOver(first.storage, () => socket)
    await second.outbox.load()
    expect(second.sizes.at(-1)).toBe(2)
    // A third registration while two wait goes behind them, not ahead.
    socket = connectDevice(hub.url, token)
    await next(socket, 'hello')
    expect(await second.outbox.register(registration(3))).toEqual({ status: 'queued' })
    await second.outbox.flush()
    expect(second.sizes.at(-1)).toBe(0)

    const phones = await ledgerPhones()
    expect(phones.length - before).toBe(3)
    // Newest first in the ledger: the order people registered in is kept.
    expect(phones.slice(0, 3)).toEqual(['139****0003', '139****0002', '139****0001'])
    await second.outbox.flush()
    expect((await ledgerPhones()).length - before).toBe(3)
    socket.close()
  })

  it('sends again a registration whose acknowledgement was lost, and the hub stores it once', async () => {
    const before = (await ledgerPhones()).length
    const socket = connectDevice(hub.url, token)
    await next(socket, 'hello')
    let loseAck = true
    const storage = createDeviceStorage('test-lost-ack')
    const outbox = createOutbox({
      storage,
      send: async (payload) => {
        const ack = (await socket.timeout(3000).emitWithAck('register', payload)) as RegisterAck
        // The hub stored it, but the answer never reached the kiosk (the network dropped).
        if (loseAck) throw new Error('ack lost')
        return ack
      },
      onSize: () => {},
    })
    await outbox.load()
    expect(await outbox.register(registration(4))).toEqual({ status: 'queued' })
    loseAck = false
    await outbox.flush()
    expect(await storage.loadOutbox()).toEqual([])
    expect((await ledgerPhones()).length - before).toBe(1)
    socket.close()
  })

  it('answers at once when the hub is there, and gives up on a registration the hub refuses', async () => {
    const socket = connectDevice(hub.url, token)
    await next(socket, 'hello')
    const { outbox, storage } = outboxOver(createDeviceStorage('test-direct'), () => socket)
    await outbox.load()
    const sent = await outbox.register(registration(5))
    expect(sent).toMatchObject({ status: 'sent', code: expect.stringMatching(/^[0-9A-Z]{4,}$/) })
    const refused = await outbox.register({ ...registration(6), phone: '12345' })
    expect(refused).toMatchObject({ status: 'rejected', fields: [{ path: 'phone' }] })
    // Refused for good: not kept to be sent again and again.
    expect(await storage.loadOutbox()).toEqual([])
    socket.close()
  })
})
