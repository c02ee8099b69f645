import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { seed, type Seeded } from '../helpers/fixtures.ts'

describe('devices: creation, pairing, revocation', () => {
  let hub: TestHub
  let cookie: string
  let ids: Seeded
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    cookie = await signIn(hub.app)
    ids = await seed(hub.app, cookie)
  })
  afterAll(() => hub.close())
  const admin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
  const content = (token: string, headers: Record<string, string> = {}) =>
    hub.app.inject({
      method: 'GET',
      url: '/api/device/content',
      headers: { authorization: `Bearer ${token}`, ...headers },
    })

  it('creates a device and shows its token once; the hub keeps only a hash', async () => {
    const res = await admin('POST', '/api/admin/devices', {
      name: '高铁站一体机',
      kind: 'kiosk',
      venueId: ids.venueId,
    })
    expect(res.statusCode).toBe(201)
    const { device, token } = res.json()
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    expect(device.tokenHash).toBeUndefined()
    expect(JSON.stringify(hub.stores.admin.data)).not.toContain(token)
    const list = (await admin('GET', '/api/admin/devices')).json()
    expect(list.items[0]).toMatchObject({ id: device.id, status: { online: false } })
    expect(JSON.stringify(list)).not.toContain('tokenHash')
    expect((await content(token)).statusCode).toBe(200)
  })

  it('refuses an unknown venue and bad input, naming the field', async () => {
    const res = await admin('POST', '/api/admin/devices', {
      name: '',
      kind: 'toaster',
      venueId: 'venue-nope',
    })
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['kind', 'name'])
    const venue = await admin('POST', '/api/admin/devices', {
      name: 'x',
      kind: 'screen',
      venueId: 'venue-nope',
    })
    expect(venue.json().fields[0].path).toBe('venueId')
  })

  it('serves the snapshot with an ETag, 304 when unchanged, compressed on request', async () => {
    const { token } = (await admin('POST', '/api/admin/devices', { name: '大屏', kind: 'screen' })).json()
    const first = await content(token)
    const etag = first.headers.etag as string
    expect(etag).toBe(`"rev-${hub.stores.content.rev()}"`)
    const snapshot = first.json()
    expect(snapshot.jobs).toHaveLength(3)
    expect(snapshot).toHaveProperty('settings')
    expect(snapshot).not.toHaveProperty('users')
    expect((await content(token, { 'if-none-match': etag })).statusCode).toBe(304)
    const gz = await content(token, { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.rawPayload.length).toBeLessThan(first.rawPayload.length)
    await admin('PATCH', `/api/admin/jobs/${ids.jobIds[0]}`, { headcount: 2 })
    expect((await content(token, { 'if-none-match': etag })).statusCode).toBe(200)
    expect((await content('not-a-real-token-at-all-xxxx')).statusCode).toBe(401)
  })

  it('pairs a new device by the code it shows; the token is collected once', async () => {
    const asked = await hub.app.inject({
      method: 'POST',
      url: '/api/device/pairing',
      payload: { kind: 'screen' },
    })
    expect(asked.statusCode).toBe(201)
    const { code, claim } = asked.json()
    expect(code).toMatch(/^\d{6}$/)
    const collect = () =>
      hub.app.inject({ method: 'POST', url: '/api/device/pairing/collect', payload: { code, claim } })
    expect((await collect()).statusCode).toBe(202)
    const wrongClaim = await hub.app.inject({
      method: 'POST',
      url: '/api/device/pairing/collect',
      payload: { code, claim: 'x'.repeat(43) },
    })
    expect(wrongClaim.statusCode).toBe(404)
    const paired = await admin('POST', '/api/admin/devices/pair', {
      code,
      name: '夜市大屏',
      venueId: ids.venueId,
    })
    expect(paired.statusCode).toBe(201)
    expect(paired.json().device).toMatchObject({ name: '夜市大屏', kind: 'screen', venueId: ids.venueId })
    const got = await collect()
    expect(got.statusCode).toBe(200)
    const { token, device } = got.json()
    expect(device.id).toBe(paired.json().device.id)
    expect((await content(token)).statusCode).toBe(200)
    expect((await collect()).statusCode).toBe(404)
    const again = await admin('POST', '/api/admin/devices/pair', { code, name: 'again' })
    expect(again.statusCode).toBe(404)
    expect(again.json().fields[0].path).toBe('code')
  })

  it('revokes a device: its token stops working', async () => {
    const { device, token } = (
      await admin('POST', '/api/admin/devices', { name: '商场屏', kind: 'screen' })
    ).json()
    const revoked = await admin('POST', `/api/admin/devices/${device.id}/revoke`)
    expect(revoked.json().revokedAt).toBeTruthy()
    expect((await content(token)).statusCode).toBe(401)
    expect((await admin('DELETE', `/api/admin/devices/${device.id}`)).statusCode).toBe(200)
    expect((await admin('GET', `/api/admin/devices/${device.id}`)).statusCode).toBe(404)
  })

  it('updates settings and validates commands', async () => {
    const { device } = (
      await admin('POST', '/api/admin/devices', { name: '服务大厅屏', kind: 'screen' })
    ).json()
    const patched = await admin('PATCH', `/api/admin/devices/${device.id}`, {
      config: {
        orientation: 'portrait',
        scenes: [{ scene: 'jobs', seconds: 30, from: '18:00', to: '22:00' }],
      },
    })
    expect(patched.json().config.scenes[0]).toMatchObject({ from: '18:00' })
    const badScene = await admin('PATCH', `/api/admin/devices/${device.id}`, {
      config: { scenes: [{ scene: 'jobs', seconds: 1, from: '25:00' }] },
    })
    expect(
      badScene
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['config.scenes.0.from', 'config.scenes.0.seconds'])
    expect(
      (await admin('POST', `/api/admin/devices/${device.id}/commands`, { name: 'identify' })).json(),
    ).toEqual({ ok: true, online: false })
    expect(
      (await admin('POST', `/api/admin/devices/${device.id}/commands`, { name: 'self-destruct' })).statusCode,
    ).toBe(400)
  })
})
