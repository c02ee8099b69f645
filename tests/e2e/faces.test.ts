// Each face served by a real hub, opened in Chromium at the size of the device it runs on.
import { mkdir } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, hydrated, launchBrowser } from '../helpers/browser.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'

const SHOTS = 'test-results/screens'

const FACES = [
  { name: 'kiosk', path: '/kiosk', viewport: { width: 1080, height: 1920 }, text: '本机还没有启用' },
  { name: 'screen', path: '/screen', viewport: { width: 1920, height: 1080 }, text: '好岗位 就在家门口' },
  { name: 'admin', path: '/admin', viewport: { width: 1440, height: 900 }, text: '工作人员登录' },
  { name: 'phone', path: '/m', viewport: { width: 390, height: 844 }, text: '三步完成登记' },
] as const

describe('the four faces in Chromium', () => {
  let hub: TestHub
  let browser: Browser
  beforeAll(async () => {
    ;[hub, browser] = await Promise.all([startHub({ listen: true }), launchBrowser()])
    await mkdir(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  for (const face of FACES) {
    it(`${face.name}: Simplified Chinese first, readable, no errors, no serious accessibility problem`, async () => {
      const context = await browser.newContext({ viewport: face.viewport, bypassCSP: true })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      // The admin asks whether someone is signed in; "no" is a 401, which Chromium logs as an error.
      page.on(
        'console',
        (m) => m.type() === 'error' && !m.text().includes('status of 401') && errors.push(m.text()),
      )
      const res = await page.goto(hub.url + face.path)
      expect(res!.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
      await expect.poll(() => page.getByText(face.text).first().isVisible()).toBe(true)
      // Nothing spills off the screen the device is.
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(face.viewport.width)
      expect(await axeScan(page)).toEqual([])
      await page.screenshot({ path: `${SHOTS}/${face.name}.png` })
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('switches the kiosk to English and back, and remembers the choice', async () => {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true })
    const page = await context.newPage()
    await page.goto(hub.url + '/kiosk')
    await hydrated(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
    await page.reload()
    await hydrated(page)
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
    await page.getByRole('button', { name: '中文' }).click()
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN')
    await context.close()
  })

  it('renders a job phone page from the demo at phone size and registers without JavaScript', async () => {
    const job = hub.stores.content.snapshot().jobs[0]!
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
      isMobile: true,
    })
    const page = await context.newPage()
    await page.goto(`${hub.url}/m/job/${job.id}?d=screen-test`)
    await expect.poll(() => page.getByRole('heading', { name: job.title }).isVisible()).toBe(true)
    await page.getByLabel('手机号码').fill('13812345678')
    await page.getByLabel('我已阅读并同意以上说明').check()
    await page.getByRole('button', { name: '提交登记' }).click()
    await expect.poll(() => page.getByText('登记成功').isVisible()).toBe(true)
    expect(await page.locator('.code').textContent()).toMatch(/^\d{6}$/)
    expect(hub.stores.registrations.byPhone('13812345678')[0]).toMatchObject({
      source: { channel: 'phone', device: 'screen-test' },
    })
    await page.screenshot({ path: `${SHOTS}/phone-registered.png` })
    await context.close()
  })
})
