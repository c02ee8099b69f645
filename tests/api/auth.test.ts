import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { jobBody, seed, type Seeded } from '../helpers/fixtures.ts'

describe('staff sign-in and roles', () => {
  let hub: TestHub
  let admin: string
  let ids: Seeded
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    admin = await signIn(hub.app)
    ids = await seed(hub.app, admin)
    for (const [username, role, townships] of [
      ['viewer1', 'viewer', []],
      ['editor1', 'editor', []],
      ['baisha', 'operator', ['白沙镇']],
      ['locked1', 'viewer', []],
    ] as const) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/admin/users',
        headers: { cookie: admin },
        payload: { username, role, townships, password: 'long-enough-pw' },
      })
      expect(res.statusCode).toBe(201)
      expect(res.json().passwordHash).toBeUndefined()
    }
  })
  afterAll(() => hub.close())
  const inject = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    cookie?: string,
    payload?: object,
  ) =>
    hub.app.inject({
      method,
      url,
      ...(cookie ? { headers: { cookie } } : {}),
      ...(payload ? { payload } : {}),
    })

  it('sets an HttpOnly, SameSite session cookie and knows who is signed in', async () => {
    const res = await inject('POST', '/api/auth/login', undefined, ADMIN)
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'jh_session')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie.secure).toBeFalsy()
    const me = await inject('GET', '/api/auth/me', `jh_session=${cookie.value}`)
    expect(me.json().user).toMatchObject({ username: 'admin', role: 'admin' })
    expect(me.json().user.passwordHash).toBeUndefined()
  })

  it('marks the cookie Secure behind https', async () => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: ADMIN,
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(res.cookies.find((c) => c.name === 'jh_session')!.secure).toBe(true)
  })

  it('refuses a wrong password, and locks the account after five', async () => {
    for (let i = 0; i < 4; i++)
      expect(
        (await inject('POST', '/api/auth/login', undefined, { username: 'locked1', password: 'wrong-wrong' }))
          .statusCode,
      ).toBe(401)
    const fifth = await inject('POST', '/api/auth/login', undefined, {
      username: 'locked1',
      password: 'wrong-wrong',
    })
    expect(fifth.statusCode).toBe(423)
    const right = await inject('POST', '/api/auth/login', undefined, {
      username: 'locked1',
      password: 'long-enough-pw',
    })
    expect(right.statusCode).toBe(423)
    expect(right.json().message).toMatch(/locked until/)
  })

  it('signs out', async () => {
    const cookie = await signIn(hub.app)
    expect((await inject('POST', '/api/auth/logout', cookie)).statusCode).toBe(200)
    expect((await inject('GET', '/api/auth/me', cookie)).statusCode).toBe(401)
    expect((await inject('GET', '/api/admin/jobs', cookie)).statusCode).toBe(401)
  })

  it('keeps the admin API closed without a session', async () => {
    for (const url of [
      '/api/admin/jobs',
      '/api/admin/devices',
      '/api/admin/registrations',
      '/api/admin/stats',
      '/api/admin/users',
      '/api/admin/audit',
    ]) {
      const res = await inject('GET', url)
      expect(res.statusCode, url).toBe(401)
      expect(res.json().statusCode).toBe(401)
    }
  })

  it('lets a viewer read but not change anything or see phones', async () => {
    const viewer = await signIn(hub.app, { username: 'viewer1', password: 'long-enough-pw' })
    expect((await inject('GET', '/api/admin/jobs', viewer)).statusCode).toBe(200)
    expect((await inject('POST', '/api/admin/jobs', viewer, jobBody(ids.employerId))).statusCode).toBe(403)
    expect(
      (await inject('PATCH', `/api/admin/jobs/${ids.jobIds[0]}`, viewer, { headcount: 3 })).statusCode,
    ).toBe(403)
    expect((await inject('DELETE', `/api/admin/jobs/${ids.jobIds[0]}`, viewer)).statusCode).toBe(403)
    expect((await inject('GET', '/api/admin/registrations?reveal=true', viewer)).statusCode).toBe(403)
    expect((await inject('GET', '/api/admin/users', viewer)).statusCode).toBe(403)
  })

  it('lets an editor change content but not manage users', async () => {
    const editor = await signIn(hub.app, { username: 'editor1', password: 'long-enough-pw' })
    expect(
      (await inject('PATCH', `/api/admin/jobs/${ids.jobIds[0]}`, editor, { headcount: 25 })).statusCode,
    ).toBe(200)
    expect(
      (
        await inject('POST', '/api/admin/users', editor, {
          username: 'x1x',
          role: 'admin',
          townships: [],
          password: 'long-enough-pw',
        })
      ).statusCode,
    ).toBe(403)
  })

  it('limits a township operator to its townships', async () => {
    const op = await signIn(hub.app, { username: 'baisha', password: 'long-enough-pw' })
    const list = (await inject('GET', '/api/admin/jobs', op)).json()
    expect(list.items.map((j: { township: string }) => j.township)).toEqual(['白沙镇'])
    const other = ids.jobIds[0]!
    expect((await inject('GET', `/api/admin/jobs/${other}`, op)).statusCode).toBe(404)
    expect((await inject('PATCH', `/api/admin/jobs/${other}`, op, { headcount: 1 })).statusCode).toBe(404)
    const outside = await inject(
      'POST',
      '/api/admin/jobs',
      op,
      jobBody(ids.employerId, { township: '城关镇' }),
    )
    expect(outside.statusCode).toBe(403)
    expect(outside.json().fields[0].path).toBe('township')
    expect(
      (await inject('POST', '/api/admin/jobs', op, jobBody(ids.employerId, { township: '白沙镇' })))
        .statusCode,
    ).toBe(201)
    expect((await inject('GET', '/api/admin/devices', op)).statusCode).toBe(200)
    expect((await inject('POST', '/api/admin/devices', op, { name: 'x', kind: 'kiosk' })).statusCode).toBe(
      403,
    )
  })

  it('changes a password, which ends the old sessions', async () => {
    const cookie = await signIn(hub.app, { username: 'editor1', password: 'long-enough-pw' })
    const wrong = await inject('POST', '/api/auth/password', cookie, {
      current: 'not-it-at-all',
      password: 'another-long-pw',
    })
    expect(wrong.statusCode).toBe(403)
    expect(
      (
        await inject('POST', '/api/auth/password', cookie, {
          current: 'long-enough-pw',
          password: 'another-long-pw',
        })
      ).statusCode,
    ).toBe(200)
    expect((await inject('GET', '/api/auth/me', cookie)).statusCode).toBe(401)
    await signIn(hub.app, { username: 'editor1', password: 'another-long-pw' })
  })

  it('validates new users and refuses a taken name', async () => {
    const bad = await inject('POST', '/api/admin/users', admin, {
      username: 'a',
      role: 'boss',
      townships: [],
      password: 'short',
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['password', 'role', 'username'])
    const taken = await inject('POST', '/api/admin/users', admin, {
      username: 'viewer1',
      role: 'viewer',
      townships: [],
      password: 'long-enough-pw',
    })
    expect(taken.statusCode).toBe(409)
  })

  it('removes a display name sent empty, and keeps it when left out', async () => {
    const created = await inject('POST', '/api/admin/users', admin, {
      username: 'named-user',
      displayName: '李科员',
      role: 'viewer',
      townships: [],
      password: 'long-enough-pw',
    })
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id
    const kept = await inject('PATCH', `/api/admin/users/${id}`, admin, { role: 'editor' })
    expect(kept.json().displayName).toBe('李科员')
    const cleared = await inject('PATCH', `/api/admin/users/${id}`, admin, { displayName: '' })
    expect(cleared.statusCode, cleared.body).toBe(200)
    expect(cleared.json()).not.toHaveProperty('displayName')
  })
})

describe('first start without ADMIN_USER', () => {
  it('creates the first admin through the one-time setup token, once', async () => {
    const hub = await startHub({ demo: false, env: { ADMIN_USER: '', ADMIN_PASSWORD: '' } })
    try {
      const { setupToken } = await hub.app.auth.bootstrap()
      expect(setupToken).toBeTruthy()
      const bad = await hub.app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        payload: { token: 'x'.repeat(20), username: 'chief', password: 'a-long-password' },
      })
      expect(bad.statusCode).toBe(403)
      const ok = await hub.app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        payload: { token: setupToken, username: 'chief', password: 'a-long-password' },
      })
      expect(ok.statusCode).toBe(201)
      expect(ok.cookies.some((c) => c.name === 'jh_session')).toBe(true)
      const again = await hub.app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        payload: { token: setupToken, username: 'chief2', password: 'a-long-password' },
      })
      expect(again.statusCode).toBe(403)
    } finally {
      await hub.close()
    }
  })
})
