import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inDays, jobBody, seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('admin content API', () => {
  let hub: TestHub
  let cookie: string
  let ids: Seeded
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    cookie = await signIn(hub.app)
    ids = await seed(hub.app, cookie)
  })
  afterAll(() => hub.close())
  const inject = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })

  it('creates a job, bumps the rev by one, and records who did it', async () => {
    const rev = hub.stores.content.rev()
    const res = await inject('POST', '/api/admin/jobs', jobBody(ids.employerId, { title: '叉车司机' }))
    expect(res.statusCode).toBe(201)
    const job = res.json()
    expect(job).toMatchObject({ id: expect.stringMatching(/^job-/), title: '叉车司机', rev: rev + 1 })
    expect(job.createdAt).toBe(job.updatedAt)
    const audit = hub.stores.audit.list({ entityId: job.id }, 0, 10).items
    expect(audit).toEqual([expect.objectContaining({ username: 'admin', action: 'create', kind: 'jobs' })])
  })

  it('patches only what is sent and keeps the rest', async () => {
    const res = await inject('PATCH', `/api/admin/jobs/${ids.jobIds[0]}`, {
      headcount: 8,
      salary: { min: 5000, unit: 'month' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      headcount: 8,
      title: '电子装配普工',
      salary: { min: 5000, unit: 'month' },
    })
    const audit = hub.stores.audit.list({ entityId: ids.jobIds[0], action: 'update' }, 0, 1).items[0]!
    expect((audit.before as { headcount: number }).headcount).toBe(20)
    expect((audit.after as { headcount: number }).headcount).toBe(8)
  })

  it('names every bad field of a job, nested ones with dotted paths, and stores nothing', async () => {
    const rev = hub.stores.content.rev()
    const res = await inject('POST', '/api/admin/jobs', {
      ...jobBody(ids.employerId),
      title: '',
      salary: { min: -5, unit: 'year' },
      headcount: 0,
      benefits: ['spa'],
    })
    expect(res.statusCode).toBe(400)
    const paths = res.json().fields.map((f: { path: string }) => f.path)
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'salary.min', 'salary.unit', 'headcount', 'benefits.0']),
    )
    expect(hub.stores.content.rev()).toBe(rev)
  })

  it('refuses references to things that do not exist, and inconsistent ranges', async () => {
    const res = await inject(
      'POST',
      '/api/admin/jobs',
      jobBody('emp-nope', { ageMin: 50, ageMax: 30, salary: { min: 6000, max: 5000, unit: 'month' } }),
    )
    expect(res.statusCode).toBe(400)
    expect(res.json().fields.map((f: { path: string }) => f.path)).toEqual([
      'employerId',
      'ageMax',
      'salary.max',
    ])
    const fair = await inject('POST', '/api/admin/fairs', {
      title: '夜市招聘',
      kind: 'night-market',
      venueId: 'venue-nope',
      startsAt: inDays(2),
      endsAt: inDays(1),
      booths: [{ number: 'B1', employerId: ids.employerId, jobIds: ['job-nope'] }],
      sessions: [],
      status: 'published',
    })
    expect(fair.json().fields.map((f: { path: string }) => f.path)).toEqual([
      'venueId',
      'endsAt',
      'booths.0.jobIds.0',
    ])
  })

  it('strips unknown fields instead of storing them', async () => {
    const res = await inject('POST', '/api/admin/employers', { name: '新厂', secretField: 'x' })
    expect(res.statusCode).toBe(201)
    expect(hub.stores.content.get('employers', res.json().id)).not.toHaveProperty('secretField')
  })

  it('will not delete an employer that still has jobs, or a venue with fairs', async () => {
    expect((await inject('DELETE', `/api/admin/employers/${ids.employerId}`)).statusCode).toBe(409)
    expect((await inject('DELETE', `/api/admin/venues/${ids.venueId}`)).statusCode).toBe(409)
  })

  it('deleting a job also takes it off fair booths, in the same revision', async () => {
    const rev = hub.stores.content.rev()
    const res = await inject('DELETE', `/api/admin/jobs/${ids.jobIds[2]}`)
    expect(res.json()).toEqual({ ok: true, rev: rev + 1 })
    expect(hub.stores.content.get('fairs', ids.fairId)!.booths[0]!.jobIds).not.toContain(ids.jobIds[2])
    expect((await inject('GET', `/api/admin/jobs/${ids.jobIds[2]}`)).statusCode).toBe(404)
  })

  it('lists every kind with search, filters and paging, drafts included', async () => {
    await inject('POST', '/api/admin/jobs', jobBody(ids.employerId, { title: '草稿岗位', status: 'draft' }))
    const drafts = (await inject('GET', '/api/admin/jobs?status=draft')).json()
    expect(drafts.items.map((j: { title: string }) => j.title)).toEqual(['草稿岗位'])
    expect((await inject('GET', `/api/admin/jobs?q=${encodeURIComponent('叉车')}`)).json().total).toBe(1)
    expect((await inject('GET', '/api/admin/jobs?limit=1')).json().items).toHaveLength(1)
    for (const kind of ['employers', 'fairs', 'venues', 'announcements']) {
      const res = await inject('GET', `/api/admin/${kind}`)
      expect(res.statusCode, kind).toBe(200)
      expect(res.json()).toHaveProperty('total')
    }
  })

  it('serves the audit log to admins, newest first, filterable', async () => {
    const res = await inject('GET', '/api/admin/audit?kind=jobs&action=delete')
    expect(res.json().items[0]).toMatchObject({ action: 'delete', entityId: ids.jobIds[2] })
  })

  it('changes and pushes the bureau settings through the content store', async () => {
    const rev = hub.stores.content.rev()
    await hub.stores.content.setSettings({ ...hub.stores.content.settings(), hotline: '0731-12345678' })
    expect(hub.stores.content.rev()).toBe(rev + 1)
    expect((await hub.app.inject('/api/catalog')).json().settings.hotline).toBe('0731-12345678')
  })

  it('replaces every field with PUT, which is how a form clears an optional one', async () => {
    const created = (
      await inject('POST', '/api/admin/jobs', jobBody(ids.employerId, { hours: '8:00-17:00' }))
    ).json()
    const { id, createdAt, updatedAt: _u, rev: _r, hours: _h, ...rest } = created
    const res = await inject('PUT', `/api/admin/jobs/${id}`, { ...rest, headcount: 2 })
    expect(res.statusCode).toBe(200)
    const stored = hub.stores.content.get('jobs', id)!
    expect(stored.hours).toBeUndefined()
    expect(stored).toMatchObject({ headcount: 2, createdAt })
    // PUT is checked against the full input schema: a missing required field is refused.
    const { title: _t, ...untitled } = rest
    const bad = await inject('PUT', `/api/admin/jobs/${id}`, untitled)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toContain('title')
  })

  it('filters a list by category and by kind', async () => {
    const gig = (await inject('GET', '/api/admin/jobs?category=gig')).json()
    expect(gig.total).toBeGreaterThan(0)
    expect(gig.items.every((j: { category: string }) => j.category === 'gig')).toBe(true)
    const halls = (await inject('GET', '/api/admin/venues?kind=service-hall')).json()
    expect(halls.items.every((v: { kind: string }) => v.kind === 'service-hall')).toBe(true)
    expect((await inject('GET', '/api/admin/venues?kind=mall')).json().total).toBe(0)
  })
})
