// The QR codes and the phone pages as a visitor's phone meets them: plain HTTP against the real hub
// (the browser tests in tests/e2e/phone.test.ts drive the same pages in Chromium).
import { Writable } from 'node:stream'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Fair, Job } from '../../content/model.ts'
import { LOG_REDACT } from '../../server/app.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { decodeQr } from '../helpers/qr.ts'

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }
let serial = 0
/** A fresh mainland mobile number per call, so tests do not meet each other's limits. */
const newPhone = () => `139${String(Date.now() % 1e4).padStart(4, '0')}${String(++serial).padStart(4, '0')}`

describe('QR codes and phone pages', () => {
  let hub: TestHub
  let jobs: Job[]
  let fair: Fair
  const lines: string[] = []
  const post = (
    url: string,
    form: Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ) => {
    const body = new URLSearchParams()
    for (const [k, v] of Object.entries(form)) for (const one of [v].flat()) body.append(k, one)
    return hub.app.inject({ method: 'POST', url, headers: { ...FORM, ...headers }, payload: body.toString() })
  }
  const clientIdOf = (html: string) => html.match(/name="clientId" value="([^"]+)"/)![1]!
  const codeOf = (html: string) => html.match(/class="code">(\d{6})</)?.[1]

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    hub = await startHub({ logger: { level: 'info', redact: LOG_REDACT, stream } })
    const snapshot = hub.stores.content.snapshot()
    jobs = snapshot.jobs
    fair = snapshot.fairs.find((f) => f.id === 'fair-caravan')!
  })
  afterAll(() => hub.close())

  describe('QR codes', () => {
    it('encode the phone page with the device or poster that showed them, as PNG and SVG', async () => {
      const job = jobs[0]!
      const png = await hub.app.inject(`/qr/job/${job.id}.png?device=screen-1`)
      expect(png.statusCode).toBe(200)
      expect(png.headers['content-type']).toBe('image/png')
      expect(decodeQr(png.rawPayload)).toBe(`http://hub.test:8080/m/job/${job.id}?d=screen-1`)
      const poster = await hub.app.inject(`/qr/fair/${fair.id}.png?poster=poster-7`)
      expect(decodeQr(poster.rawPayload)).toBe(`http://hub.test:8080/m/fair/${fair.id}?p=poster-7`)
      const general = await hub.app.inject('/qr/register.png?device=kiosk-2')
      expect(decodeQr(general.rawPayload)).toBe('http://hub.test:8080/m?d=kiosk-2')

      const svg = await hub.app.inject(`/qr/job/${job.id}.svg?device=screen-1`)
      expect(svg.headers['content-type']).toMatch(/image\/svg\+xml/)
      expect(svg.body).toMatch(/^<svg/)
      expect((await hub.app.inject(`/qr/job/${job.id}.svg?device=screen-2`)).body).not.toBe(svg.body)
      expect((await hub.app.inject('/qr/register.svg')).statusCode).toBe(200)
    })

    it('are made once and kept (the same bytes every time)', async () => {
      const a = await hub.app.inject(`/qr/fair/${fair.id}.png?device=screen-9`)
      const b = await hub.app.inject(`/qr/fair/${fair.id}.png?device=screen-9`)
      expect(b.rawPayload.equals(a.rawPayload)).toBe(true)
      expect(a.headers['cache-control']).toMatch(/max-age/)
    })

    it('answer 404 for a job that does not exist and 400 for a bad source', async () => {
      expect((await hub.app.inject('/qr/job/job-nope.svg')).statusCode).toBe(404)
      expect((await hub.app.inject('/qr/job/job-nope.gif')).statusCode).toBe(400)
      expect((await hub.app.inject(`/qr/job/${jobs[0]!.id}.svg?device=a%20b`)).statusCode).toBe(400)
    })
  })

  describe('pages', () => {
    it('a job page is whole HTML in Chinese: the job, employer, address, whom to call and the form', async () => {
      const job = jobs.find((j) => j.duties && j.address)!
      const res = await hub.app.inject({
        url: `/m/job/${job.id}?d=screen-a`,
        headers: { 'accept-encoding': 'gzip' },
      })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-encoding']).toBe('gzip')
      const html = gunzipSync(res.rawPayload).toString('utf8')
      expect(html).toContain('<html lang="zh-CN">')
      const employer = hub.stores.content.get('employers', job.employerId)!
      for (const text of [job.title, employer.name, job.address!, job.duties!, '咨询电话', '提交登记']) {
        expect(html).toContain(text)
      }
      expect(html).toMatch(/<form[^>]*method="post"[^>]*action="\/m\/register"/)
      expect(html).toContain('name="d" value="screen-a"')
      for (const label of ['姓名', '手机号码', '性别', '年龄段', '所在乡镇', '想找哪类工作', '备注']) {
        expect(html).toContain(label)
      }
      // The privacy notice in plain words: what, why, how long, who, how to withdraw.
      for (const words of ['保存什么', '为什么', '保存多久：最多365天', '谁能看到', '怎么撤回']) {
        expect(html).toContain(words)
      }
      expect(res.headers['cache-control']).toBe('no-store')
    })

    it('stays small: under 50 KB in all, the script under 15 KB gzipped', async () => {
      for (const url of ['/m', `/m/job/${jobs[0]!.id}`, '/m/fair/fair-spring', '/m/lookup']) {
        const res = await hub.app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
        expect(res.rawPayload.length, url).toBeLessThan(50 * 1024)
        const html = gunzipSync(res.rawPayload).toString('utf8')
        const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('')
        expect(gzipSync(scripts).length, url).toBeLessThan(15 * 1024)
        expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/)
      }
    })

    it('a fair page gives date, hours, venue, directions and its employers with jobs to tick', async () => {
      const res = await hub.app.inject(`/m/fair/${fair.id}`)
      expect(res.statusCode).toBe(200)
      const venue = hub.stores.content.get('venues', fair.venueId!)!
      expect(res.body).toContain(fair.title)
      expect(res.body).toContain(venue.name)
      if (venue.directions) expect(res.body).toContain(venue.directions)
      expect(res.body).toMatch(/\d{2}:\d{2}–\d{2}:\d{2}/)
      const ticks = fair.booths.flatMap((b) => b.jobIds).filter((id) => jobs.some((j) => j.id === id))
      expect(res.body.match(/type="checkbox" name="jobIds"/g)).toHaveLength(ticks.length)
      expect(res.body).toContain('号展位')
      expect(res.body).toContain('登记参加本场招聘会')
    })

    it('the general page lists fairs and jobs, with the source carried into every link', async () => {
      const res = await hub.app.inject('/m?d=kiosk-3')
      expect(res.statusCode).toBe(200)
      expect(res.body).toContain('三步完成登记')
      expect(res.body).toContain(`href="/m/fair/${fair.id}?d=kiosk-3&#38;n=1"`)
      expect(res.body).toContain(`href="/m/job/${jobs[0]!.id}?d=kiosk-3&#38;n=1"`)
      expect(res.body).toContain('href="/m/lookup"')
    })

    it('switches to English with ?lang=en and keeps it in a cookie', async () => {
      const job = jobs[0]!
      const zh = await hub.app.inject(`/m/job/${job.id}?d=screen-a`)
      expect(zh.body).toContain(`href="/m/job/${job.id}?d=screen-a&#38;n=1&#38;lang=en"`)
      const en = await hub.app.inject(`/m/job/${job.id}?d=screen-a&n=1&lang=en`)
      expect(en.body).toContain('<html lang="en">')
      expect(en.body).toContain('Mobile number')
      expect(en.body).toContain('How we use your details')
      const cookie = en.cookies.find((c) => c.name === 'jh_lang')!
      expect(cookie.value).toBe('en')
      const next = await hub.app.inject({ url: `/m/fair/${fair.id}`, headers: { cookie: `jh_lang=en` } })
      expect(next.body).toContain('<html lang="en">')
      expect(next.body).toContain('Register for this job fair')
    })

    it('says plainly when a job or fair is no longer open', async () => {
      const job = await hub.app.inject('/m/job/job-gone')
      expect(job.statusCode).toBe(404)
      expect(job.body).toContain('已招满或已下架')
      const old = await hub.app.inject('/m/fair/fair-lights')
      expect(old.statusCode).toBe(404)
      expect(old.body).toContain('已结束')
    })

    it('counts a scan per source and page, but not the pages’ own links or the language switch', async () => {
      const job = jobs[3]!
      const key = `scan|screen-count|job|${job.id}`
      await hub.app.inject(`/m/job/${job.id}?d=screen-count`)
      await hub.app.inject(`/m/job/${job.id}?d=screen-count&from=singlemessage`)
      await hub.app.inject(`/m/job/${job.id}?d=screen-count&n=1`)
      await hub.app.inject(`/m/job/${job.id}?d=screen-count&n=1&lang=en`)
      expect(hub.app.metrics.day().get(key)).toBe(2)
      await hub.app.inject('/m?p=poster-count')
      expect(hub.app.metrics.day().get('scan|poster-count||')).toBe(1)
    })
  })

  describe('registering', () => {
    it('posts the form and answers with the code, what happens next, attributed to the device', async () => {
      const job = jobs[1]!
      const page = (await hub.app.inject(`/m/job/${job.id}?d=screen-1`)).body
      const phone = newPhone()
      const form = {
        clientId: clientIdOf(page),
        d: 'screen-1',
        jobIds: job.id,
        name: '王师傅',
        phone: `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
        gender: 'male',
        ageBand: '45-54',
        township: '白沙镇',
        wants: ['manufacturing', 'logistics'],
        training: 'true',
        note: '想找离家近的',
        consent: 'true',
      }
      const res = await post('/m/register', form)
      expect(res.statusCode).toBe(201)
      expect(res.body).toContain('登记成功')
      expect(res.body).toContain('接下来')
      expect(res.body).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`)
      const code = codeOf(res.body)
      expect(code).toMatch(/^\d{6}$/)
      const stored = hub.stores.registrations.byPhone(phone)[0]!
      expect(stored).toMatchObject({
        code,
        jobIds: [job.id],
        name: '王师傅',
        gender: 'male',
        ageBand: '45-54',
        township: '白沙镇',
        wants: ['manufacturing', 'logistics'],
        training: true,
        note: '想找离家近的',
        source: { channel: 'phone', device: 'screen-1' },
      })

      // Replay (the same page sent twice): the first answer again, nothing new stored.
      const again = await post('/m/register', form)
      expect(again.statusCode).toBe(200)
      expect(codeOf(again.body)).toBe(code)
      expect(hub.stores.registrations.byPhone(phone)).toHaveLength(1)

      // Duplicate (a new page, the same phone and job): told so, and the code is not shown to
      // whoever typed the number.
      const page2 = (await hub.app.inject(`/m/job/${job.id}`)).body
      const dup = await post('/m/register', { ...form, clientId: clientIdOf(page2) })
      expect(dup.statusCode).toBe(200)
      expect(dup.body).toContain('您已登记过')
      expect(codeOf(dup.body)).toBeUndefined()
      expect(dup.body).not.toContain(code)
      expect(hub.stores.registrations.byPhone(phone)).toHaveLength(1)
    })

    it('a page sent back with another number registers that number (not a replay)', async () => {
      const job = jobs[2]!
      const page = (await hub.app.inject(`/m/job/${job.id}`)).body
      const base = { clientId: clientIdOf(page), jobIds: job.id, consent: 'true' }
      const first = newPhone()
      const second = newPhone()
      expect((await post('/m/register', { ...base, phone: first })).statusCode).toBe(201)
      expect((await post('/m/register', { ...base, phone: second })).statusCode).toBe(201)
      expect(hub.stores.registrations.byPhone(second)).toHaveLength(1)
    })

    it('names every bad field in plain Chinese, keeps what was typed, and answers 400', async () => {
      const job = jobs[0]!
      const bad = {
        clientId: 'abcdefgh12345',
        jobIds: job.id,
        name: '赵'.repeat(41),
        phone: '12345',
        gender: 'other',
        ageBand: '99+',
        township: '火星镇',
        wants: 'astronaut',
        note: '长'.repeat(301),
      }
      const res = await post('/m/register', bad)
      expect(res.statusCode).toBe(400)
      const expected = {
        phone: '请填写11位手机号码',
        consent: '请阅读上面的说明，并勾选同意',
        name: '姓名请不超过40个字',
        gender: '请选择男或女',
        ageBand: '请从列表中选择年龄段',
        township: '请从列表中选择乡镇',
        wants: '请从列表中选择想找的工作',
        note: '备注请不超过300个字',
      }
      for (const [field, text] of Object.entries(expected)) {
        expect(res.body, field).toContain(`id="${field}-error">${text}`)
      }
      expect(res.body).toContain('有8处需要修改')
      expect(res.body).toMatch(/role="alert"/)
      expect(res.body).toMatch(/id="phone"[^>]*value="12345"[^>]*aria-invalid="true"/)
      expect(res.body).toContain(`value="${'赵'.repeat(41)}"`)
      expect(res.body).toContain('长'.repeat(301))

      // In English too.
      const en = await post('/m/register', { ...bad, lang: 'en' })
      expect(en.body).toContain('Enter an 11-digit mobile number')
    })

    it('refuses a job that is gone and a job page sent without its job', async () => {
      const gone = await post('/m/register', {
        clientId: 'gonegone1234',
        jobIds: 'job-gone',
        phone: newPhone(),
        consent: 'true',
      })
      expect(gone.statusCode).toBe(400)
      expect(gone.body).toContain('已经结束')
      const none = await post('/m/register', { clientId: 'nonenone1234', phone: newPhone(), consent: 'true' })
      expect(none.statusCode).toBe(400)
    })

    it('registers for a fair with several jobs, then more jobs there in one tap', async () => {
      const picks = fair.booths.flatMap((b) => b.jobIds).slice(0, 3)
      const page = (await hub.app.inject(`/m/fair/${fair.id}?d=screen-fair`)).body
      const phone = newPhone()
      const res = await post('/m/register', {
        clientId: clientIdOf(page),
        fairId: fair.id,
        d: 'screen-fair',
        jobIds: picks.slice(0, 2),
        phone,
        name: '李大姐',
        ageBand: '55+',
        consent: 'true',
      })
      expect(res.statusCode).toBe(201)
      expect(hub.stores.registrations.byPhone(phone)[0]).toMatchObject({
        fairId: fair.id,
        jobIds: picks.slice(0, 2),
      })
      expect(res.body).toContain('招聘会当天请带上身份证')

      // The confirmation's button posts the person's details to the fair page, which comes back filled in.
      const more = res.body.match(/<form method="post" action="(\/m\/fair\/[^"]+)">([\s\S]*?)<\/form>/)!
      const carried = Object.fromEntries(
        [...more[2]!.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
      )
      expect(carried).toMatchObject({
        phone,
        name: '李大姐',
        ageBand: '55+',
        d: 'screen-fair',
        consent: 'true',
      })
      const filled = await post(more[1]!, carried)
      expect(filled.statusCode).toBe(200)
      expect(filled.body).toMatch(new RegExp(`id="phone"[^>]*value="${phone}"`))
      expect(filled.body).toContain('value="李大姐"')
      expect(filled.body).toMatch(/value="55\+" id="ageBand-4" checked/)
      expect(clientIdOf(filled.body)).not.toBe(clientIdOf(page))
      const second = await post('/m/register', {
        ...carried,
        clientId: clientIdOf(filled.body),
        fairId: fair.id,
        jobIds: picks[2]!,
      })
      expect(second.statusCode).toBe(201)
      expect(hub.stores.registrations.byPhone(phone)).toHaveLength(2)
    })

    it('counts toward the funnel staff see: shown -> scanned -> registered per screen and job', async () => {
      const job = jobs[5]!
      hub.app.metrics.add('qr-shown', 'screen-funnel', 'job', job.id, 40)
      const page = (await hub.app.inject(`/m/job/${job.id}?d=screen-funnel`)).body
      await hub.app.inject(`/m/job/${job.id}?d=screen-funnel`)
      await post('/m/register', {
        clientId: clientIdOf(page),
        d: 'screen-funnel',
        jobIds: job.id,
        phone: newPhone(),
        consent: 'true',
      })
      const stats = await hub.app.inject({
        url: '/api/admin/stats',
        headers: { cookie: await signIn(hub.app) },
      })
      expect(stats.json().today.funnel).toContainEqual({
        source: 'screen-funnel',
        kind: 'job',
        id: job.id,
        shown: 40,
        scanned: 2,
        registered: 1,
      })
    })
  })

  describe('looking up and withdrawing', () => {
    it('finds one’s own registration with phone and code, and withdraws it', async () => {
      const job = jobs[6]!
      const phone = newPhone()
      const page = (await hub.app.inject(`/m/job/${job.id}`)).body
      const done = await post('/m/register', {
        clientId: clientIdOf(page),
        jobIds: job.id,
        phone,
        name: '陈',
        consent: 'true',
      })
      const code = codeOf(done.body)!

      expect((await hub.app.inject('/m/lookup')).body).toContain('登记码')
      const found = await post('/m/lookup', { phone, code })
      expect(found.statusCode).toBe(200)
      expect(found.body).toContain(job.title)
      expect(found.body).toContain('新登记')
      expect(found.body).toContain(`${phone.slice(0, 3)}****${phone.slice(7)}`)
      expect(found.body).toContain('撤回这条登记')

      const withdrawn = await post('/m/withdraw', { phone, code })
      expect(withdrawn.statusCode).toBe(200)
      expect(withdrawn.body).toContain('已撤回登记')
      const stored = hub.stores.registrations.byPhone(phone)[0]!
      expect(stored.status).toBe('withdrawn')
      expect(stored.name).toBeUndefined()
      const after = await post('/m/lookup', { phone, code })
      expect(after.body).toContain('已撤回')
      expect(after.body).not.toContain('撤回这条登记')
    })

    it('says so for a wrong code and names a malformed one', async () => {
      const notFound = await post('/m/lookup', { phone: newPhone(), code: '000000' })
      expect(notFound.statusCode).toBe(404)
      expect(notFound.body).toContain('没有找到这条登记')
      const bad = await post('/m/lookup', { phone: '123', code: '12' })
      expect(bad.statusCode).toBe(400)
      expect(bad.body).toContain('id="phone-error"')
      expect(bad.body).toContain('请填写6位数字登记码')
    })
  })

  describe('limits', () => {
    it('stops one phone after 30 registrations an hour, with a page that says what to do', async () => {
      const phone = newPhone()
      let last = 0
      for (const job of jobs.slice(0, 31)) {
        const res = await post('/m/register', {
          clientId: `limit-${job.id}-x`,
          jobIds: job.id,
          phone,
          consent: 'true',
        })
        last = res.statusCode
        if (last === 429) {
          expect(res.body).toContain('提交得太频繁了')
          break
        }
      }
      expect(last).toBe(429)
      expect(hub.stores.registrations.byPhone(phone)).toHaveLength(30)
    })

    it('stops one source device after 120 a minute, but not other devices', async () => {
      const job = jobs[7]!
      const statuses: number[] = []
      for (let i = 0; i < 121; i++) {
        const res = await post('/m/register', {
          clientId: `device-${i}-xyz`,
          d: 'screen-flood',
          jobIds: job.id,
          phone: newPhone(),
          consent: 'true',
        })
        statuses.push(res.statusCode)
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(120)
      expect(statuses.at(-1)).toBe(429)
      const other = await post('/m/register', {
        clientId: 'device-other-xyz',
        d: 'screen-calm',
        jobIds: job.id,
        phone: newPhone(),
        consent: 'true',
      })
      expect(other.statusCode).toBe(201)
    })

    it('has a generous ceiling per address (a venue behind one NAT), then answers with a page', async () => {
      const from = { 'x-forwarded-for': '203.0.113.9' }
      let status = 0
      let count = 0
      while (status !== 429 && count < 700) {
        status = (
          await post('/m/register', { clientId: 'nat-test-1234', phone: '1', jobIds: jobs[0]!.id }, from)
        ).statusCode
        count++
      }
      expect(count).toBe(601)
      const limited = await post('/m/register', {}, from)
      expect(limited.statusCode).toBe(429)
      expect(limited.headers['content-type']).toMatch(/text\/html/)
      expect(limited.body).toContain('提交得太频繁了')
      // Another address is not affected.
      expect(
        (
          await post(
            '/m/register',
            { clientId: 'nat-other-1234', phone: '1', jobIds: jobs[0]!.id },
            { 'x-forwarded-for': '203.0.113.10' },
          )
        ).statusCode,
      ).toBe(400)
    })
  })

  it('never writes a full phone number into a log line', async () => {
    const text = lines.join('')
    expect(lines.length).toBeGreaterThan(10)
    // Every phone used above starts 139 + a 4-digit stamp: none may appear whole.
    expect(text).not.toMatch(/(?<![\d.])139\d{8}(?!\d)/)
  })
})
