import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('registrations ledger, stats and broadcasts', () => {
  let hub: TestHub
  let cookie: string
  let viewer: string
  let ids: Seeded
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    cookie = await signIn(hub.app)
    ids = await seed(hub.app, cookie)
    await hub.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie },
      payload: { username: 'viewer1', role: 'viewer', townships: [], password: 'long-enough-pw' },
    })
    viewer = await signIn(hub.app, { username: 'viewer1', password: 'long-enough-pw' })
    // The second would like skills training and says what work it wants.
    const people = [
      ['13812345678', [ids.jobIds[0]], undefined, '城关镇', {}],
      ['13912345678', [ids.jobIds[1]], undefined, '白沙镇', { training: true, wants: ['catering'] }],
      ['13712345678', [], ids.fairId, '城关镇', {}],
    ] as const
    let n = 0
    for (const [phone, jobIds, fairId, township, more] of people) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/registrations',
        payload: {
          clientId: `ledger-${++n}-abcdef`,
          phone,
          consent: true,
          jobIds,
          ...(fairId ? { fairId } : {}),
          township,
          name: '=HYPERLINK("x")',
          ...more,
        },
      })
      expect(res.statusCode).toBe(201)
    }
  })
  afterAll(() => hub.close())
  const get = (url: string, who = cookie) => hub.app.inject({ method: 'GET', url, headers: { cookie: who } })

  it('lists registrations newest first with phones masked', async () => {
    const res = (await get('/api/admin/registrations')).json()
    expect(res.total).toBe(3)
    expect(res.items[0]).toMatchObject({ phoneMasked: '137****5678', fairId: ids.fairId })
    expect(JSON.stringify(res)).not.toMatch(/1[37-9]12345678/)
  })

  it('filters by job, fair, township and date', async () => {
    expect((await get(`/api/admin/registrations?jobId=${ids.jobIds[0]}`)).json().total).toBe(1)
    expect((await get(`/api/admin/registrations?fairId=${ids.fairId}`)).json().total).toBe(1)
    expect(
      (await get(`/api/admin/registrations?township=${encodeURIComponent('城关镇')}`)).json().total,
    ).toBe(2)
    expect((await get(`/api/admin/registrations?employerId=${ids.employerId}`)).json().total).toBe(2)
    expect((await get('/api/admin/registrations?from=2000-01-01&to=2000-01-02')).json().total).toBe(0)
    expect((await get('/api/admin/registrations?from=yesterday')).statusCode).toBe(400)
  })

  it('filters those who would like skills training', async () => {
    const res = await get('/api/admin/registrations?training=true')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().items.map((r: { phoneMasked: string }) => r.phoneMasked)).toEqual(['139****5678'])
    expect(res.json().items[0]).toMatchObject({ training: true, wants: ['catering'] })
  })

  it('reveals full phones only to roles that may, and audits each reveal', async () => {
    const revealed = (await get('/api/admin/registrations?reveal=true')).json()
    expect(revealed.items.map((r: { phone: string }) => r.phone)).toContain('13812345678')
    expect(hub.stores.audit.list({ action: 'reveal' }, 0, 10).total).toBe(1)
    expect((await get('/api/admin/registrations?reveal=true', viewer)).statusCode).toBe(403)
  })

  it('records follow-up status and notes', async () => {
    const id = (await get('/api/admin/registrations')).json().items[0].id
    const res = await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/registrations/${id}`,
      headers: { cookie },
      payload: { status: 'contacted', note: '已电话联系，周一面试' },
    })
    expect(res.json()).toMatchObject({
      status: 'contacted',
      notes: [{ by: 'admin', text: '已电话联系，周一面试' }],
    })
    const bad = await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/registrations/${id}`,
      headers: { cookie },
      payload: { status: 'married' },
    })
    expect(bad.json().fields[0].path).toBe('status')
  })

  it('exports CSV that opens in Excel: BOM, masked phones, formulas defused, audited', async () => {
    const res = await get('/api/admin/registrations.csv')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/csv/)
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const lines = res.body.trim().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toContain('手机号')
    expect(res.body).toContain('138****5678')
    expect(res.body).not.toContain('13812345678')
    expect(res.body).toContain(`"'=HYPERLINK(""x"")"`)
    // What the person wants and the training wish, for the staff who call back.
    const header = lines[0]!.split(',')
    const row = lines.find((l) => l.includes('139****5678'))!.split(',')
    expect(row[header.indexOf('"想找的工作"')]).toBe('"餐饮/服务"')
    expect(row[header.indexOf('"想参加培训"')]).toBe('"是"')
    expect(hub.stores.audit.list({ action: 'export' }, 0, 10).total).toBe(1)
  })

  it("erases a person's registrations by phone (admin only)", async () => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/registrations/erase',
      headers: { cookie },
      payload: { phone: '13912345678' },
    })
    expect(res.json()).toEqual({ deleted: 1, phoneMasked: '139****5678' })
    expect(hub.stores.registrations.byPhone('13912345678')).toEqual([])
    const audit = hub.stores.audit.list({ action: 'erase' }, 0, 1).items[0]!
    expect(JSON.stringify(audit)).not.toContain('13912345678')
    const denied = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/registrations/erase',
      headers: { cookie: viewer },
      payload: { phone: '13812345678' },
    })
    expect(denied.statusCode).toBe(403)
  })

  it('reports today at a glance and a period by day, channel and status', async () => {
    const stats = (await get('/api/admin/stats')).json()
    expect(stats.today).toMatchObject({ registrations: 2, jobsShown: 3, devicesOnline: 0 })
    expect(stats.today.fairsNow).toBe(1)
    expect(stats.period.perChannel).toEqual({ phone: 2 })
    expect(Object.values(stats.period.perDay)).toEqual([2])
  })

  it('creates, lists and ends broadcasts, refusing one without target or in the past', async () => {
    const post = (payload: object) =>
      hub.app.inject({ method: 'POST', url: '/api/admin/broadcasts', headers: { cookie }, payload })
    const until = new Date(Date.now() + 3600_000).toISOString()
    expect(
      (await post({ text: '暴雨预警，招聘会改期', level: 'emergency', target: {}, until })).json().fields[0]
        .path,
    ).toBe('target')
    expect(
      (await post({ text: 'x', level: 'info', target: { all: true }, until: '2000-01-01T00:00:00Z' })).json()
        .fields[0].path,
    ).toBe('until')
    const created = await post({
      text: '暴雨预警，招聘会改期',
      level: 'emergency',
      target: { all: true },
      until,
    })
    expect(created.statusCode).toBe(201)
    const list = (await get('/api/admin/broadcasts')).json()
    expect(list.items[0]).toMatchObject({ active: true, createdBy: 'admin' })
    const ended = await hub.app.inject({
      method: 'DELETE',
      url: `/api/admin/broadcasts/${created.json().id}`,
      headers: { cookie },
    })
    expect(ended.json().endedAt).toBeTruthy()
    expect((await get('/api/admin/broadcasts')).json().items[0].active).toBe(false)
  })
})
