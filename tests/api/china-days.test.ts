// Staff count days in China time whatever zone the hub's machine is set to: a registration made at
// 00:30 in Beijing (16:30 the day before in UTC, the zone most servers run in) is today's in the
// dashboard, on that day in the per-day chart, the ledger and the audit filters, and in the new
// quarter when it is the first day of one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { jobBody } from '../helpers/fixtures.ts'

describe('days are China days on the hub', () => {
  let hub: TestHub
  let cookie: string
  // 2026-07-01 00:30 in Beijing: still 30 June in UTC, and in the second quarter there.
  const clock = Date.parse('2026-06-30T16:30:00Z')
  let registrationId = ''

  const get = async (url: string) => {
    const res = await hub.app.inject({ method: 'GET', url, headers: { cookie } })
    expect(res.statusCode, res.body).toBe(200)
    return res
  }

  beforeAll(async () => {
    hub = await startHub({ demo: false, now: () => clock })
    cookie = await signIn(hub.app)
    const employer = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/employers',
      headers: { cookie },
      payload: { name: '湘源电子厂' },
    })
    const job = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/jobs',
      headers: { cookie },
      payload: jobBody(employer.json().id, { validUntil: '2026-08-01T00:00:00Z' }),
    })
    expect(job.statusCode, job.body).toBe(201)
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        clientId: 'midnight-client',
        consent: true,
        name: '王师傅',
        phone: '13812345678',
        jobIds: [job.json().id],
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    registrationId = res.json().id
  })
  afterAll(() => hub.close())

  it('counts a registration at 00:30 Beijing time as today and on that day in the chart', async () => {
    const stats = (await get('/api/admin/stats')).json()
    expect(stats.today.day).toBe('2026-07-01')
    expect(stats.today.registrations).toBe(1)
    expect(stats.period.to).toBe('2026-07-01')
    expect(stats.period.from).toBe('2026-06-02')
    expect(stats.period.perDay).toEqual({ '2026-07-01': 1 })
  })

  it('finds it in the ledger and the audit log under 1 July, not 30 June', async () => {
    const july = (await get('/api/admin/registrations?from=2026-07-01&to=2026-07-01')).json()
    expect(july.items.map((r: { id: string }) => r.id)).toEqual([registrationId])
    const june = (await get('/api/admin/registrations?from=2026-06-30&to=2026-06-30')).json()
    expect(june.total).toBe(0)
    const audit = (await get('/api/admin/audit?from=2026-07-01&to=2026-07-01')).json()
    expect(audit.total).toBeGreaterThan(0)
    expect((await get('/api/admin/audit?from=2026-06-30&to=2026-06-30')).json().total).toBe(0)
  })

  it('opens the third quarter, which holds the registration, and names the export by the China day', async () => {
    const table = (await get('/api/admin/stats/quarterly')).json()
    expect(table.quarter).toBe('2026-Q3')
    expect(table.total.registrations).toBe(1)
    const csv = await get('/api/admin/registrations.csv')
    expect(csv.headers['content-disposition']).toContain('registrations-2026-07-01.csv')
  })
})
