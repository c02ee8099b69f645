// A device's settings in the admin, in Chromium against a real hub with real socket.io-client
// devices: name, venue, orientation, language, a screen's fair and scene schedule, checked next to
// each field, saved, and pushed live to the connected screen; and the live list's connection column
// with the transport and the latency the hub times from socket.io's own heartbeat.
import type { Browser, Page } from 'playwright-core'
import { io as connect } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { openAdmin } from '../helpers/admin-page.ts'
import { connectDevice, next, signIn, startHub, type DeviceClient, type TestHub } from '../helpers/hub.ts'

describe('admin device settings in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser
  let hub: TestHub
  const sockets: DeviceClient[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
  })
  afterAll(async () => {
    for (const s of sockets) s.close()
    await browser?.close()
    await hub?.close()
  })

  async function createDevice(name: string, kind: 'kiosk' | 'screen', venueId?: string) {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/devices',
      headers: { cookie: await signIn(hub.app) },
      payload: { name, kind, ...(venueId ? { venueId } : {}) },
    })
    return res.json() as { device: { id: string }; token: string }
  }
  const row = (page: Page, name: string) =>
    page.locator('tbody tr', { has: page.getByRole('rowheader', { name }) })

  it('sets a screen’s name, venue, orientation, language, fair and scenes, and the screen gets them live', async () => {
    const [venue, other] = hub.stores.content.list('venues')
    const fair = hub.stores.content.list('fairs').find((f) => f.status === 'published')!
    const { device, token } = await createDevice('广场大屏', 'screen', venue!.id)
    const screen = connectDevice(hub.url, token)
    sockets.push(screen)
    await next(screen, 'hello')

    const page = await openAdmin(browser, hub, '#/devices')
    await expect.poll(() => row(page, '广场大屏').textContent()).toContain('在线')
    await page.getByRole('button', { name: '设置：广场大屏' }).click()
    const dialog = page.getByRole('dialog', { name: '设备设置：广场大屏' })
    await dialog.waitFor()

    await dialog.getByLabel('设备名称').fill('人民广场LED大屏')
    await dialog.getByLabel('场地', { exact: true }).selectOption(other!.id)
    await dialog.getByRole('radio', { name: '竖屏' }).check()
    await dialog.getByLabel('显示语言').selectOption('en')
    await expect.poll(() => dialog.getByRole('option', { name: fair.title }).count()).toBe(1)
    await dialog.getByLabel('所属招聘会').selectOption(fair.id)

    // A new screen starts with the five-scene round; cleared, it says the default plays.
    const slots = dialog.locator('.scene-slot')
    await expect.poll(() => slots.count()).toBe(5)
    while ((await slots.count()) > 0) {
      await dialog.getByRole('button', { name: '删除：第 1 个画面' }).click()
    }
    expect(await dialog.getByText('未设置，播放默认轮播').count()).toBe(1)
    // Three slots: the fair schedule only in the evening, jobs, and the QR code.
    for (let i = 0; i < 3; i++) await dialog.getByRole('button', { name: '添加画面' }).click()
    const slot = (n: number) => dialog.getByRole('group', { name: `第 ${n} 个画面` })
    await slot(1).getByLabel('画面', { exact: true }).selectOption('jobs')
    await slot(1).getByLabel('秒数').fill('2')
    await slot(2).getByLabel('画面', { exact: true }).selectOption('fairs')
    await slot(2).getByLabel('秒数').fill('20')
    await slot(2).getByLabel('每天从').fill('18:00')
    await slot(3).getByLabel('画面', { exact: true }).selectOption('scan')
    await slot(3).getByLabel('秒数').fill('15')
    await page.screenshot({ path: 'docs/admin-device-settings.png' })
    expect(await axeScan(page)).toEqual([])

    // Too short, and a window with no end: said next to the fields, nothing sent.
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => slot(1).locator('.field__error').textContent()).toBe('不能小于 5')
    expect(await slot(2).locator('.field__error').textContent()).toBe('开始和结束时间要么都填，要么都不填')
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role=group]')?.getAttribute('aria-label')),
    ).toBe('第 1 个画面')
    expect(hub.app.devices.get(device.id)!.name).toBe('广场大屏')

    await slot(1).getByLabel('秒数').fill('30')
    await slot(2).getByLabel('到').fill('22:00')
    // The QR code first: moved up twice from the keyboard, the focus following it.
    await slot(3).getByRole('button', { name: '上移：第 3 个画面' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => slot(2).getByLabel('画面', { exact: true }).inputValue()).toBe('scan')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('上移：第 2 个画面')
    await page.keyboard.press('Enter')
    await expect.poll(() => slot(1).getByLabel('画面', { exact: true }).inputValue()).toBe('scan')

    const pushed = next<{ name: string; venueId: string; config: unknown }>(screen, 'config')
    await dialog.getByRole('button', { name: '保存' }).click()
    const expected = {
      orientation: 'portrait',
      lang: 'en',
      fairId: fair.id,
      scenes: [
        { scene: 'scan', seconds: 15 },
        { scene: 'jobs', seconds: 30 },
        { scene: 'fairs', seconds: 20, from: '18:00', to: '22:00' },
      ],
    }
    expect(await pushed).toEqual({
      id: device.id,
      name: '人民广场LED大屏',
      kind: 'screen',
      venueId: other!.id,
      config: expected,
    })
    expect(hub.app.devices.get(device.id)).toMatchObject({ name: '人民广场LED大屏', config: expected })
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => row(page, '人民广场LED大屏').textContent()).toContain(other!.name)
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存“人民广场LED大屏”的设置')

    // Opened again, the dialog shows what was saved.
    await page.getByRole('button', { name: '设置：人民广场LED大屏' }).click()
    const again = page.getByRole('dialog', { name: '设备设置：人民广场LED大屏' })
    const third = again.getByRole('group', { name: '第 3 个画面' })
    expect(await third.getByLabel('每天从').inputValue()).toBe('18:00')
    expect(await again.getByRole('radio', { name: '竖屏' }).isChecked()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    await page.context().close()
  })

  it('offers a kiosk no scenes or fair', async () => {
    const { device } = await createDevice('车站一体机', 'kiosk')
    const page = await openAdmin(browser, hub, '#/devices')
    await page.getByRole('button', { name: '设置：车站一体机' }).click()
    const dialog = page.getByRole('dialog', { name: '设备设置：车站一体机' })
    await dialog.waitFor()
    expect(await dialog.getByRole('button', { name: '添加画面' }).count()).toBe(0)
    expect(await dialog.getByLabel('所属招聘会').count()).toBe(0)
    await dialog.getByRole('radio', { name: '横屏' }).check()
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(hub.app.devices.get(device.id)!.config).toEqual({ orientation: 'landscape', lang: 'zh-CN' })
    await page.context().close()
  })

  it('shows how each device is connected: the upgrade to WebSocket and the heartbeat round trip', async () => {
    // socket.io pings every 25 s; this hub pings every 300 ms so the test sees several round trips.
    ;(hub.app.io.engine.opts as { pingInterval: number }).pingInterval = 300
    const { token } = await createDevice('夜市大屏', 'screen')
    const page = await openAdmin(browser, hub, '#/devices')
    // As a browser does: long polling first, then the upgrade.
    const socket = connect(`${hub.url}/device`, { auth: { token }, reconnection: false, forceNew: true })
    sockets.push(socket)
    await next(socket, 'hello')
    await expect
      .poll(() => row(page, '夜市大屏').textContent(), { timeout: 10_000 })
      .toMatch(/WebSocket · \d+ 毫秒/)
    const latency = hub.app.devices.status(
      hub.app.devices.list().find((d) => d.name === '夜市大屏')!.id,
    ).latencyMs
    expect(latency).toBeGreaterThan(0)
    expect(latency).toBeLessThan(1000)
    socket.close()
    await expect.poll(() => row(page, '夜市大屏').textContent()).toContain('离线')
    await page.context().close()
  })
})
