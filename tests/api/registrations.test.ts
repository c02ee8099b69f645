import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

let serial = 0
const clientId = () => `client-${Date.now()}-${++serial}`

describe('POST /api/registrations', () => {
  let hub: TestHub
  let ids: Seeded
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    ids = await seed(hub.app, await signIn(hub.app))
  })
  afterAll(() => hub.close())
  const register = (payload: object) => hub.app.inject({ method: 'POST', url: '/api/registrations', payload })

  it('stores a registration and answers 201 with an id and a 6-digit code', async () => {
    const res = await register({
      clientId: clientId(),
      phone: '13812345678',
      consent: true,
      jobIds: [ids.jobIds[0]],
      name: '张先生',
      gender: 'male',
    })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body).toEqual({ id: expect.stringMatching(/^reg-/), code: expect.stringMatching(/^\d{6}$/) })
    const stored = hub.stores.registrations.get(body.id)!
    expect(stored).toMatchObject({
      phone: '13812345678',
      jobIds: [ids.jobIds[0]],
      status: 'new',
      source: { channel: 'phone' },
    })
    expect(hub.stores.registrations.countToday({ kind: 'job', id: ids.jobIds[0]! })).toBe(1)
  })

  it('answers a replay of the same clientId with the first answer, storing nothing new', async () => {
    const payload = { clientId: clientId(), phone: '13900000001', consent: true, fairId: ids.fairId }
    const first = await register(payload)
    const count = hub.stores.registrations.count()
    const again = await register(payload)
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual(first.json())
    expect(hub.stores.registrations.count()).toBe(count)
  })

  it('refuses a clientId reused with another phone', async () => {
    const id = clientId()
    await register({ clientId: id, phone: '13900000002', consent: true, fairId: ids.fairId })
    const res = await register({ clientId: id, phone: '13900000003', consent: true, fairId: ids.fairId })
    expect(res.statusCode).toBe(409)
  })

  it('answers the same phone for the same job with the first registration, marked duplicate, without its code', async () => {
    const first = (
      await register({ clientId: clientId(), phone: '13700000001', consent: true, jobIds: [ids.jobIds[1]] })
    ).json()
    const res = await register({
      clientId: clientId(),
      phone: '13700000001',
      consent: true,
      jobIds: [ids.jobIds[1]],
    })
    expect(res.statusCode).toBe(200)
    // Phone and code read and withdraw a registration: someone who only knows the phone number must
    // not learn the code by registering again.
    expect(res.json()).toEqual({ id: first.id, duplicate: true })
    // A new job for the same person is a new registration, holding only the new job.
    const more = await register({
      clientId: clientId(),
      phone: '13700000001',
      consent: true,
      jobIds: [ids.jobIds[1], ids.jobIds[2]],
    })
    expect(more.statusCode).toBe(201)
    expect(hub.stores.registrations.get(more.json().id)!.jobIds).toEqual([ids.jobIds[2]])
  })

  it('names every bad field', async () => {
    const res = await register({
      clientId: 'x',
      phone: '12345',
      consent: false,
      gender: 'other',
      ageBand: '99',
    })
    expect(res.statusCode).toBe(400)
    const paths = res.json().fields.map((f: { path: string }) => f.path)
    expect(paths).toEqual(expect.arrayContaining(['clientId', 'phone', 'consent', 'gender', 'ageBand']))
  })

  it('needs a job or a fair that exists', async () => {
    const none = await register({ clientId: clientId(), phone: '13600000001', consent: true })
    expect(none.statusCode).toBe(400)
    expect(none.json().fields).toEqual([{ path: 'jobIds', message: expect.any(String) }])
    const unknown = await register({
      clientId: clientId(),
      phone: '13600000001',
      consent: true,
      jobIds: ['job-nope'],
      fairId: 'fair-nope',
    })
    expect(unknown.json().fields.map((f: { path: string }) => f.path)).toEqual(['jobIds.0', 'fairId'])
  })

  it('requires consent and a missing consent is named', async () => {
    const res = await register({ clientId: clientId(), phone: '13600000002', jobIds: [ids.jobIds[0]] })
    expect(res.json().fields).toEqual([{ path: 'consent', message: 'is required' }])
  })

  it('limits registrations per phone', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) {
      // Each is withdrawn at once, so the next is a new registration rather than a duplicate.
      const res = await register({
        clientId: clientId(),
        phone: '13500000001',
        consent: true,
        fairId: ids.fairId,
        note: `n${i}`,
      })
      statuses.push(res.statusCode)
      if (res.statusCode === 201)
        await hub.stores.registrations.update(res.json().id, (r) => ({ ...r, status: 'withdrawn' }))
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(30)
    expect(statuses.at(-1)).toBe(429)
  })

  it('lets a visitor look up and withdraw their own registration with phone and code', async () => {
    const { code } = (
      await register({
        clientId: clientId(),
        phone: '13400000001',
        consent: true,
        jobIds: [ids.jobIds[0]],
        name: '李女士',
      })
    ).json()
    const wrong = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations/lookup',
      payload: { phone: '13400000001', code: code === '000000' ? '111111' : '000000' },
    })
    expect(wrong.statusCode).toBe(404)
    const found = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations/lookup',
      payload: { phone: '13400000001', code },
    })
    expect(found.json()).toMatchObject({
      code,
      status: 'new',
      jobs: [{ id: ids.jobIds[0], title: '电子装配普工' }],
    })
    const withdrawn = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations/withdraw',
      payload: { phone: '13400000001', code },
    })
    expect(withdrawn.statusCode).toBe(200)
    const after = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations/lookup',
      payload: { phone: '13400000001', code },
    })
    expect(after.json().status).toBe('withdrawn')
    expect(hub.stores.registrations.get(found.json().id)!.name).toBeUndefined()
  })
})
