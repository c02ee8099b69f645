// The realtime contract v1 end to end: a real hub on a real port, real socket.io-client devices with
// tokens made through the admin API, and staff actions over HTTP.
import { request as httpRequest } from 'node:http'
import { gunzipSync } from 'node:zlib'
import type { Socket } from 'socket.io-client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Job, PublicDevice } from '../../content/model.ts'
import type { ChangesPayload, DeviceStatus, RegisterAck } from '../../server/realtime/events.ts'
import { jobBody, seed, type Seeded } from '../helpers/fixtures.ts'
import { connectDevice, signIn, startHub, type DeviceClient, type TestHub } from '../helpers/hub.ts'
import {
  connected,
  connectSocket,
  disconnection,
  record,
  refused,
  type Recorder,
} from '../helpers/socket-events.ts'

let hub: TestHub
let cookie: string
let seeded: Seeded
const sockets: Socket[] = []

beforeAll(async () => {
  hub = await startHub({ demo: false, listen: true })
  cookie = await signIn(hub.app)
  seeded = await seed(hub.app, cookie)
})
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect()
})
afterAll(async () => {
  await hub?.close()
})

async function admin<T = Record<string, unknown>>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  const res = await hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
  return res.json() as T
}

async function newDevice(kind: 'kiosk' | 'screen' = 'screen') {
  return admin<{ device: PublicDevice; token: string }>('POST', '/api/admin/devices', {
    name: `测试${kind}`,
    kind,
  })
}

async function newJob(overrides: Record<string, unknown> = {}) {
  return admin<Job & { rev: number }>('POST', '/api/admin/jobs', jobBody(seeded.employerId, overrides))
}

/** A device socket, recorded from its first packet and disconnected after the test. */
function device(token: string, rev?: number): { socket: DeviceClient; events: Recorder } {
  const socket = connectDevice(hub.url, token, rev)
  sockets.push(socket)
  return { socket, events: record(socket) }
}

/** Events reach one socket in the order the hub sent them: once a command sent now has arrived, so has
 * everything the hub sent that device before it. */
async function barrier(deviceId: string, events: Recorder) {
  const before = events.of('command').length
  await admin('POST', `/api/admin/devices/${deviceId}/commands`, { name: 'reload' })
  await events.waitFor('command', () => events.of('command').length > before)
}

const rev = () => hub.stores.content.rev()

describe('content changes', () => {
  it('says hello, pushes edits as put and delete ops, and takes expired jobs off by itself', async () => {
    const job = await newJob()
    const { device: screen, token } = await newDevice()
    const { events } = device(token, rev())
    expect(await events.waitFor('hello')).toMatchObject({ id: screen.id, kind: 'screen', rev: rev() })

    const { rev: patchedRev, ...patched } = await admin<Job & { rev: number }>(
      'PATCH',
      `/api/admin/jobs/${job.id}`,
      {
        title: '夜班普工',
      },
    )
    expect(await events.waitFor<ChangesPayload>('changes', (p) => p.rev === patchedRev)).toEqual({
      rev: patchedRev,
      ops: [{ op: 'put', kind: 'jobs', id: job.id, item: patched }],
    })

    const filled = await admin<{ rev: number }>('PATCH', `/api/admin/jobs/${job.id}`, { status: 'filled' })
    expect(await events.waitFor<ChangesPayload>('changes', (p) => p.rev === filled.rev)).toEqual({
      rev: filled.rev,
      ops: [{ op: 'delete', kind: 'jobs', id: job.id }],
    })

    // Nobody touches this one again: it runs out 1.5 s from now and the hub takes it off every device.
    const brief = await newJob({ title: '限时岗位', validUntil: new Date(Date.now() + 1500).toISOString() })
    const gone = (p: ChangesPayload) => p.ops.some((op) => op.id === brief.id && op.op === 'delete')
    const expired = await events.waitFor<ChangesPayload>('changes', gone, 6000)
    expect(expired.rev).toBeGreaterThan(brief.rev)
    expect(expired.ops).toEqual([{ op: 'delete', kind: 'jobs', id: brief.id }])
    const list = await hub.app.inject({ method: 'GET', url: '/api/jobs?limit=100' })
    expect(list.json().items.map((j: Job) => j.id)).not.toContain(brief.id)
    expect(list.json().items.map((j: Job) => j.id)).toContain(seeded.jobIds[0])
    expect((await admin<Job>('GET', `/api/admin/jobs/${brief.id}`)).status).toBe('expired')
    // Connected at the hub's rev: nothing to catch up on.
    expect(events.of('stale')).toEqual([])
  })

  it('catches a reconnecting device up with just what it missed, or tells it to reload', async () => {
    const { device: screen, token } = await newDevice()
    const start = rev()
    const first = device(token, start)
    await first.events.waitFor('hello')
    first.socket.disconnect()

    const a = await admin<Job & { rev: number }>('PATCH', `/api/admin/jobs/${seeded.jobIds[0]}`, {
      headcount: 7,
    })
    const b = await admin<Job & { rev: number }>('PATCH', `/api/admin/jobs/${seeded.jobIds[1]}`, {
      headcount: 8,
    })
    expect([a.rev, b.rev]).toEqual([start + 1, start + 2])

    const again = device(token, start)
    expect(await again.events.waitFor('hello')).toMatchObject({ rev: start + 2 })
    const missed = await again.events.waitFor<ChangesPayload>('changes')
    expect(missed.rev).toBe(start + 2)
    expect(
      missed.ops.map((op) => [op.op, op.id, op.op === 'put' && 'headcount' in op.item && op.item.headcount]),
    ).toEqual([
      ['put', seeded.jobIds[0], 7],
      ['put', seeded.jobIds[1], 8],
    ])
    await barrier(screen.id, again.events)
    expect(again.events.of('changes')).toHaveLength(1)
    expect(again.events.of('stale')).toEqual([])

    // Older than the feed (the store began at rev 1), newer than the hub, or no rev at all: reload.
    for (const old of [0, rev() + 5, undefined]) {
      const behind = device(token, old)
      expect(await behind.events.waitFor('stale')).toEqual({ rev: rev() })
      await barrier(screen.id, behind.events)
      expect(behind.events.of('changes')).toEqual([])
    }
  })

  it('serves the snapshot over HTTP with an ETag, 304 and gzip', async () => {
    const { token } = await newDevice('kiosk')
    const plain = await get('/api/device/content', { authorization: `Bearer ${token}` })
    expect(plain.status).toBe(200)
    const etag = plain.headers.etag as string
    expect(etag).toBe(`"rev-${rev()}"`)
    const snapshot = JSON.parse(plain.body.toString('utf8'))
    expect(snapshot.rev).toBe(rev())
    expect(snapshot.jobs.map((j: Job) => j.id)).toEqual(expect.arrayContaining(seeded.jobIds))
    expect(snapshot.jobs.every((j: Job) => j.status === 'published')).toBe(true)

    const same = await get('/api/device/content', { authorization: `Bearer ${token}`, 'if-none-match': etag })
    expect(same.status).toBe(304)
    expect(same.body.length).toBe(0)

    const zipped = await get('/api/device/content', {
      authorization: `Bearer ${token}`,
      'accept-encoding': 'gzip',
    })
    expect(zipped.status).toBe(200)
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(snapshot)

    expect((await get('/api/device/content', {})).status).toBe(401)
    expect(
      (await get('/api/device/content', { authorization: 'Bearer not-a-real-token-at-all-123' })).status,
    ).toBe(401)
  })
})

describe('who may connect', () => {
  it('refuses an unknown token and a revoked one, and drops a revoked device at once', async () => {
    expect((await refused(connectDevice(hub.url, 'x'.repeat(43)))).message).toMatch(/unauthorized/)
    expect((await refused(connectDevice(hub.url, 42 as unknown as string))).message).toMatch(/unauthorized/)

    const { device: screen, token } = await newDevice()
    const open = device(token, rev())
    await open.events.waitFor('hello')
    const dropped = disconnection(open.socket)
    await admin('POST', `/api/admin/devices/${screen.id}/revoke`)
    expect(await dropped).toBe('io server disconnect')
    expect((await refused(connectDevice(hub.url, token))).message).toMatch(/unauthorized/)
  })

  it('refuses a socket from another web site, on websocket and on polling, and accepts its own pages', async () => {
    const { token } = await newDevice()
    for (const transports of [['websocket'], ['polling']]) {
      const evil = connectSocket(`${hub.url}/device`, {
        transports,
        auth: { token },
        extraHeaders: { origin: 'http://evil.example' },
      })
      sockets.push(evil)
      await refused(evil)
      for (const origin of [hub.url, 'http://hub.test:8080']) {
        const own = connectSocket(`${hub.url}/device`, {
          transports,
          auth: { token },
          extraHeaders: { origin },
        })
        sockets.push(own)
        const events = record(own)
        await connected(own)
        await events.waitFor('hello')
      }
    }
  })
})

describe('device status', () => {
  it('shows heartbeats and disconnects to staff, over HTTP and on the /admin socket', async () => {
    const { device: kiosk, token } = await newDevice('kiosk')
    expect((await refused(connectSocket(`${hub.url}/admin`))).message).toMatch(/sign in/)
    const staff = connectSocket(`${hub.url}/admin`, { extraHeaders: { cookie } })
    sockets.push(staff)
    const staffEvents = record(staff)
    await connected(staff)
    await staffEvents.waitFor<DeviceStatus>('device:status', (s) => s.id === kiosk.id && !s.online)

    const { socket, events } = device(token, rev())
    await events.waitFor('hello')
    await staffEvents.waitFor<DeviceStatus>('device:status', (s) => s.id === kiosk.id && s.online)
    socket.emit('heartbeat', { rev: rev(), app: 'kiosk-1.2.3', uptimeS: 42, heapMB: 31.5 })
    const beat = await staffEvents.waitFor<DeviceStatus>(
      'device:status',
      (s) => s.id === kiosk.id && s.appliedRev !== undefined,
    )
    expect(beat).toMatchObject({ online: true, appliedRev: rev(), app: 'kiosk-1.2.3', uptimeS: 42 })
    const statusOf = async () =>
      (
        await admin<{ items: (PublicDevice & { status: DeviceStatus })[] }>('GET', '/api/admin/devices')
      ).items.find((d) => d.id === kiosk.id)!.status
    expect(await statusOf()).toMatchObject({ online: true, appliedRev: rev(), app: 'kiosk-1.2.3' })

    socket.disconnect()
    // Only a status sent after the heartbeat carries appliedRev; the one sent on connect did not.
    const offline = await staffEvents.waitFor<DeviceStatus>(
      'device:status',
      (s) => s.id === kiosk.id && !s.online && s.appliedRev !== undefined,
    )
    expect(offline).toMatchObject({ online: false, appliedRev: rev() })
    expect(await statusOf()).toMatchObject({ online: false })
  })
})

describe('kiosk registrations', () => {
  it('registers with an ack, answers a replay with the same id, refuses bad input and screens', async () => {
    const job = await newJob({ title: '登记测试岗位' })
    const { device: kiosk, token } = await newDevice('kiosk')
    const { token: screenToken } = await newDevice('screen')
    const k = device(token, rev())
    const s = device(screenToken, rev())
    await Promise.all([k.events.waitFor('hello'), s.events.waitFor('hello')])
    const staff = connectSocket(`${hub.url}/admin`, { extraHeaders: { cookie } })
    sockets.push(staff)
    const staffEvents = record(staff)
    await connected(staff)

    const input = {
      clientId: 'kiosk-reg-0001',
      phone: '13800001234',
      consent: true as const,
      jobIds: [job.id],
      name: '王芳',
    }
    const ack = await k.socket.timeout(3000).emitWithAck('register', input)
    expect(ack).toMatchObject({ ok: true, id: expect.any(String), code: expect.stringMatching(/^[0-9]{6}$/) })
    const { id, code } = ack as Extract<RegisterAck, { ok: true }>
    // Every device hears the new count; staff hear of it with the phone masked.
    expect(await s.events.waitFor('counter', (c: { id: string }) => c.id === job.id)).toEqual({
      kind: 'job',
      id: job.id,
      registrations: 1,
    })
    expect(await staffEvents.waitFor('registration:new', (r: { id: string }) => r.id === id)).toMatchObject({
      phoneMasked: '138****1234',
      channel: 'kiosk',
      device: kiosk.id,
      jobIds: [job.id],
    })

    // The kiosk lost the ack and sends it again: the same registration, no second one.
    expect(await k.socket.timeout(3000).emitWithAck('register', input)).toEqual({ ok: true, id, code })
    // Someone else types the same number for the same job: told it is registered, not given the code.
    expect(
      await k.socket.timeout(3000).emitWithAck('register', { ...input, clientId: 'kiosk-reg-0002' }),
    ).toEqual({ ok: true, id, duplicate: true })
    const ledger = await admin<{ items: { id: string; source: object }[]; total: number }>(
      'GET',
      `/api/admin/registrations?jobId=${job.id}`,
    )
    expect(ledger.total).toBe(1)
    expect(ledger.items[0]).toMatchObject({ id, source: { channel: 'kiosk', device: kiosk.id } })

    const bad = await k.socket
      .timeout(3000)
      .emitWithAck('register', { clientId: 'x', phone: '12345', consent: false } as unknown as typeof input)
    expect(bad.ok).toBe(false)
    const fields = (bad as { fields?: { path: string }[] }).fields ?? []
    expect(fields.map((f) => f.path).join(' ')).toMatch(/phone/)

    const fromScreen = await s.socket
      .timeout(3000)
      .emitWithAck('register', { ...input, clientId: 'screen-reg-0001' })
    expect(fromScreen).toMatchObject({ ok: false, error: expect.stringMatching(/kiosk/) })
    expect((await admin<{ total: number }>('GET', `/api/admin/registrations?jobId=${job.id}`)).total).toBe(1)
  })

  it('disconnects a device that keeps sending garbage, and keeps serving the others', async () => {
    const { device: bad, token } = await newDevice('kiosk')
    const { token: otherToken } = await newDevice('screen')
    const b = device(token, rev())
    const other = device(otherToken, rev())
    await Promise.all([b.events.waitFor('hello'), other.events.waitFor('hello')])

    const dropped = disconnection(b.socket)
    const garbage = { rev: 'latest', app: 7, uptimeS: -1 } as never
    b.socket.emit('heartbeat', garbage)
    b.socket.emit('heartbeat', garbage)
    await barrier(bad.id, b.events)
    expect(b.socket.connected).toBe(true)
    b.socket.emit('heartbeat', garbage)
    expect(await dropped).toBe('io server disconnect')

    const edit = await admin<{ rev: number }>('PATCH', `/api/admin/jobs/${seeded.jobIds[2]}`, {
      headcount: 3,
    })
    await other.events.waitFor<ChangesPayload>('changes', (p) => p.rev === edit.rev)
    expect((await hub.app.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ ok: true })
  })
})

describe('broadcasts and commands', () => {
  it('reaches the targeted device only, ends on DELETE, and greets a device connecting while active', async () => {
    const { device: target, token } = await newDevice('kiosk')
    const { device: bystander, token: otherToken } = await newDevice('screen')
    const t = device(token, rev())
    const o = device(otherToken, rev())
    await Promise.all([t.events.waitFor('hello'), o.events.waitFor('hello')])

    const until = new Date(Date.now() + 3600_000).toISOString()
    const body = { text: '暴雨预警：招聘会改期', level: 'warning', target: { deviceIds: [target.id] }, until }
    const created = await admin<{ id: string }>('POST', '/api/admin/broadcasts', body)
    expect(await t.events.waitFor('broadcast')).toEqual({
      id: created.id,
      text: body.text,
      level: 'warning',
      until,
    })
    await barrier(bystander.id, o.events)
    expect(o.events.of('broadcast')).toEqual([])

    // A device of the target connecting now is shown the broadcast at once.
    const late = device(token, rev())
    await late.events.waitFor('hello')
    expect(await late.events.waitFor('broadcast')).toMatchObject({ id: created.id })

    await admin('DELETE', `/api/admin/broadcasts/${created.id}`)
    expect(await t.events.waitFor('broadcast:end')).toEqual({ id: created.id })
    expect(await late.events.waitFor('broadcast:end')).toEqual({ id: created.id })
    await barrier(bystander.id, o.events)
    expect(o.events.of('broadcast:end')).toEqual([])

    // Once ended, a connecting device is not shown it.
    const after = device(token, rev())
    await after.events.waitFor('hello')
    await barrier(target.id, after.events)
    expect(after.events.of('broadcast')).toEqual([])
  })

  it('sends a staff command to that device', async () => {
    const { device: kiosk, token } = await newDevice('kiosk')
    const { events } = device(token, rev())
    await events.waitFor('hello')
    const res = await admin<{ ok: boolean; online: boolean }>(
      'POST',
      `/api/admin/devices/${kiosk.id}/commands`,
      {
        name: 'identify',
      },
    )
    expect(res).toEqual({ ok: true, online: true })
    expect(await events.waitFor('command')).toEqual({ name: 'identify' })
    const bad = await hub.app.inject({
      method: 'POST',
      url: `/api/admin/devices/${kiosk.id}/commands`,
      headers: { cookie },
      payload: { name: 'format-disk' },
    })
    expect(bad.statusCode).toBe(400)
  })
})

/** A plain HTTP GET to the hub that keeps the bytes as sent (no decompression). */
function get(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(`${hub.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      req.on('error', reject)
      req.end()
    },
  )
}
