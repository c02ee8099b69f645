// The phone pages in Chromium as a visitor's phone opens them (390x844, mobile emulation): a QR code
// on a screen is scanned, the page opens, the person registers and the screen's live counter moves;
// the same without JavaScript; errors, English, looking up and withdrawing; accessibility on every page.
import { mkdir } from 'node:fs/promises'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Fair, Job } from '../../content/model.ts'
import type { CounterPayload } from '../../server/realtime/events.ts'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { decodeQr } from '../helpers/qr.ts'
import { connectDevice, next, signIn, startHub, type DeviceClient, type TestHub } from '../helpers/hub.ts'

const SHOTS = 'test-results/screens'
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
  locale: 'zh-CN',
  userAgent:
    'Mozilla/5.0 (Linux; Android 10; V2001A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.99 Mobile Safari/537.36 MicroMessenger/8.0.40',
  // axe-core goes in as a script: the hub's Content-Security-Policy would refuse it.
  bypassCSP: true,
}

let serial = 0
const newPhone = () => `137${String(Date.now() % 1e4).padStart(4, '0')}${String(++serial).padStart(4, '0')}`

describe('phone pages in Chromium', () => {
  let hub: TestHub
  let browser: Browser
  let screen: DeviceClient
  let screenId: string
  let job: Job
  let fair: Fair
  const contexts: BrowserContext[] = []
  const noScript = new WeakSet<BrowserContext>()

  async function phone(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ ...PHONE, ...options })
    contexts.push(context)
    if (options.javaScriptEnabled === false) noScript.add(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    ;(page as Page & { errors: string[] }).errors = errors
    return page
  }

  /** Nothing wider than the phone, and nothing axe-core calls serious or critical. */
  async function checkPage(page: Page, width = 390) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    // axe-core is a script: pages opened without JavaScript are scanned in the test below.
    if (!noScript.has(page.context())) expect(await axeScan(page)).toEqual([])
  }

  beforeAll(async () => {
    ;[hub, browser] = await Promise.all([startHub({ listen: true }), launchBrowser()])
    await mkdir(SHOTS, { recursive: true })
    const cookie = await signIn(hub.app)
    const created = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/devices',
      headers: { cookie },
      payload: { name: '火车站大屏', kind: 'screen' },
    })
    const { device, token } = created.json() as { device: { id: string }; token: string }
    screenId = device.id
    screen = connectDevice(hub.url, token)
    await next(screen, 'hello')
    const snapshot = hub.stores.content.snapshot()
    fair = snapshot.fairs.find((f) => f.id === 'fair-caravan')!
    // A job shown at this fair only, so "more jobs at this fair" means this one.
    const elsewhere = new Set(
      snapshot.fairs.filter((f) => f.id !== fair.id).flatMap((f) => f.booths.flatMap((b) => b.jobIds)),
    )
    job = snapshot.jobs.find((j) => fair.booths.some((b) => b.jobIds.includes(j.id)) && !elsewhere.has(j.id))!
  })
  afterAll(async () => {
    screen?.close()
    for (const c of contexts) await c.close().catch(() => {})
    await browser?.close()
    await hub?.close()
  })

  it('scan -> page -> register -> confirmation, counted on the screen within a second', async () => {
    // The code on the screen, as Chromium draws the SVG, decoded like a phone camera would.
    const qr = await phone()
    await qr.goto(`${hub.url}/qr/job/${job.id}.svg?device=${screenId}`)
    const scanned = decodeQr(await qr.screenshot())
    expect(scanned).toBe(`http://hub.test:8080/m/job/${job.id}?d=${screenId}`)

    const page = await phone()
    await page.goto(hub.url + new URL(scanned!).pathname + new URL(scanned!).search)
    await expect.poll(() => page.getByRole('heading', { name: job.title }).isVisible()).toBe(true)
    await checkPage(page)
    await page.screenshot({ path: `${SHOTS}/phone.png` })

    const number = newPhone()
    await page.getByLabel('姓名（可不填）').fill('王建国')
    await page.getByLabel('手机号码').fill(number)
    await page.getByLabel('男', { exact: true }).check()
    await page.getByLabel('45–54岁').check()
    await page.getByLabel('所在乡镇（可不填）').selectOption('白沙镇')
    await page.getByLabel('普工/制造').check()
    await page.getByLabel('我已阅读并同意以上说明').check()
    // With JavaScript the phone offers to remember the details.
    await page.getByLabel('在这部手机上记住我填的信息，下次不用再填').check()

    const counted = new Promise<{ payload: CounterPayload; at: number }>((resolve) => {
      const onCounter = (payload: CounterPayload) => {
        if (payload.kind === 'job' && payload.id === job.id) {
          screen.off('counter', onCounter)
          resolve({ payload, at: Date.now() })
        }
      }
      screen.on('counter', onCounter)
    })
    const sentAt = Date.now()
    await page.getByRole('button', { name: '提交登记' }).click()
    const { payload, at } = await counted
    expect(at - sentAt).toBeLessThan(1000)
    expect(payload.registrations).toBeGreaterThanOrEqual(1)

    await expect.poll(() => page.getByRole('heading', { name: '登记成功' }).isVisible()).toBe(true)
    const code = (await page.locator('.code').textContent())!
    expect(code).toMatch(/^\d{6}$/)
    expect(await page.getByText(`${number.slice(0, 3)}****${number.slice(7)}`).isVisible()).toBe(true)
    expect(hub.stores.registrations.byPhone(number)[0]).toMatchObject({
      code,
      name: '王建国',
      source: { channel: 'phone', device: screenId },
    })
    // The full number is in no address the browser went through.
    expect(page.url()).not.toContain(number)
    await checkPage(page)
    await page.screenshot({ path: `${SHOTS}/phone-job-registered.png` })

    // One tap to the same fair with the details filled in: tick another job and send.
    await page.getByRole('button', { name: '一键登记本场其他岗位' }).click()
    await expect.poll(() => page.getByRole('heading', { name: fair.title }).isVisible()).toBe(true)
    expect(await page.getByLabel('手机号码').inputValue()).toBe(number)
    const other = hub.stores.content.get(
      'jobs',
      fair.booths.flatMap((b) => b.jobIds).find((id) => id !== job.id)!,
    )!
    await page.getByLabel(new RegExp(other.title.replace(/[()（）]/g, '.'))).check()
    await page.getByRole('button', { name: '提交登记' }).click()
    await expect.poll(() => page.getByRole('heading', { name: '登记成功' }).isVisible()).toBe(true)
    expect(hub.stores.registrations.byPhone(number).map((r) => r.jobIds)).toContainEqual([other.id])

    // The next page this phone opens is filled in from what it remembered.
    const later = await page.context().newPage()
    await later.goto(`${hub.url}/m/job/${jobsNotAt(fair)[0]!.id}`)
    expect(await later.getByLabel('手机号码').inputValue()).toBe(number)
    expect(await later.getByLabel('姓名（可不填）').inputValue()).toBe('王建国')
    expect(await later.getByLabel('45–54岁').isChecked()).toBe(true)
    expect(await later.getByLabel('我已阅读并同意以上说明').isChecked()).toBe(false)
    expect((page as Page & { errors: string[] }).errors).toEqual([])
  })

  function jobsNotAt(f: Fair): Job[] {
    const at = new Set(f.booths.flatMap((b) => b.jobIds))
    return hub.stores.content.snapshot().jobs.filter((j) => !at.has(j.id))
  }

  it('works without JavaScript: a fair, several jobs, errors that keep what was typed', async () => {
    const page = await phone({ javaScriptEnabled: false })
    await page.goto(`${hub.url}/m/fair/${fair.id}?d=${screenId}`)
    await expect.poll(() => page.getByRole('heading', { name: fair.title }).isVisible()).toBe(true)
    await checkPage(page)
    await page.screenshot({ path: `${SHOTS}/phone-fair.png`, fullPage: false })
    // No "remember me" without a script to do the remembering.
    expect(await page.locator('#remember-box').isVisible()).toBe(false)

    const picks = fair.booths.slice(0, 2).map((b) => hub.stores.content.get('jobs', b.jobIds[0]!)!)
    for (const j of picks) await page.getByLabel(new RegExp(j.title.replace(/[()（）]/g, '.'))).check()
    await page.getByLabel('姓名（可不填）').fill('赵阿姨')
    await page.getByLabel('手机号码').fill('1380013')
    await page.getByRole('button', { name: '提交登记' }).click()

    // Every error beside its field and in a summary announced at once; nothing typed is lost.
    await expect.poll(() => page.getByRole('alert').first().isVisible()).toBe(true)
    expect(await page.getByRole('alert').first().textContent()).toContain('有2处需要修改')
    expect(await page.locator('#phone-error').textContent()).toBe('请填写11位手机号码，例如 13812345678')
    expect(await page.locator('#consent-error').textContent()).toBe('请阅读上面的说明，并勾选同意')
    expect(await page.getByLabel('手机号码').getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByLabel('姓名（可不填）').inputValue()).toBe('赵阿姨')
    for (const j of picks) {
      expect(await page.getByLabel(new RegExp(j.title.replace(/[()（）]/g, '.'))).isChecked()).toBe(true)
    }
    await checkPage(page)
    await page.screenshot({ path: `${SHOTS}/phone-errors.png` })

    const number = newPhone()
    await page.getByLabel('手机号码').fill(number)
    await page.getByLabel('我已阅读并同意以上说明').check()
    await page.getByRole('button', { name: '提交登记' }).click()
    await expect.poll(() => page.getByRole('heading', { name: '登记成功' }).isVisible()).toBe(true)
    expect(hub.stores.registrations.byPhone(number)[0]).toMatchObject({
      fairId: fair.id,
      jobIds: picks.map((j) => j.id),
      name: '赵阿姨',
      source: { channel: 'phone', device: screenId },
    })
  })

  it('switches to English and back without JavaScript, comfortable at 360 px', async () => {
    const page = await phone({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    await page.goto(`${hub.url}/m/job/${job.id}`)
    await page.getByRole('link', { name: 'English' }).click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.getByLabel('Mobile number').isVisible()).toBe(true)
    await checkPage(page, 360)
    await page.screenshot({ path: `${SHOTS}/phone-en.png` })
    // The choice holds on the next page (a cookie), then back to Chinese.
    await page.goto(`${hub.url}/m`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await checkPage(page, 360)
    await page.getByRole('link', { name: '中文' }).click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN')
    for (const path of ['/m', `/m/fair/${fair.id}`, '/m/lookup']) {
      await page.goto(hub.url + path)
      await checkPage(page, 360)
    }
  })

  it('looks up and withdraws one’s own registration with phone and code', async () => {
    const number = newPhone()
    const target = jobsNotAt(fair)[1]!
    const page = await phone()
    await page.goto(`${hub.url}/m/job/${target.id}`)
    await page.getByLabel('手机号码').fill(number)
    await page.getByLabel('我已阅读并同意以上说明').check()
    await page.getByRole('button', { name: '提交登记' }).click()
    const code = (await page.locator('.code').textContent())!

    await page.getByRole('link', { name: '查询或撤回登记' }).click()
    // The click starts a navigation; measuring before the new page is in would read no document.
    await page.waitForURL('**/m/lookup')
    await checkPage(page)
    await page.getByLabel('手机号码').fill(number)
    await page.getByLabel('登记码').fill('000000')
    await page.getByRole('button', { name: '查询' }).click()
    await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true)
    expect(await page.getByRole('alert').textContent()).toContain('没有找到这条登记')
    await page.getByLabel('登记码').fill(code)
    await page.getByRole('button', { name: '查询' }).click()
    await expect.poll(() => page.getByText(target.title).isVisible()).toBe(true)
    expect(await page.getByText('新登记').isVisible()).toBe(true)
    await checkPage(page)
    await page.screenshot({ path: `${SHOTS}/phone-lookup.png` })
    expect(page.url()).not.toContain(number)

    await page.getByRole('button', { name: '撤回这条登记' }).click()
    await expect.poll(() => page.getByRole('heading', { name: '已撤回登记' }).isVisible()).toBe(true)
    await checkPage(page)
    expect(hub.stores.registrations.byPhone(number)[0]!.status).toBe('withdrawn')
  })

  it('has no serious accessibility problem on any phone page, errors included, in both languages', async () => {
    const page = await phone()
    for (const lang of ['zh', 'en']) {
      for (const path of ['/m', `/m/job/${job.id}`, `/m/fair/${fair.id}`, '/m/lookup']) {
        await page.goto(`${hub.url}${path}?lang=${lang}`)
        await checkPage(page)
      }
      // Sent empty: the page comes back with its errors.
      await page.goto(`${hub.url}/m/fair/${fair.id}?lang=${lang}`)
      await page.locator('button[type=submit]').click()
      await expect.poll(() => page.locator('#phone-error').isVisible()).toBe(true)
      await checkPage(page)
      await page.goto(`${hub.url}/m/lookup?lang=${lang}`)
      await page.locator('button[type=submit]').click()
      await expect.poll(() => page.locator('#code-error').isVisible()).toBe(true)
      await checkPage(page)
    }
  })
})
