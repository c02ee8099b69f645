// The touch kiosk in Chromium against a real hub: the whole flow from the attract loop to a
// registration in the ledger, live changes while browsing, large text, contrast, both orientations,
// accessibility, and a screenshot of each screen for docs/.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'
import { createKiosk, hubEnv, ledger, LANDSCAPE, openKiosk, typePhone } from '../helpers/kiosk.ts'

const DOCS = 'docs'
const PHONE = '13812345678'

/** Every button on the page is at least 64 px tall and wide (the minimum at 1080x1920). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, a')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 64 || box.width < 64))
      .map(({ el, box }) => `${(el.textContent ?? '').trim().slice(0, 20)} ${box.width}x${box.height}`),
  )
}

async function noOverflow(page: Page): Promise<void> {
  const { width, height, vw, vh } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    vw: innerWidth,
    vh: innerHeight,
  }))
  expect(width).toBeLessThanOrEqual(vw)
  expect(height).toBeLessThanOrEqual(vh)
}

async function check(page: Page, shot?: string): Promise<void> {
  expect(await axeScan(page)).toEqual([])
  expect(await smallTargets(page)).toEqual([])
  await noOverflow(page)
  if (shot) await page.screenshot({ path: `${DOCS}/${shot}.png` })
}

describe('the kiosk', () => {
  let hub: TestHub
  let browser: Browser
  let kiosk: { id: string; token: string; cookie: string }
  beforeAll(async () => {
    ;[hub, browser] = await Promise.all([startHub({ listen: true, env: hubEnv() }), launchBrowser()])
    kiosk = await createKiosk(hub)
    await mkdir(DOCS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  it('goes from the attract loop to a registration in the ledger, by touch and keypad only', async () => {
    const { page, errors, close } = await openKiosk(browser, hub.url, kiosk.token)
    await check(page, 'kiosk')

    await page.getByRole('button', { name: '轻触屏幕 找工作' }).click()
    await page.getByRole('heading', { name: '您想做什么？' }).waitFor()
    await check(page, 'kiosk-home')

    // Tap 1: a category, with its live count.
    await page.getByRole('button', { name: /^普工\/制造/ }).click()
    await page.getByRole('heading', { name: '普工/制造' }).waitFor()
    const cards = page.locator('.job-card')
    expect(await cards.count()).toBeGreaterThan(0)
    expect(await cards.count()).toBeLessThanOrEqual(4)
    await check(page, 'kiosk-jobs')
    if (await page.getByRole('button', { name: '下一页' }).isEnabled()) {
      await page.getByRole('button', { name: '下一页' }).click()
      await expect.poll(() => page.locator('.pager__where').textContent()).toMatch(/^第2\//)
      await page.getByRole('button', { name: '上一页' }).click()
    }

    // The filter panel: benefits, then the count on its button follows the choices.
    await page.getByRole('button', { name: '筛选' }).click()
    await page.getByRole('button', { name: '待遇', exact: true }).click()
    await page.getByRole('button', { name: '包吃', exact: true }).click()
    await check(page, 'kiosk-filters')
    await page.getByRole('button', { name: /^看\d+个岗位$/ }).click()
    // The category chosen on home counts as one filter, 包吃 as the second.
    await expect.poll(() => page.getByRole('button', { name: '筛选 (2)' }).isVisible()).toBe(true)
    await page.getByRole('button', { name: '工资高' }).click()

    // Tap 2: a job.
    const title = (await page.locator('.job-card__title').first().textContent())!
    await cards.first().click()
    await page.getByRole('heading', { name: title }).waitFor()
    const qr = await page.locator('.qr img').getAttribute('src')
    expect(qr).toContain(`device=${kiosk.id}`)
    await expect
      .poll(() => page.locator('.qr img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    await check(page, 'kiosk-job')

    // Tap 3: 我要报名, then the keypad.
    await page.getByRole('button', { name: '我要报名' }).click()
    await page.getByRole('heading', { name: '请输入您的手机号' }).waitFor()
    await typePhone(page, '2')
    await expect.poll(() => page.getByText('手机号是1开头的').isVisible()).toBe(true)
    await page.getByRole('button', { name: '清空' }).click()
    await typePhone(page, PHONE.slice(0, 7))
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true)
    await typePhone(page, PHONE.slice(7))
    await expect.poll(() => page.locator('.phone-display').textContent()).toContain('138 1234 5678')
    await check(page, 'kiosk-keypad')
    await page.getByRole('button', { name: '下一步' }).click()

    await page.getByRole('button', { name: '女士' }).click()
    await page.getByRole('button', { name: '45-54岁' }).click()
    await page.getByRole('button', { name: '白沙镇' }).click()
    await check(page, 'kiosk-about')
    await page.getByRole('button', { name: '下一步' }).click()

    await page.getByRole('heading', { name: '请看一下再提交' }).waitFor()
    expect(await page.textContent('body')).toContain('138****5678')
    expect(await page.textContent('body')).not.toContain(PHONE)
    await check(page, 'kiosk-consent')
    await page.getByRole('button', { name: '同意，提交报名' }).click()

    await page.getByRole('heading', { name: '报名成功' }).waitFor()
    const code = (await page.locator('.done__code').textContent())!
    expect(code).toMatch(/^\d{6}$/)
    expect(await page.content()).not.toContain(PHONE)
    await check(page, 'kiosk-registered')

    const { items } = await ledger(hub, kiosk.cookie, PHONE)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ code, source: { channel: 'kiosk', device: kiosk.id } })
    expect(items[0]).toMatchObject({ gender: 'female', ageBand: '45-54', township: '白沙镇' })

    // Done: straight back to the attract loop, with nothing left behind.
    await page.getByRole('button', { name: '完成' }).click()
    await page.locator('.attract').waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('registers a job seeker from home, and a visitor for a fair', async () => {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token)
    await page.locator('.attract').click()
    await page.getByRole('button', { name: '登记求职' }).click()
    await page.getByRole('button', { name: '普工/制造' }).click()
    await page.getByRole('button', { name: '我还想参加免费技能培训' }).click()
    expect(
      await page.getByRole('button', { name: /我还想参加免费技能培训/ }).getAttribute('aria-pressed'),
    ).toBe('true')
    await check(page, 'kiosk-work')
    await page.getByRole('button', { name: '下一步' }).click()
    await typePhone(page, '13900001111')
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '同意，提交报名' }).click()
    await page.getByRole('heading', { name: '报名成功' }).waitFor()
    const seeker = (await ledger(hub, kiosk.cookie, '13900001111')).items[0]!
    expect(seeker.jobIds.length).toBeGreaterThan(0)
    expect(seeker.jobIds.length).toBeLessThanOrEqual(3)
    expect(seeker).toMatchObject({ wants: ['manufacturing'], training: true })

    await page.getByRole('button', { name: '首页' }).click()
    await page.getByRole('button', { name: /^招聘会/ }).click()
    await page.getByRole('heading', { name: '招聘会' }).waitFor()
    await check(page, 'kiosk-fairs')
    await page.locator('.fair-card').first().click()
    await page.getByRole('button', { name: '报名参加' }).waitFor()
    expect(await page.locator('.qr img').getAttribute('src')).toMatch(/^\/qr\/fair\/.+\.svg\?device=/)
    await check(page, 'kiosk-fair')
    await page.getByRole('button', { name: '报名参加' }).click()
    await typePhone(page, '13900002222')
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '同意，提交报名' }).click()
    await page.getByRole('heading', { name: '报名成功' }).waitFor()
    expect((await ledger(hub, kiosk.cookie, '13900002222')).items[0]!.fairId).toBeTruthy()

    await page.getByRole('button', { name: '首页' }).click()
    await page.getByRole('button', { name: /^政策和补贴/ }).click()
    await page.locator('.policy__title').waitFor()
    await check(page, 'kiosk-policies')
    await close()
  })

  it('shows a change from staff while browsing, and keeps a withdrawn job on screen, marked', async () => {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token)
    await page.locator('.attract').click()
    await page.getByRole('button', { name: /^找工作/ }).click()
    const first = page.locator('.job-card').first()
    const title = (await first.locator('.job-card__title').textContent())!
    const job = hub.stores.content.snapshot().jobs.find((j) => j.title === title)!
    const patch = (payload: object) =>
      hub.app.inject({
        method: 'PATCH',
        url: `/api/admin/jobs/${job.id}`,
        headers: { cookie: kiosk.cookie },
        payload,
      })

    expect((await patch({ title: `${title}（急招）` })).statusCode).toBe(200)
    await expect.poll(() => first.locator('.job-card__title').textContent()).toBe(`${title}（急招）`)

    await first.click()
    await page.getByRole('heading', { name: `${title}（急招）` }).waitFor()
    expect((await patch({ status: 'filled' })).statusCode).toBe(200)
    await page.getByText('这个岗位已经停止招聘').first().waitFor()
    expect(await page.getByRole('heading', { name: `${title}（急招）` }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: '我要报名' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: '看看其他岗位' }).isVisible()).toBe(true)
    await page.screenshot({ path: `${DOCS}/kiosk-withdrawn.png` })
    await close()
  })

  it('has large text and high contrast one tap away, without serious accessibility problems', async () => {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token)
    await page.locator('.attract').click()
    const size = () =>
      page.locator('.view__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const normal = await size()
    await page.getByRole('button', { name: '大字' }).click()
    expect(await size()).toBeGreaterThan(normal * 1.15)
    await page.getByRole('button', { name: /^找工作/ }).click()
    expect(await page.locator('.job-card').count()).toBeLessThanOrEqual(3)
    await check(page, 'kiosk-large-text')
    await page.getByRole('button', { name: '高对比' }).click()
    expect(await page.getAttribute('html', 'data-theme')).toBe('contrast')
    await check(page, 'kiosk-contrast')
    await page.locator('.job-card').first().click()
    await check(page)
    await page.getByRole('button', { name: '首页' }).click()
    await check(page)
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'What would you like to do?' }).waitFor()
    await check(page)
    await close()
  })

  it('fits a landscape panel too', async () => {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token, { viewport: LANDSCAPE })
    await check(page, 'kiosk-landscape-attract')
    await page.locator('.attract').click()
    await check(page, 'kiosk-landscape-home')
    await page.getByRole('button', { name: /^附近的工作/ }).click()
    await expect.poll(() => page.locator('.jobs__count').textContent()).toMatch(/公里内/)
    expect(await page.locator('.job-card').count()).toBeLessThanOrEqual(4)
    await check(page, 'kiosk-landscape-jobs')
    await page.locator('.job-card').first().click()
    await check(page, 'kiosk-landscape-job')
    await page.getByRole('button', { name: '我要报名' }).click()
    await check(page, 'kiosk-landscape-keypad')
    await close()
  })
})
