import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobBody, seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('public read API', () => {
  let hub: TestHub
  let ids: Seeded
  let cookie: string
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    cookie = await signIn(hub.app)
    ids = await seed(hub.app, cookie)
  })
  afterAll(() => hub.close())
  const get = (url: string) => hub.app.inject({ method: 'GET', url })

  it('reports health with the content rev', async () => {
    const res = await get('/healthz')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ ok: true, rev: hub.stores.content.rev(), devicesOnline: 0 })
  })

  it('lists open jobs with employer names, filtered by category, township, tag and words', async () => {
    const all = (await get('/api/jobs')).json()
    expect(all.total).toBe(3)
    expect(all.items[0].employerName).toBe('湘源电子厂')
    expect((await get('/api/jobs?category=gig')).json().items.map((j: { title: string }) => j.title)).toEqual(
      ['搬运零工'],
    )
    expect((await get('/api/jobs?township=白沙镇')).json().total).toBe(1)
    expect((await get('/api/jobs?tag=older-friendly')).json().total).toBe(1)
    expect((await get('/api/jobs?tag=housing')).json().total).toBe(3)
    expect((await get(`/api/jobs?q=${encodeURIComponent('仓库')}`)).json().items[0].title).toBe('仓库管理员')
  })

  it('finds jobs near a point, nearest first, with distances', async () => {
    const res = (await get('/api/jobs?near=27.985,113.046&radiusKm=3')).json()
    expect(res.total).toBe(2)
    expect(res.items[0].distanceKm).toBeLessThan(1)
    const wide = (await get('/api/jobs?near=27.985,113.046&radiusKm=30')).json()
    expect(wide.total).toBe(3)
    expect(wide.items.map((j: { distanceKm: number }) => j.distanceKm)).toEqual(
      [...wide.items.map((j: { distanceKm: number }) => j.distanceKm)].sort((a, b) => a - b),
    )
  })

  it('sorts by pay, comparing day wages with monthly pay', async () => {
    const titles = (await get('/api/jobs?sort=salary')).json().items.map((j: { title: string }) => j.title)
    expect(titles).toEqual(['电子装配普工', '仓库管理员', '搬运零工'])
  })

  it('pages with limit and offset', async () => {
    const page = (await get('/api/jobs?limit=2&offset=2')).json()
    expect(page.total).toBe(3)
    expect(page.items).toHaveLength(1)
  })

  it('answers bad query values with 400 naming each field', async () => {
    const res = await get('/api/jobs?limit=0&category=astronaut')
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' })
    expect(body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['category', 'limit'])
    expect((await get('/api/jobs?near=somewhere')).json().fields[0].path).toBe('near')
    expect((await get('/api/jobs?sort=distance')).json().fields[0].path).toBe('near')
  })

  it('shows one job with its employer, and 404s a filled or unknown job', async () => {
    const res = await get(`/api/jobs/${ids.jobIds[0]}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().employer.name).toBe('湘源电子厂')
    await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${ids.jobIds[2]}`,
      headers: { cookie },
      payload: { status: 'filled' },
    })
    expect((await get(`/api/jobs/${ids.jobIds[2]}`)).statusCode).toBe(404)
    expect((await get('/api/jobs')).json().total).toBe(2)
    const unknown = await get('/api/jobs/job-nope')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json()).toMatchObject({ statusCode: 404, error: 'Not Found' })
    expect((await get('/api/jobs/bad%20id')).statusCode).toBe(400)
    await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${ids.jobIds[2]}`,
      headers: { cookie },
      payload: { status: 'published' },
    })
  })

  it('lists fairs with venue, and a fair with its booths, employers and jobs', async () => {
    const list = (await get('/api/fairs')).json()
    expect(list.items[0]).toMatchObject({ id: ids.fairId, venue: { name: '县人社服务大厅' } })
    const fair = (await get(`/api/fairs/${ids.fairId}`)).json()
    expect(fair.booths[0].employer.name).toBe('湘源电子厂')
    expect(fair.booths[0].jobs).toHaveLength(3)
    expect((await get('/api/fairs/fair-nope')).statusCode).toBe(404)
  })

  it('shows an employer with its open jobs', async () => {
    const res = (await get(`/api/employers/${ids.employerId}`)).json()
    expect(res.jobs).toHaveLength(3)
    expect((await get('/api/employers/emp-nope')).statusCode).toBe(404)
  })

  it('lists published announcements, pinned first, and hides drafts', async () => {
    for (const [title, pinned, status] of [
      ['培训补贴', false, 'published'],
      ['招聘大使奖励', true, 'published'],
      ['草稿', false, 'draft'],
    ] as const) {
      await hub.app.inject({
        method: 'POST',
        url: '/api/admin/announcements',
        headers: { cookie },
        payload: { title, body: '内容', kind: 'policy', pinned, status },
      })
    }
    const titles = (await get('/api/announcements')).json().items.map((a: { title: string }) => a.title)
    expect(titles).toEqual(['招聘大使奖励', '培训补贴'])
  })

  it('serves the catalog with live counts per category and the townships in use', async () => {
    const extra = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/jobs',
      headers: { cookie },
      payload: jobBody(ids.employerId, { township: '梅溪乡' }),
    })
    expect(extra.statusCode).toBe(201)
    const catalog = (await get('/api/catalog')).json()
    expect(catalog.categories.find((c: { key: string }) => c.key === 'manufacturing')).toMatchObject({
      zh: '普工/制造',
      jobs: 2,
    })
    expect(catalog.townships).toEqual(expect.arrayContaining(['城关镇', '白沙镇', '梅溪乡']))
    expect(catalog.tags.length).toBeGreaterThan(3)
  })

  it('answers unknown routes with a 404 in the common shape', async () => {
    const res = await get('/api/nothing-here')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: expect.stringContaining('/api/nothing-here'),
    })
  })

  it('answers malformed JSON with 400, never 500', async () => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: { 'content-type': 'application/json' },
      payload: '{"phone":',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().statusCode).toBe(400)
  })
})
