// Staff accounts, roles, the audit log, erasing a person on request and the retention setting, as
// the hub enforces them whatever the admin page shows.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobBody, seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, STAFF_PASSWORD, staffSession, startHub, type TestHub } from '../helpers/hub.ts'

const DAY = 86_400_000

describe('staff, roles, audit and personal data on the hub', () => {
  let hub: TestHub
  let admin: string
  let ids: Seeded
  let clock = Date.now()
  let n = 0
  const inject = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    cookie: string,
    payload?: object,
  ) => hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
  const register = async (phone: string, body: Record<string, unknown>) => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: { clientId: `people-${++n}-abcdef`, phone, consent: true, ...body },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: string }
  }

  beforeAll(async () => {
    hub = await startHub({ demo: false, now: () => clock })
    admin = await signIn(hub.app)
    ids = await seed(hub.app, admin)
  })
  afterAll(() => hub.close())

  it('refuses a township operator without a township, naming the field', async () => {
    const res = await inject('POST', '/api/admin/users', admin, {
      username: 'nowhere',
      role: 'operator',
      townships: [],
      password: STAFF_PASSWORD,
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().fields).toEqual([{ path: 'townships', message: expect.stringMatching(/at least one/) }])
    await staffSession(hub.app, 'op-empty', 'viewer')
    const id = hub.app.auth.listUsers().find((u) => u.username === 'op-empty')!.id
    const patch = await inject('PATCH', `/api/admin/users/${id}`, admin, { role: 'operator' })
    expect(patch.statusCode).toBe(400)
    expect(patch.json().fields[0].path).toBe('townships')
  })

  it("keeps a township operator out of another township's jobs and registrations", async () => {
    const op = await staffSession(hub.app, 'baisha-op', 'operator', ['白沙镇'])
    const [chengguanJob, baishaJob] = [ids.jobIds[0]!, ids.jobIds[1]!]
    const theirs = await register('13800000001', { jobIds: [chengguanJob], township: '城关镇' })
    const ours = await register('13800000002', { jobIds: [baishaJob], township: '白沙镇' })
    const list = (await inject('GET', '/api/admin/registrations', op)).json()
    expect(list.items.map((r: { id: string }) => r.id)).toEqual([ours.id])
    expect((await inject('GET', `/api/admin/registrations/${theirs.id}`, op)).statusCode).toBe(404)
    expect(
      (await inject('PATCH', `/api/admin/registrations/${theirs.id}`, op, { status: 'contacted' }))
        .statusCode,
    ).toBe(404)
    expect((await inject('GET', `/api/admin/jobs/${chengguanJob}`, op)).statusCode).toBe(404)
    const csv = (await inject('GET', '/api/admin/registrations.csv', op)).body
    expect(csv).toContain('138****0002')
    expect(csv).not.toContain('138****0001')
    // Asking for another township by name gives nothing rather than that township.
    const asked = await inject('GET', `/api/admin/registrations?township=${encodeURIComponent('城关镇')}`, op)
    expect(asked.json().total).toBe(0)
  })

  it('refuses every write of a viewer with 403, and full phone numbers too', async () => {
    const viewer = await staffSession(hub.app, 'viewer-1', 'viewer')
    const reg = (await inject('GET', '/api/admin/registrations', admin)).json().items[0]
    for (const [method, url, body] of [
      ['POST', '/api/admin/jobs', {}],
      ['PATCH', `/api/admin/jobs/${ids.jobIds[0]}`, { headcount: 1 }],
      ['DELETE', `/api/admin/jobs/${ids.jobIds[0]}`, undefined],
      ['PATCH', `/api/admin/registrations/${reg.id}`, { status: 'contacted' }],
      ['POST', '/api/admin/registrations/erase', { phone: '13800000001' }],
      ['PATCH', '/api/admin/settings', { registrationRetentionDays: 1 }],
      ['POST', '/api/admin/broadcasts', {}],
      ['POST', '/api/admin/devices', { name: 'x', kind: 'kiosk' }],
      ['GET', '/api/admin/users', undefined],
      ['GET', '/api/admin/audit', undefined],
      ['GET', '/api/admin/registrations?reveal=true', undefined],
      ['GET', '/api/admin/registrations.csv?reveal=true', undefined],
    ] as const) {
      const res = await inject(method, url, viewer, body)
      expect(res.statusCode, `${method} ${url}`).toBe(403)
    }
    const seen = await inject('GET', '/api/admin/registrations', viewer)
    expect(seen.body).not.toMatch(/1380000000[12]/)
  })

  it('filters the audit log by person, kind, action and day, and offers what occurs', async () => {
    const page = (q: string) => inject('GET', `/api/admin/audit${q}`, admin).then((r) => r.json())
    const all = await page('')
    expect(all.facets.usernames).toEqual(expect.arrayContaining(['admin', 'baisha-op']))
    expect(all.facets.kinds).toEqual(expect.arrayContaining(['jobs', 'users', 'fairs']))
    expect(all.facets.actions).toEqual(expect.arrayContaining(['create', 'login']))
    const created = await page('?kind=users&action=create&username=admin')
    expect(created.items.map((e: { after: { username: string } }) => e.after.username)).toEqual(
      expect.arrayContaining(['baisha-op', 'viewer-1']),
    )
    expect(
      created.items.every(
        (e: { kind: string; action: string }) => e.kind === 'users' && e.action === 'create',
      ),
    ).toBe(true)
    const today = new Date(clock).toLocaleDateString('en-CA')
    expect((await page(`?from=${today}&to=${today}`)).total).toBe(all.total)
    expect((await page('?from=2001-01-01&to=2001-01-31')).total).toBe(0)
    expect((await page('?limit=2&offset=2')).items).toHaveLength(2)
    expect((await inject('GET', '/api/admin/audit?from=soon', admin)).json().fields[0].path).toBe('from')
  })

  it('never writes a full phone number into the audit log', async () => {
    await inject('GET', '/api/admin/registrations?phone=13800000002&reveal=true', admin)
    await inject('GET', '/api/admin/registrations.csv?phone=13800000002', admin)
    const log = await readFile(join(hub.dataDir, 'audit.jsonl'), 'utf8')
    expect(log).toContain('138****0002')
    expect(log).not.toContain('13800000002')
    const shown = await inject('GET', '/api/admin/audit?kind=registrations', admin)
    expect(shown.body).not.toContain('13800000002')
  })

  it('erases a person on request: a dry run counts, the erase deletes from the ledger and the file, audited', async () => {
    await register('13900000009', { jobIds: [ids.jobIds[0]] })
    await register('13900000009', { jobIds: [ids.jobIds[2]] })
    const editor = await staffSession(hub.app, 'editor-1', 'editor')
    expect(
      (await inject('POST', '/api/admin/registrations/erase', editor, { phone: '13900000009' })).statusCode,
    ).toBe(403)
    const bad = await inject('POST', '/api/admin/registrations/erase', admin, { phone: '1390000' })
    expect(bad.json().fields[0].path).toBe('phone')
    const dry = await inject('POST', '/api/admin/registrations/erase', admin, {
      phone: '13900000009',
      dryRun: true,
    })
    expect(dry.json()).toEqual({ matches: 2, phoneMasked: '139****0009' })
    expect(hub.stores.registrations.byPhone('13900000009')).toHaveLength(2)
    const done = await inject('POST', '/api/admin/registrations/erase', admin, { phone: '13900000009' })
    expect(done.json()).toEqual({ deleted: 2, phoneMasked: '139****0009' })
    expect(hub.stores.registrations.byPhone('13900000009')).toHaveLength(0)
    expect(await readFile(join(hub.dataDir, 'registrations.jsonl'), 'utf8')).not.toContain('13900000009')
    const entry = hub.stores.audit.list({ action: 'erase' }, 0, 1).items[0]!
    expect(entry).toMatchObject({ username: 'admin', after: { phone: '139****0009', deleted: 2 } })
  })

  it('lets an admin set how long registrations are kept; the daily purge and the phone page follow it', async () => {
    const before = (await inject('GET', '/api/admin/settings', admin)).json()
    expect(before.retention).toMatchObject({ days: 365, defaultDays: 365, expiring: 0 })
    const old = await register('13700000001', { jobIds: [ids.jobIds[0]] })
    clock += 40 * DAY
    // Forty days on, every session has long ended.
    admin = await signIn(hub.app)
    const fresh = await register('13700000002', { jobIds: [ids.jobIds[0]] })
    // What a shorter period would delete, before anyone commits to it.
    const asked = (await inject('GET', '/api/admin/settings?retentionDays=30', admin)).json()
    expect(asked.retention).toMatchObject({ days: 30 })
    expect(asked.retention.expiring).toBeGreaterThanOrEqual(1)
    const editor = await signIn(hub.app, { username: 'editor-1', password: STAFF_PASSWORD })
    expect(
      (await inject('PATCH', '/api/admin/settings', editor, { registrationRetentionDays: 30 })).statusCode,
    ).toBe(403)
    const bad = await inject('PATCH', '/api/admin/settings', admin, { registrationRetentionDays: 0 })
    expect(bad.json().fields[0].path).toBe('registrationRetentionDays')
    const saved = await inject('PATCH', '/api/admin/settings', admin, { registrationRetentionDays: 30 })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().settings.registrationRetentionDays).toBe(30)
    expect(hub.stores.audit.list({ kind: 'settings' }, 0, 1).items[0]).toMatchObject({
      action: 'update',
      after: { registrationRetentionDays: 30 },
    })
    const job = await inject(
      'POST',
      '/api/admin/jobs',
      admin,
      jobBody(ids.employerId, { validUntil: new Date(clock + 30 * DAY).toISOString() }),
    )
    const phonePage = await hub.app.inject({ method: 'GET', url: `/m/job/${job.json().id}` })
    expect(phonePage.body).toContain('最多30天')

    await hub.app.scheduler.daily()
    expect(hub.stores.registrations.get(old.id)).toBeUndefined()
    expect(hub.stores.audit.list({ action: 'purge' }, 0, 1).items[0]).toMatchObject({
      kind: 'registrations',
      after: { deleted: asked.retention.expiring, retentionDays: 30 },
    })
    expect(hub.stores.registrations.get(fresh.id)).toBeDefined()
    expect(await readFile(join(hub.dataDir, 'registrations.jsonl'), 'utf8')).not.toContain('13700000001')
  })

  it('keeps the session that changed the password, and ends every other', async () => {
    await staffSession(hub.app, 'changer', 'editor')
    const here = await signIn(hub.app, { username: 'changer', password: STAFF_PASSWORD })
    const elsewhere = await signIn(hub.app, { username: 'changer', password: STAFF_PASSWORD })
    const res = await inject('POST', '/api/auth/password', here, {
      current: STAFF_PASSWORD,
      password: 'a-new-long-pw',
    })
    expect(res.statusCode).toBe(200)
    const renewed = res.cookies.find((c) => c.name === 'jh_session')!
    expect((await inject('GET', '/api/auth/me', `jh_session=${renewed.value}`)).statusCode).toBe(200)
    expect((await inject('GET', '/api/auth/me', elsewhere)).statusCode).toBe(401)
    expect((await inject('GET', '/api/auth/me', here)).statusCode).toBe(401)
  })
})
