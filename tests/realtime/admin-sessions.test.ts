// The /admin socket follows the session behind it: signing out, a disabled or deleted account and a
// new password end it; a changed township list changes which new registrations it hears.
import type { Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { connected, connectSocket, disconnection, record } from '../helpers/socket-events.ts'

const PASSWORD = 'long-enough-pw'

describe('live admin sockets and the sessions behind them', () => {
  let hub: TestHub
  let admin: string
  let ids: Seeded
  let n = 0
  const sockets: Socket[] = []
  beforeAll(async () => {
    hub = await startHub({ demo: false, listen: true })
    admin = await signIn(hub.app)
    ids = await seed(hub.app, admin)
  })
  afterAll(async () => {
    for (const s of sockets) s.close()
    await hub.close()
  })
  const inject = (method: 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: object) =>
    hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
  async function staff(username: string, role: string, townships: string[] = []) {
    const res = await inject('POST', '/api/admin/users', admin, {
      username,
      role,
      townships,
      password: PASSWORD,
    })
    expect(res.statusCode).toBe(201)
    return { id: res.json().id as string, cookie: await signIn(hub.app, { username, password: PASSWORD }) }
  }
  async function live(cookie: string) {
    const socket = connectSocket(`${hub.url}/admin`, { extraHeaders: { cookie } })
    sockets.push(socket)
    await connected(socket)
    return socket
  }
  const register = (township: string, jobId: string) =>
    hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        clientId: `live-${++n}-abcdef`,
        phone: `1380000${String(n).padStart(4, '0')}`,
        consent: true,
        township,
        jobIds: [jobId],
      },
    })

  it('ends the socket of a session that signs out, and of a disabled or deleted account', async () => {
    const a = await staff('live-a', 'editor')
    const socket = await live(a.cookie)
    const gone = disconnection(socket)
    expect((await inject('POST', '/api/auth/logout', a.cookie)).statusCode).toBe(200)
    expect(await gone).toBe('io server disconnect')

    const b = await staff('live-b', 'editor')
    const disabled = await live(b.cookie)
    const ended = disconnection(disabled)
    await inject('PATCH', `/api/admin/users/${b.id}`, admin, { disabled: true })
    expect(await ended).toBe('io server disconnect')

    const c = await staff('live-c', 'viewer')
    const deleted = await live(c.cookie)
    const removed = disconnection(deleted)
    await inject('DELETE', `/api/admin/users/${c.id}`, admin)
    expect(await removed).toBe('io server disconnect')
  })

  it("moves an operator's socket when its townships change", async () => {
    const op = await staff('live-op', 'operator', ['城关镇'])
    const socket = await live(op.cookie)
    const heard = record(socket)
    const baishaJob = ids.jobIds[1]!
    await register('白沙镇', baishaJob)
    await new Promise((r) => setTimeout(r, 200))
    expect(heard.of('registration:new')).toHaveLength(0)
    await inject('PATCH', `/api/admin/users/${op.id}`, admin, { townships: ['白沙镇'] })
    await register('白沙镇', baishaJob)
    await heard.waitFor('registration:new')
    expect(socket.connected).toBe(true)
  })
})
