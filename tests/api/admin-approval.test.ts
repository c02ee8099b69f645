// Optional approval: in a township an admin marks for approval, what its operator publishes waits as
// `pending`, reaches no device and no public list, until an editor publishes it. A real hub on a real
// port with a real device socket.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Job, PublicDevice } from '../../content/model.ts'
import type { ChangesPayload } from '../../server/realtime/events.ts'
import { inDays, jobBody, seed, type Seeded } from '../helpers/fixtures.ts'
import {
  connectDevice,
  type DeviceClient,
  signIn,
  staffSession,
  startHub,
  type TestHub,
} from '../helpers/hub.ts'
import { uploadBody } from '../helpers/multipart.ts'
import { record } from '../helpers/socket-events.ts'

describe('optional approval of township operators’ content', () => {
  let hub: TestHub
  let admin: string
  let editor: string
  /** Operator of 白沙镇, which needs approval. */
  let baisha: string
  /** Operator of 城关镇, which does not. */
  let chengguan: string
  let ids: Seeded
  const sockets: DeviceClient[] = []

  const inject = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    cookie: string,
    payload?: object,
  ) => hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
  const publicJobIds = async () => {
    const res = await hub.app.inject({ method: 'GET', url: '/api/jobs?limit=100' })
    return (res.json().items as Job[]).map((j) => j.id)
  }
  /** A paired screen, connected at the hub's current rev, recording every event. */
  const screen = async () => {
    const res = await inject('POST', '/api/admin/devices', admin, { name: '审核测试屏', kind: 'screen' })
    const { device, token } = res.json() as { device: PublicDevice; token: string }
    const socket = connectDevice(hub.url, token, hub.stores.content.rev())
    sockets.push(socket)
    const events = record(socket)
    await events.waitFor('hello')
    /** Resolves once everything the hub sent the device before now has arrived (one socket keeps order). */
    const barrier = async () => {
      const before = events.of('command').length
      await inject('POST', `/api/admin/devices/${device.id}/commands`, admin, { name: 'identify' })
      await events.waitFor('command', () => events.of('command').length > before)
    }
    const opsFor = (id: string) =>
      events.of<ChangesPayload>('changes').flatMap((p) => p.ops.filter((op) => op.id === id))
    return { events, barrier, opsFor }
  }

  beforeAll(async () => {
    hub = await startHub({ demo: false, listen: true })
    admin = await signIn(hub.app)
    ids = await seed(hub.app, admin)
    editor = await staffSession(hub.app, 'editor1', 'editor')
    baisha = await staffSession(hub.app, 'baisha-op', 'operator', ['白沙镇'])
    chengguan = await staffSession(hub.app, 'chengguan-op', 'operator', ['城关镇'])
    const res = await inject('PATCH', '/api/admin/settings', admin, {
      townships: ['城关镇', '白沙镇'],
      approvalTownships: ['白沙镇'],
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().settings.approvalTownships).toEqual(['白沙镇'])
  })
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect()
  })
  afterAll(() => hub.close())

  it('holds a job an operator publishes in an approval township until an editor publishes it', async () => {
    const device = await screen()
    const created = await inject(
      'POST',
      '/api/admin/jobs',
      baisha,
      jobBody(ids.employerId, { title: '白沙砖厂搬运工', township: '白沙镇' }),
    )
    expect(created.statusCode, created.body).toBe(201)
    const job = created.json() as Job & { rev: number }
    // The answer says it is waiting, so the page can tell the operator.
    expect(job.status).toBe('pending')
    expect((await inject('GET', `/api/admin/jobs/${job.id}`, admin)).json().status).toBe('pending')
    expect(await publicJobIds()).not.toContain(job.id)
    await device.barrier()
    expect(device.opsFor(job.id)).toEqual([])

    // The operator cannot approve it by publishing again: it stays pending.
    const again = await inject('PATCH', `/api/admin/jobs/${job.id}`, baisha, {
      status: 'published',
      headcount: 3,
    })
    expect(again.statusCode, again.body).toBe(200)
    expect(again.json()).toMatchObject({ status: 'pending', headcount: 3 })

    // Editors find it under the pending filter.
    const waiting = await inject('GET', '/api/admin/jobs?status=pending', editor)
    expect((waiting.json().items as Job[]).map((j) => j.id)).toEqual([job.id])

    const approved = await inject('PATCH', `/api/admin/jobs/${job.id}`, editor, { status: 'published' })
    expect(approved.statusCode, approved.body).toBe(200)
    expect(approved.json().status).toBe('published')
    expect(await publicJobIds()).toContain(job.id)
    const put = await device.events.waitFor<ChangesPayload>('changes', (p) =>
      p.ops.some((op) => op.id === job.id && op.op === 'put'),
    )
    expect(put.rev).toBe(approved.json().rev)
    // The approval is in the audit log: who, and the status before and after.
    const audit = hub.stores.audit.list({ entityId: job.id, action: 'update' }, 0, 10).items
    expect(audit[0]).toMatchObject({
      username: 'editor1',
      before: expect.objectContaining({ status: 'pending' }),
      after: expect.objectContaining({ status: 'published' }),
    })
  })

  it('takes a published item off devices while an operator’s edit waits for approval', async () => {
    const job = (
      await inject('POST', '/api/admin/jobs', admin, jobBody(ids.employerId, { township: '白沙镇' }))
    ).json()
    expect(job.status).toBe('published')
    const device = await screen()
    const edited = await inject('PATCH', `/api/admin/jobs/${job.id}`, baisha, { title: '改过的标题' })
    expect(edited.json().status).toBe('pending')
    await device.events.waitFor<ChangesPayload>('changes', (p) =>
      p.ops.some((op) => op.id === job.id && op.op === 'delete'),
    )
    expect(await publicJobIds()).not.toContain(job.id)
    // Nor can anyone register for it from a phone in the meantime.
    const reg = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: { clientId: 'approval-test-01', phone: '13812345678', consent: true, jobIds: [job.id] },
    })
    expect(reg.statusCode).toBe(400)
    expect(reg.json().fields).toEqual([{ path: 'jobIds.0', message: `there is no job ${job.id}` }])
  })

  it('holds fairs and announcements too, but not drafts', async () => {
    const fair = await inject('POST', '/api/admin/fairs', baisha, {
      title: '白沙镇夜市招聘',
      kind: 'night-market',
      township: '白沙镇',
      startsAt: inDays(1),
      endsAt: inDays(1.2),
      booths: [],
      sessions: [],
      status: 'published',
    })
    expect(fair.statusCode, fair.body).toBe(201)
    expect(fair.json().status).toBe('pending')
    const notice = await inject('POST', '/api/admin/announcements', baisha, {
      title: '白沙镇技能培训报名',
      body: '报名时间见镇政府公告栏。',
      kind: 'notice',
      township: '白沙镇',
      status: 'published',
    })
    expect(notice.json().status).toBe('pending')
    const draft = await inject(
      'POST',
      '/api/admin/jobs',
      baisha,
      jobBody(ids.employerId, { township: '白沙镇', status: 'draft' }),
    )
    expect(draft.json().status).toBe('draft')
    const fairs = await hub.app.inject({ method: 'GET', url: '/api/fairs' })
    expect(fairs.statusCode).toBe(200)
    expect(fairs.body).not.toContain(fair.json().id)
  })

  it('holds the jobs an operator imports from a table as well', async () => {
    const table =
      '单位名称,岗位名称,岗位类别,招聘人数,薪资待遇,工作地点\r\n' +
      '白沙砖瓦厂,装窑工,普工/制造,4,5000-6000元/月,白沙镇砖瓦厂\r\n' +
      '白沙砖瓦厂,司炉工,普工/制造,2,5500元/月,白沙镇砖瓦厂\r\n'
    const body = await uploadBody(table, 'jobs.csv')
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/import/jobs',
      headers: { cookie: baisha, ...body.headers },
      payload: body.payload,
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json()).toMatchObject({ created: 2, pending: 2 })
    const imported = hub.stores.content
      .list('jobs')
      .filter((j) => j.title === '装窑工' || j.title === '司炉工')
    expect(imported.map((j) => j.status)).toEqual(['pending', 'pending'])
    const shown = await publicJobIds()
    for (const j of imported) expect(shown).not.toContain(j.id)
  })

  it('lets an operator of a township without approval publish directly', async () => {
    const device = await screen()
    const created = await inject(
      'POST',
      '/api/admin/jobs',
      chengguan,
      jobBody(ids.employerId, { title: '城关超市理货员' }),
    )
    expect(created.statusCode, created.body).toBe(201)
    const job = created.json() as Job & { rev: number }
    expect(job.status).toBe('published')
    expect(await publicJobIds()).toContain(job.id)
    await device.events.waitFor<ChangesPayload>('changes', (p) =>
      p.ops.some((op) => op.id === job.id && op.op === 'put'),
    )
  })

  it('lets only admins change which townships need approval, and checks the field', async () => {
    const byEditor = await inject('PATCH', '/api/admin/settings', editor, { approvalTownships: [] })
    expect(byEditor.statusCode).toBe(403)
    const byOperator = await inject('PATCH', '/api/admin/settings', baisha, { approvalTownships: [] })
    expect(byOperator.statusCode).toBe(403)
    const bad = await inject('PATCH', '/api/admin/settings', admin, {
      approvalTownships: ['白沙镇', '白沙镇'],
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toContain('approvalTownships')
    const unknown = await inject('PATCH', '/api/admin/settings', admin, { approvalTownships: ['火星镇'] })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().fields).toEqual([
      { path: 'approvalTownships', message: 'is not a township of the county: 火星镇' },
    ])
    expect((await inject('GET', '/api/admin/settings', editor)).json().settings.approvalTownships).toEqual([
      '白沙镇',
    ])

    // Once 白沙镇 no longer needs approval, its operator publishes directly.
    const off = await inject('PATCH', '/api/admin/settings', admin, { approvalTownships: [] })
    expect(off.statusCode, off.body).toBe(200)
    const job = await inject(
      'POST',
      '/api/admin/jobs',
      baisha,
      jobBody(ids.employerId, { township: '白沙镇' }),
    )
    expect(job.json().status).toBe('published')
  })
})
