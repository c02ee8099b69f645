import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('QR codes and phone pages', () => {
  let hub: TestHub
  let ids: Seeded
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    ids = await seed(hub.app, await signIn(hub.app))
  })
  afterAll(() => hub.close())

  it('serves a QR code as SVG for a job and a fair, 404 for unknown ones', async () => {
    const job = await hub.app.inject(`/qr/job/${ids.jobIds[0]}.svg?device=kiosk-abc`)
    expect(job.statusCode).toBe(200)
    expect(job.headers['content-type']).toMatch(/image\/svg\+xml/)
    expect(job.body).toMatch(/^<svg/)
    const other = await hub.app.inject(`/qr/job/${ids.jobIds[0]}.svg?device=screen-xyz`)
    expect(other.body).not.toBe(job.body)
    expect((await hub.app.inject(`/qr/fair/${ids.fairId}.svg`)).statusCode).toBe(200)
    expect((await hub.app.inject('/qr/job/job-nope.svg')).statusCode).toBe(404)
    expect((await hub.app.inject('/qr/register.svg')).statusCode).toBe(200)
  })

  it('renders a job page in Chinese with a form that works without JavaScript', async () => {
    const res = await hub.app.inject(`/m/job/${ids.jobIds[0]}?d=kiosk-abc`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<html lang="zh-CN">')
    expect(res.body).toContain('电子装配普工')
    expect(res.body).toContain('4500–6000 元/月')
    expect(res.body).toMatch(/<form[^>]*method="post"[^>]*action="\/m\/register"/)
    expect(res.body).toContain('name="d" value="kiosk-abc"')
    expect(hub.app.metrics.day().get(`scan|kiosk-abc|job|${ids.jobIds[0]}`)).toBe(1)
  })

  it('posts the form and answers with a confirmation code, attributed to the device', async () => {
    const page = (await hub.app.inject(`/m/job/${ids.jobIds[1]}?d=screen-1`)).body
    const clientId = page.match(/name="clientId" value="([^"]+)"/)![1]!
    const form = new URLSearchParams({
      clientId,
      d: 'screen-1',
      jobIds: ids.jobIds[1]!,
      name: '王师傅',
      phone: '138 1234 5679',
      gender: 'male',
      consent: 'true',
    })
    const res = await hub.app.inject({
      method: 'POST',
      url: '/m/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    })
    expect(res.statusCode).toBe(201)
    expect(res.body).toContain('登记成功')
    const code = res.body.match(/class="code">(\d{6})</)![1]
    const stored = hub.stores.registrations.byPhone('13812345679')[0]!
    expect(stored).toMatchObject({ code, source: { channel: 'phone', device: 'screen-1' }, name: '王师傅' })
    const again = await hub.app.inject({
      method: 'POST',
      url: '/m/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    })
    expect(again.statusCode).toBe(200)
    expect(hub.stores.registrations.byPhone('13812345679')).toHaveLength(1)
  })

  it('shows field errors in plain Chinese and keeps what was typed', async () => {
    const form = new URLSearchParams({
      clientId: 'abcdefgh12345',
      jobIds: ids.jobIds[0]!,
      name: '赵阿姨',
      phone: '12345',
    })
    const res = await hub.app.inject({
      method: 'POST',
      url: '/m/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('请填写11位手机号码')
    expect(res.body).toContain('请阅读并勾选同意')
    expect(res.body).toContain('value="赵阿姨"')
    expect(res.body).toContain('value="12345"')
  })

  it('renders a fair page where several jobs can be picked', async () => {
    const res = await hub.app.inject(`/m/fair/${ids.fairId}`)
    expect(res.statusCode).toBe(200)
    expect(res.body.match(/type="checkbox" name="jobIds"/g)).toHaveLength(3)
    const form = new URLSearchParams({
      clientId: 'fairform-123456',
      fairId: ids.fairId,
      phone: '13600001111',
      consent: 'true',
    })
    form.append('jobIds', ids.jobIds[0]!)
    form.append('jobIds', ids.jobIds[1]!)
    const posted = await hub.app.inject({
      method: 'POST',
      url: '/m/register',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form.toString(),
    })
    expect(posted.statusCode).toBe(201)
    expect(hub.stores.registrations.byPhone('13600001111')[0]).toMatchObject({
      fairId: ids.fairId,
      jobIds: [ids.jobIds[0], ids.jobIds[1]],
    })
  })

  it('says plainly when a job is no longer open', async () => {
    const res = await hub.app.inject('/m/job/job-gone')
    expect(res.statusCode).toBe(404)
    expect(res.body).toContain('已招满或已下架')
  })
})
