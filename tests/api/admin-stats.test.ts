// The dashboard's period figures and the province's quarterly table, against known content on a
// real hub with a fixed clock: which fairs, postings, visits, registrations, people and hires count
// in a quarter and in which township's row; CSV and XLSX exports; an operator's own townships only.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { jobBody } from '../helpers/fixtures.ts'

describe('statistics: period charts and the quarterly table', () => {
  let hub: TestHub
  let cookie: string
  // Inside the second quarter of 2026, mid-morning in China whatever the machine's zone.
  let clock = Date.parse('2026-05-10T02:00:00Z')
  const ids: Record<string, string> = {}
  let n = 0

  const post = async (url: string, payload: object, expected = 201) => {
    const res = await hub.app.inject({ method: 'POST', url, headers: { cookie }, payload })
    if (res.statusCode !== expected) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const register = async (body: Record<string, unknown>) => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: { clientId: `stats-client-${++n}`, consent: true, ...body },
    })
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
    return res.json().id as string
  }
  const status = (id: string, value: string) =>
    hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/registrations/${id}`,
      headers: { cookie },
      payload: { status: value },
    })
  const get = (url: string, who = cookie) => hub.app.inject({ method: 'GET', url, headers: { cookie: who } })

  beforeAll(async () => {
    hub = await startHub({ demo: false, now: () => clock })
    cookie = await signIn(hub.app)
    await hub.stores.content.setSettings({
      ...hub.stores.content.settings(),
      county: '湘源县',
      townships: ['城关镇', '白沙镇', '青山乡'],
    })
    ids.e1 = (await post('/api/admin/employers', { name: '湘源电子厂' })).id
    ids.e2 = (await post('/api/admin/employers', { name: '白沙食品公司' })).id
    ids.venue = (
      await post('/api/admin/venues', { name: '白沙镇服务中心', kind: 'village-centre', township: '白沙镇' })
    ).id
    const job = async (overrides: Record<string, unknown>) =>
      (await post('/api/admin/jobs', jobBody(ids.e1!, overrides))).id as string
    ids.j1 = await job({ title: '电子装配普工', headcount: 20, validUntil: '2026-08-01T00:00:00Z' })
    ids.j2 = await job({ title: '食品包装工', township: '白沙镇', headcount: 5, validUntil: undefined })
    ids.j3 = await job({ title: '草稿岗位', status: 'draft' })
    ids.j4 = await job({ title: '早已过期', headcount: 7, validUntil: '2026-03-01T00:00:00Z' })
    const fair = (overrides: Record<string, unknown>) =>
      post('/api/admin/fairs', {
        title: '招聘会',
        kind: 'general',
        booths: [],
        sessions: [],
        status: 'published',
        ...overrides,
      })
    ids.f1 = (
      await fair({
        title: '白沙镇赶集日招聘会',
        venueId: ids.venue,
        startsAt: '2026-05-20T01:00:00Z',
        endsAt: '2026-05-20T08:00:00Z',
        booths: [
          { number: 'A01', employerId: ids.e1, jobIds: [ids.j1] },
          { number: 'A02', employerId: ids.e2, jobIds: [] },
        ],
      })
    ).id
    ids.f2 = (
      await fair({
        title: '城关镇春风行动',
        township: '城关镇',
        startsAt: '2026-04-05T01:00:00Z',
        endsAt: '2026-04-05T08:00:00Z',
        booths: [{ number: '1', employerId: ids.e1, jobIds: [] }],
      })
    ).id
    await fair({
      title: '取消了的招聘会',
      township: '城关镇',
      status: 'cancelled',
      startsAt: '2026-05-01T01:00:00Z',
      endsAt: '2026-05-01T08:00:00Z',
    })
    await fair({
      title: '下季度的招聘夜市',
      township: '城关镇',
      startsAt: '2026-07-02T11:00:00Z',
      endsAt: '2026-07-02T14:00:00Z',
    })
    ids.device = (
      await post('/api/admin/devices', { name: '白沙镇大屏', kind: 'screen', venueId: ids.venue })
    ).device.id

    // The same person twice (one intention, hired), one at the fair from the screen's code, one who
    // withdrew; visits: three scans and four kiosk views at the screen's venue, two scans with no source.
    const hired = await register({ phone: '13800000001', jobIds: [ids.j1], township: '城关镇' })
    await status(hired, 'hired')
    await register({ phone: '13800000001', jobIds: [ids.j2], township: '城关镇' })
    await register({
      phone: '13800000002',
      fairId: ids.f1,
      source: { channel: 'phone', device: ids.device },
    })
    const withdrawn = await register({
      phone: '13800000003',
      jobIds: [ids.j2],
      source: { channel: 'phone', device: ids.device },
    })
    await status(withdrawn, 'withdrawn')
    hub.app.metrics.add('scan', ids.device, 'job', ids.j2, 3)
    hub.app.metrics.add('view', ids.device, 'job', ids.j1, 4)
    hub.app.metrics.add('qr-shown', ids.device, 'job', ids.j2, 10)
    hub.app.metrics.add('scan', undefined, undefined, undefined, 2)

    // The next quarter: a job and a registration that the second quarter must not count.
    clock = Date.parse('2026-07-03T02:00:00Z')
    cookie = await signIn(hub.app)
    await job({ title: '下季度岗位' })
    await register({ phone: '13800000004', jobIds: [ids.j1] })
  })
  afterAll(() => hub.close())

  it('counts each figure of a quarter in its township, with a county total of distinct people', async () => {
    const res = await get('/api/admin/stats/quarterly?quarter=2026-Q2')
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ quarter: '2026-Q2', from: '2026-04-01', to: '2026-06-30' })
    expect(body.title).toBe('湘源县2026年第2季度公共就业服务统计表')
    expect(body.rows).toEqual([
      {
        township: '城关镇',
        fairs: 1,
        employers: 1,
        postings: 1,
        headcount: 20,
        reached: 0,
        registrations: 2,
        intentions: 1,
        hires: 1,
      },
      {
        township: '白沙镇',
        fairs: 1,
        employers: 2,
        postings: 1,
        headcount: 5,
        reached: 7,
        registrations: 1,
        intentions: 1,
        hires: 0,
      },
      {
        township: '青山乡',
        fairs: 0,
        employers: 0,
        postings: 0,
        headcount: 0,
        reached: 0,
        registrations: 0,
        intentions: 0,
        hires: 0,
      },
      {
        township: '',
        fairs: 0,
        employers: 0,
        postings: 0,
        headcount: 0,
        reached: 2,
        registrations: 0,
        intentions: 0,
        hires: 0,
      },
    ])
    // E1 exhibited in both townships: one employer for the county.
    expect(body.total).toEqual({
      township: '',
      fairs: 2,
      employers: 2,
      postings: 2,
      headcount: 25,
      reached: 9,
      registrations: 3,
      intentions: 2,
      hires: 1,
    })
    const q3 = (await get('/api/admin/stats/quarterly?quarter=2026-Q3')).json()
    expect(q3.total).toMatchObject({ fairs: 1, registrations: 1, postings: 3 })
    // Without a quarter: the one the hub's clock is in.
    expect((await get('/api/admin/stats/quarterly')).json().quarter).toBe('2026-Q3')
  })

  it('exports the table as CSV for Excel and as XLSX with the title and definitions', async () => {
    const csv = await get('/api/admin/stats/quarterly.csv?quarter=2026-Q2')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.headers['content-disposition']).toContain('quarterly-2026-Q2.csv')
    expect(csv.body.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.body.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe(
      '"乡镇（街道）","招聘会场次","参会单位（家）","发布岗位（个）","招聘人数","服务人次","登记人次","达成就业意向（人）","实现就业（人）"',
    )
    expect(lines).toContain('"未分配乡镇",0,0,0,0,2,0,0,0')
    expect(lines.at(-1)).toBe('"合计",2,2,2,25,9,3,2,1')

    const xlsx = await get('/api/admin/stats/quarterly.xlsx?quarter=2026-Q2')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getCell('A1').value).toBe('湘源县2026年第2季度公共就业服务统计表')
    expect(sheet.getCell('A2').value).toBe('统计期间：2026-04-01 至 2026-06-30')
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1)
    expect(values(4)).toEqual(['城关镇', 1, 1, 1, 20, 0, 2, 1, 1])
    expect(values(8)).toEqual(['合计', 2, 2, 2, 25, 9, 3, 2, 1])
    expect(sheet.getRow(8).font?.bold).toBe(true)
    expect(values(11)[0]).toBe('招聘会场次')
  })

  it('limits a township operator to its townships, rows and total alike', async () => {
    await post('/api/admin/users', {
      username: 'baisha-op',
      role: 'operator',
      townships: ['白沙镇'],
      password: 'long-enough-pw',
    })
    const operator = await signIn(hub.app, { username: 'baisha-op', password: 'long-enough-pw' })
    const body = (await get('/api/admin/stats/quarterly?quarter=2026-Q2', operator)).json()
    expect(body.rows.map((r: { township: string }) => r.township)).toEqual(['白沙镇'])
    expect(body.total).toMatchObject({ fairs: 1, employers: 2, registrations: 1, intentions: 1, hires: 0 })
    const period = (await get('/api/admin/stats?from=2026-04-01&to=2026-06-30', operator)).json().period
    expect(period.registrations).toBe(2)
    expect(period.byTownship).toEqual([{ id: '白沙镇', label: '白沙镇', count: 2 }])
    // Today (the third quarter's day): the one registration is another township's.
    expect((await get('/api/admin/stats', operator)).json().today.registrations).toBe(0)
    expect((await get('/api/admin/stats')).json().today.registrations).toBe(1)
  })

  it("gives an operator today's jobs, funnel and items awaiting approval of its townships only", async () => {
    const operator = await signIn(hub.app, { username: 'baisha-op', password: 'long-enough-pw' })
    hub.app.metrics.add('scan', ids.device, 'job', ids.j1, 5)
    hub.app.metrics.add('scan', ids.device, 'job', ids.j2, 1)
    await hub.stores.content.setSettings({ ...hub.stores.content.settings(), approvalTownships: ['白沙镇'] })
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/jobs',
      headers: { cookie: operator },
      payload: jobBody(ids.e2!, { title: '白沙镇新岗位', township: '白沙镇', status: 'published' }),
    })
    expect(res.json().status).toBe('pending')

    const mine = (await get('/api/admin/stats', operator)).json().today
    const all = (await get('/api/admin/stats')).json().today
    const jobsIn = (today: { funnel: { kind?: string; id?: string }[] }) =>
      today.funnel.filter((r) => r.kind === 'job').map((r) => r.id)
    expect(jobsIn(mine)).toEqual([ids.j2])
    expect(jobsIn(all).sort()).toEqual([ids.j1, ids.j2].sort())
    expect(mine).toMatchObject({ jobsShown: 1, headcount: 5, pending: { jobs: 1 } })
    expect(all.jobsShown).toBeGreaterThan(mine.jobsShown)
    expect(all.pending).toEqual({ jobs: 1 })
  })

  it('breaks a period down per day, fair, township, source and status, with the funnel per source and job', async () => {
    const res = await get('/api/admin/stats?from=2026-05-01&to=2026-05-31')
    expect(res.statusCode).toBe(200)
    const p = res.json().period
    expect(p).toMatchObject({ from: '2026-05-01', to: '2026-05-31', registrations: 4 })
    expect(Object.values(p.perDay)).toEqual([4])
    expect(p.byTownship).toEqual([
      { id: '城关镇', label: '城关镇', count: 2 },
      { id: '白沙镇', label: '白沙镇', count: 2 },
    ])
    expect(p.byFair).toEqual([expect.objectContaining({ label: '白沙镇赶集日招聘会', count: 1 })])
    expect(p.bySource).toEqual([
      { id: 'phone', kind: 'channel', label: '', count: 2 },
      { id: ids.device, kind: 'device', label: '白沙镇大屏', count: 2 },
    ])
    expect(p.perStatus).toEqual({ hired: 1, new: 2, withdrawn: 1 })
    expect(p.funnelBySource).toEqual([
      { id: ids.device, label: '白沙镇大屏', shown: 10, scanned: 3, registered: 2 },
    ])
    expect(p.funnelByJob).toEqual([{ id: ids.j2, label: '食品包装工', shown: 10, scanned: 3, registered: 1 }])
    // A period with nothing in it is all zeros, not an error.
    expect((await get('/api/admin/stats?from=2025-01-01&to=2025-01-31')).json().period.registrations).toBe(0)
  })

  it('names the field of a bad period or quarter', async () => {
    const quarter = await get('/api/admin/stats/quarterly?quarter=2026-Q5')
    expect(quarter.statusCode).toBe(400)
    expect(quarter.json().fields[0].path).toBe('quarter')
    const reversed = await get('/api/admin/stats?from=2026-05-31&to=2026-05-01')
    expect(reversed.statusCode).toBe(400)
    expect(reversed.json().fields).toEqual([{ path: 'from', message: 'is after to' }])
    const long = await get('/api/admin/stats?from=2024-01-01&to=2026-05-01')
    expect(long.statusCode).toBe(400)
    expect(long.json().fields[0].path).toBe('from')
    expect((await get('/api/admin/stats?from=yesterday')).json().fields[0].path).toBe('from')
  })
})
