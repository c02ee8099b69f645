// Devices and urgent notices in the admin, in Chromium against a real hub with real socket.io-client
// devices: pairing with the code a device shows, the live list (online, applied revision, offline),
// identify and revoke, and a broadcast reaching a connected screen and ending early.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { createStaff, openAdmin } from '../helpers/admin-page.ts'
import { connectDevice, next, signIn, startHub, type DeviceClient, type TestHub } from '../helpers/hub.ts'

describe('admin devices and broadcasts in Chromium', { timeout: 90_000 }, () => {
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
  const close = (page: Page) => page.context().close()

  /** A device asking to be paired, as a kiosk or screen without a token does. */
  async function requestPairing(kind: 'kiosk' | 'screen') {
    const res = await hub.app.inject({ method: 'POST', url: '/api/device/pairing', payload: { kind } })
    return res.json() as { code: string; claim: string }
  }
  async function collect(pairing: { code: string; claim: string }) {
    const res = await hub.app.inject({ method: 'POST', url: '/api/device/pairing/collect', payload: pairing })
    expect(res.statusCode).toBe(200)
    return res.json() as { token: string; device: { id: string } }
  }
  const row = (page: Page, name: string) =>
    page.locator('tbody tr', { has: page.getByRole('rowheader', { name }) })

  it('pairs a screen by its code, then follows it live: online, applied revision, offline', async () => {
    const page = await openAdmin(browser, hub, '#/devices')
    const pairing = await requestPairing('screen')
    const venue = hub.stores.content.list('venues')[0]!

    await page.getByLabel('配对码').fill('000000')
    await page.getByLabel('设备名称').fill('高铁站一楼大屏')
    await page.getByRole('button', { name: '配对', exact: true }).click()
    await expect
      .poll(() => page.locator('#pair-code-error').textContent())
      .toContain('没有设备在等这个配对码')
    // Nothing typed is lost: only the code needs fixing.
    expect(await page.getByLabel('设备名称').inputValue()).toBe('高铁站一楼大屏')
    await page.getByLabel('配对码').fill(pairing.code)
    await page.getByLabel('场地').selectOption(venue.id)
    await page.getByRole('button', { name: '配对', exact: true }).click()
    await expect.poll(() => row(page, '高铁站一楼大屏').count()).toBe(1)
    const { token, device } = await collect(pairing)
    expect(hub.app.devices.get(device.id)).toMatchObject({
      name: '高铁站一楼大屏',
      venueId: venue.id,
      kind: 'screen',
    })
    await expect.poll(() => row(page, '高铁站一楼大屏').textContent()).toContain('离线')
    expect(await row(page, '高铁站一楼大屏').textContent()).toContain(venue.name)

    // The device connects and reports the revision it has applied: the page follows without a reload.
    const rev = hub.stores.content.rev()
    const socket = connectDevice(hub.url, token, rev)
    sockets.push(socket)
    await next(socket, 'hello')
    socket.emit('heartbeat', { rev, app: 'screen-2025.7', uptimeS: 5 })
    await expect.poll(() => row(page, '高铁站一楼大屏').textContent()).toContain('在线')
    await expect.poll(() => row(page, '高铁站一楼大屏').textContent()).toContain(`已应用 ${rev}/${rev}`)
    expect(await row(page, '高铁站一楼大屏').textContent()).toContain('screen-2025.7')
    expect(await row(page, '高铁站一楼大屏').textContent()).toContain('WebSocket')

    // A content change: the device is one behind until its next heartbeat says it caught up.
    const cookie = await signIn(hub.app)
    const job = hub.stores.content.list('jobs')[0]!
    await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${job.id}`,
      headers: { cookie },
      payload: { headcount: job.headcount + 1 },
    })
    await expect.poll(() => row(page, '高铁站一楼大屏').textContent()).toContain(`已应用 ${rev}/${rev + 1}`)
    socket.emit('heartbeat', { rev: rev + 1, app: 'screen-2025.7', uptimeS: 35 })
    await expect
      .poll(() => row(page, '高铁站一楼大屏').textContent())
      .toContain(`已应用 ${rev + 1}/${rev + 1}`)
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-devices.png' })

    // Identify reaches the device.
    const command = next<{ name: string }>(socket, 'command')
    await page.getByRole('button', { name: '识别：高铁站一楼大屏' }).click()
    expect(await command).toEqual({ name: 'identify' })
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已发送给“高铁站一楼大屏”')

    socket.close()
    await expect.poll(() => row(page, '高铁站一楼大屏').textContent()).toContain('离线')
    await close(page)
  })

  it('revokes a device: it is cut off at once and marked revoked', async () => {
    const cookie = await signIn(hub.app)
    const created = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/devices',
      headers: { cookie },
      payload: { name: '商场一体机', kind: 'kiosk' },
    })
    const { token } = created.json() as { token: string }
    const socket = connectDevice(hub.url, token)
    sockets.push(socket)
    await next(socket, 'hello')
    const page = await openAdmin(browser, hub, '#/devices')
    await expect.poll(() => row(page, '商场一体机').textContent()).toContain('在线')
    const gone = next(socket, 'disconnect')
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: '吊销：商场一体机' }).click()
    await gone
    await expect.poll(() => row(page, '商场一体机').textContent()).toContain('已吊销')
    expect(await row(page, '商场一体机').getByRole('button').count()).toBe(0)
    await close(page)
  })

  it('sends an urgent notice to a connected screen, previews it, and ends it early', async () => {
    const cookie = await signIn(hub.app)
    const venue = hub.stores.content.list('venues')[1]!
    const created = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/devices',
      headers: { cookie },
      payload: { name: '夜市大屏', kind: 'screen', venueId: venue.id },
    })
    const { token } = created.json() as { token: string }
    const screen = connectDevice(hub.url, token)
    sockets.push(screen)
    await next(screen, 'hello')

    const page = await openAdmin(browser, hub, '#/broadcasts')
    // Nothing written, nobody chosen: the form says so next to each field and sends nothing.
    await page.getByRole('radio', { name: '指定设备' }).check()
    await page.getByRole('button', { name: '立即发布' }).click()
    await expect.poll(() => page.locator('#bc-text-error').textContent()).toBe('必填')
    expect(await page.locator('#bc-target-error').textContent()).toBe('请至少选择一个')
    expect(hub.app.broadcasts.list()).toHaveLength(0)

    const text = '今晚夜市招聘会因暴雨改到明晚19:00举行'
    await page.getByLabel('通知内容').fill(text)
    await page.getByRole('radio', { name: '重要提醒' }).check()
    await page.getByRole('checkbox', { name: '夜市大屏' }).check()
    await expect.poll(() => page.locator('.broadcast-preview').textContent()).toContain(text)
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-broadcasts.png' })
    const arrived = next<{ id: string; text: string; level: string }>(screen, 'broadcast')
    await page.getByRole('button', { name: '立即发布' }).click()
    expect(await arrived).toMatchObject({ text, level: 'warning' })
    const listed = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: text }) })
    await expect.poll(() => listed.textContent()).toContain('显示中')
    expect(await listed.textContent()).toContain('夜市大屏')

    const ended = next<{ id: string }>(screen, 'broadcast:end')
    page.once('dialog', (dialog) => void dialog.accept())
    await listed.getByRole('button', { name: '提前结束' }).click()
    expect((await ended).id).toBe((await arrived).id)
    await expect.poll(() => listed.textContent()).toContain('已提前结束')
    await close(page)
  })

  it('lets a viewer see devices and notices but not pair, command or send', async () => {
    const viewer = await createStaff(hub, 'viewer')
    const page = await openAdmin(browser, hub, '#/devices', viewer)
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await page.getByLabel('配对码').count()).toBe(0)
    expect(await page.locator('tbody').getByRole('button').count()).toBe(0)
    await page.getByRole('link', { name: '紧急通知' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('紧急通知')
    expect(await page.getByRole('button', { name: '立即发布' }).count()).toBe(0)
    await close(page)
  })
})
