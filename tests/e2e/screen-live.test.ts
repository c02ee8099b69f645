// The big screen kept live by a real hub: the schedule and its time windows, an admin's edit, a
// registration ticking the counter, broadcasts, identify, pairing, English, and the hub going away and
// coming back (the screen steps down to its saved content, then to a hotline card, and recovers).
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'
import {
  configure,
  createScreen,
  cutOff,
  LANDSCAPE,
  only,
  openScreen,
  waitForScene,
  type ScreenDevice,
} from '../helpers/screen.ts'

/** "HH:MM" Beijing time, `minutes` from now. */
function beijing(minutes: number): string {
  const d = new Date(Date.now() + (minutes + 480) * 60_000)
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
}

/** Starts recording every scene that comes on stage, in order. */
async function recordScenes(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { seen: string[] }).seen = seen
    new MutationObserver(() => {
      const scene = document.querySelector('.screen__scene')?.getAttribute('data-scene')
      if (
        scene &&
        document.querySelector('.screen__scene') !== (window as unknown as { last?: Element }).last
      ) {
        ;(window as unknown as { last?: Element }).last = document.querySelector('.screen__scene')!
        seen.push(scene)
      }
    }).observe(document.querySelector('.screen__stage')!, { childList: true, subtree: false })
  })
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen.slice())
}

describe('the big screen, live', () => {
  let hub: TestHub
  let browser: Browser
  let screen: ScreenDevice
  beforeAll(async () => {
    ;[hub, browser] = await Promise.all([startHub({ listen: true }), launchBrowser()])
    screen = await createScreen(hub, { config: only('jobs') })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  it('follows the schedule staff set, with its daily time windows, and a default without one', async () => {
    const { page, errors, close } = await openScreen(browser, hub.url, screen.token)
    await waitForScene(page, 'jobs')
    const seen = await recordScenes(page)
    await configure(hub, screen, {
      scenes: [
        { scene: 'policies', seconds: 5, from: beijing(-60), to: beijing(60) },
        // Out of its window now: never shown.
        { scene: 'fairs', seconds: 5, from: beijing(120), to: beijing(180) },
        { scene: 'scan', seconds: 5 },
      ],
    })
    // From the new schedule's first scene on (the job board may be drawn again while the config
    // is on its way): its slots in order, the one out of its window skipped.
    const fromSchedule = async () => {
      const all = await seen()
      return all.slice(Math.max(0, all.indexOf('policies')))
    }
    await expect.poll(fromSchedule, { timeout: 20_000, interval: 500 }).toHaveLength(4)
    expect(await fromSchedule()).toEqual(['policies', 'scan', 'policies', 'scan'])

    // Nothing in its window: the default schedule, which opens with the job board.
    await configure(hub, screen, {
      scenes: [{ scene: 'fairs', seconds: 5, from: beijing(120), to: beijing(180) }],
    })
    await waitForScene(page, 'jobs')
    expect(errors).toEqual([])
    await close()
  })

  it('shows an admin edit; a filled job leaves the board', async () => {
    await configure(hub, screen, only('jobs'))
    const { page, errors, close } = await openScreen(browser, hub.url, screen.token)
    await waitForScene(page, 'jobs')
    // The board may be drawn from the content fetched over HTTP before the live link is up.
    await expect.poll(() => hub.app.devices.status(screen.id).online).toBe(true)
    // The board turns its pages by itself (every 8 s): edit a row just after a turn, so that it is
    // still on the board when the change arrives. One page only: no turn comes, and none is needed.
    const firstRow = () => page.locator('.board tbody tr').first().getAttribute('data-job-id')
    const before = await firstRow()
    await page
      .waitForFunction(
        (before) => document.querySelector('.board tbody tr')?.getAttribute('data-job-id') !== before,
        before,
        { timeout: 10_000 },
      )
      .catch(() => undefined)
    const id = (await firstRow())!
    const res = await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${id}`,
      headers: { cookie: screen.cookie },
      payload: { title: '夜班叉车司机' },
    })
    expect(res.statusCode).toBe(200)
    // How fast is measured by the screen bench (`npm run bench -- screen`), not by a timed test.
    await page.locator(`tr[data-job-id="${id}"]`, { hasText: '夜班叉车司机' }).waitFor({ timeout: 5000 })

    await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${id}`,
      headers: { cookie: screen.cookie },
      payload: { status: 'filled' },
    })
    await page.locator(`tr[data-job-id="${id}"]`).waitFor({ state: 'detached', timeout: 5000 })
    expect(errors).toEqual([])
    await close()
  })

  it('ticks the registrations counter under the QR code, which carries the screen id', async () => {
    await configure(hub, screen, only('scan'))
    const { page, errors, close } = await openScreen(browser, hub.url, screen.token)
    await waitForScene(page, 'scan')
    expect(await page.locator('.scan-scene__qr').getAttribute('src')).toBe(
      `/qr/fair/fair-spring.svg?device=${screen.id}`,
    )
    await expect
      .poll(() => page.locator('.scan-scene__qr').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    const count = () => page.locator('.scan-scene__count-number').textContent()
    expect(await count()).toBe('0')
    const register = (phone: string) =>
      hub.app.inject({
        method: 'POST',
        url: '/api/registrations',
        payload: {
          clientId: `screen-test-${phone}`,
          phone,
          consent: true,
          fairId: 'fair-spring',
          source: { channel: 'phone', device: screen.id },
        },
      })
    expect((await register('13900001111')).statusCode).toBe(201)
    await expect.poll(count).toBe('1')
    expect((await register('13900002222')).statusCode).toBe(201)
    await expect.poll(count).toBe('2')

    // A screen that starts later begins at today's count, not at 0.
    const late = await openScreen(browser, hub.url, screen.token)
    await waitForScene(late.page, 'scan')
    await expect.poll(() => late.page.locator('.scan-scene__count-number').textContent()).toBe('2')
    await late.close()
    expect(errors).toEqual([])
    await close()
  })

  it('shows a broadcast until staff end it, an emergency full screen until it expires, and identify', async () => {
    await configure(hub, screen, only('jobs'))
    const { page, errors, close } = await openScreen(browser, hub.url, screen.token)
    await waitForScene(page, 'jobs')
    const send = (text: string, level: string, seconds: number) =>
      hub.app.inject({
        method: 'POST',
        url: '/api/admin/broadcasts',
        headers: { cookie: screen.cookie },
        payload: {
          text,
          level,
          target: { all: true },
          until: new Date(Date.now() + seconds * 1000).toISOString(),
        },
      })
    const warning = await send('暴雨预警：今天下午的招聘会改到室内体育馆', 'warning', 3600)
    expect(warning.statusCode).toBe(201)
    const banner = page.locator('.broadcast-banner', { hasText: '暴雨预警' })
    await banner.waitFor({ timeout: 2000 })
    // The board's rows flip in when the banner makes room; photograph them once they have.
    await page.waitForTimeout(1000)
    // The board makes room for the banner rather than hiding its last row under the footer.
    expect(await cutOff(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: 'docs/screen-broadcast.png' })
    await hub.app.inject({
      method: 'DELETE',
      url: `/api/admin/broadcasts/${warning.json().id}`,
      headers: { cookie: screen.cookie },
    })
    await banner.waitFor({ state: 'detached', timeout: 2000 })

    expect((await send('体育中心东门临时封闭，请从南门进场', 'emergency', 4)).statusCode).toBe(201)
    const emergency = page.locator('.emergency', { hasText: '南门' })
    await emergency.waitFor({ timeout: 2000 })
    await page.screenshot({ path: 'docs/screen-emergency.png' })
    await emergency.waitFor({ state: 'detached', timeout: 8000 })

    const identify = await hub.app.inject({
      method: 'POST',
      url: `/api/admin/devices/${screen.id}/commands`,
      headers: { cookie: screen.cookie },
      payload: { name: 'identify' },
    })
    expect(identify.statusCode).toBeLessThan(300)
    await page.locator('.identify', { hasText: '体育中心大屏' }).waitFor({ timeout: 2000 })
    expect(await page.locator('.identify__id').textContent()).toBe(screen.id)
    expect(errors).toEqual([])
    await close()
  })

  it('pairs with a code shown large, and switches to English when staff set it', async () => {
    const context = await browser.newContext({ viewport: LANDSCAPE, bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${hub.url}/screen`)
    const code = page.locator('.card-scene__code')
    await expect.poll(() => code.textContent(), { timeout: 10_000 }).toMatch(/^\d( \d){5}$/)
    await page.screenshot({ path: 'docs/screen-pairing.png' })
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/devices/pair',
      headers: { cookie: screen.cookie },
      payload: {
        code: (await code.textContent())!.replace(/ /g, ''),
        name: '滨江夜市大屏',
        venueId: 'venue-night',
        config: { lang: 'en', scenes: [{ scene: 'jobs', seconds: 600 }] },
      },
    })
    expect(res.statusCode).toBe(201)
    await waitForScene(page, 'jobs', 15_000)
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('.scene-title__text').textContent()).toBe('Jobs hiring now')
    await context.close()
  })

  it('shows its saved content with the time when the hub is down, a hotline card with nothing, and recovers', async () => {
    await configure(hub, screen, only('jobs'))
    const { page, errors, close } = await openScreen(browser, hub.url, screen.token)
    await waitForScene(page, 'jobs')
    const age = page.locator('.screen__age')
    await expect.poll(() => age.textContent()).toMatch(/^更新于 \d\d:\d\d$/)
    // The snapshot is saved a moment after it arrives, and the service worker installs.
    await page.waitForTimeout(3000)

    const port = Number(new URL(hub.url).port)
    const dataDir = hub.dataDir
    await hub.close({ keepData: true })
    await expect
      .poll(() => age.textContent(), { timeout: 10_000 })
      .toMatch(/^网络中断 · 显示 \d\d:\d\d 的信息$/)
    expect(await page.locator('.board tbody tr').count()).toBeGreaterThan(0)
    await page.screenshot({ path: 'docs/screen-offline.png' })

    // The hub restarts (a deploy, a power cut): the screen finds it again by itself.
    hub = await startHub({ listen: true, port, dataDir })
    await expect.poll(() => age.textContent(), { timeout: 30_000, interval: 500 }).toMatch(/^更新于/)
    await hub.close({ keepData: true })
    await expect.poll(() => age.textContent(), { timeout: 10_000 }).toMatch(/^网络中断/)

    // Rebooted with the hub still down: the page and its content come from the device itself.
    await page.reload()
    await waitForScene(page, 'jobs', 15_000)
    await expect.poll(() => age.textContent()).toMatch(/^网络中断/)

    // A screen with nothing saved and no hub: the static card with the hotline.
    const fresh = await browser.newContext({ viewport: LANDSCAPE, bypassCSP: true })
    const empty = await fresh.newPage()
    hub = await startHub({ listen: true, port, dataDir })
    await empty.route('**/socket.io/**', (route) => route.abort())
    await empty.route('**/api/device/**', (route) => route.abort())
    await empty.goto(`${hub.url}/screen#token=${screen.token}`)
    // First the welcome ("coming shortly"), then, with still nothing after 10 s, the hotline.
    await empty.getByText('岗位信息正在更新，马上就来').waitFor({ timeout: 5000 })
    await empty.locator('.card-scene', { hasText: '岗位信息暂时无法显示' }).waitFor({ timeout: 20_000 })
    // Nothing from this bureau is known yet: the national human-resources hotline.
    expect(await empty.locator('.card-scene__code').textContent()).toBe('12333')
    await empty.screenshot({ path: 'docs/screen-no-content.png' })
    await fresh.close()

    // The hub is back: the screen reconnects by itself.
    await expect.poll(() => age.textContent(), { timeout: 60_000, interval: 500 }).toMatch(/^更新于/)
    expect(errors).toEqual([])
    await close()
  })
})
