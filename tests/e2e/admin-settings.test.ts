// The bureau settings page in Chromium against a real hub, from the keyboard only: a wrong hotline
// and a repeated township are said as they are typed, Save puts the focus on the first problem, a
// pasted Excel column is cleaned up, taking off a township still in use asks first (going back keeps
// everything typed), and the saved settings reach a connected screen. And a device taken off its venue
// from the device settings.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangesPayload, DeviceHello } from '../../server/realtime/events.ts'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { createStaff, openAdmin } from '../helpers/admin-page.ts'
import { record } from '../helpers/socket-events.ts'
import { connectDevice, next, signIn, startHub, type DeviceClient, type TestHub } from '../helpers/hub.ts'

describe('admin bureau settings in Chromium', { timeout: 90_000 }, () => {
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
  const admin = async (method: 'POST' | 'PATCH', url: string, payload: object) => {
    const res = await hub.app.inject({ method, url, headers: { cookie: await signIn(hub.app) }, payload })
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
    return res.json()
  }
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
  /** Tabs forward until the element with this id has the focus, as a keyboard user would. */
  async function tabTo(page: Page, id: string) {
    for (let i = 0; i < 80 && (await focused(page)) !== id; i++) await page.keyboard.press('Tab')
    expect(await focused(page)).toBe(id)
  }
  async function replaceText(page: Page, text: string) {
    await page.keyboard.press('Control+A')
    // What a paste or an input method delivers: the whole text at once.
    await page.keyboard.insertText(text)
  }

  it('edits the settings from the keyboard, with errors as typed and a question before removing a used township', async () => {
    await createStaff(hub, 'operator', ['白沙镇'])
    await admin('PATCH', '/api/admin/settings', { approvalTownships: ['白沙镇', '梅溪乡'] })
    const { token } = await admin('POST', '/api/admin/devices', { name: '广场大屏', kind: 'screen' })
    const screen = connectDevice(hub.url, token)
    sockets.push(screen)
    await next(screen, 'hello')
    const pushed = record(screen)
    const before = structuredClone(hub.stores.content.settings())
    const jobsInBaisha = hub.stores.content.list('jobs').filter((j) => j.township === '白沙镇').length

    const page = await openAdmin(browser, hub, '#/settings')
    const nav = page.getByRole('navigation', { name: '管理后台导航' })
    expect(await nav.getByRole('link', { name: '单位设置' }).getAttribute('aria-current')).toBe('page')
    const townships = page.getByLabel('乡镇（街道），每行一个')
    await expect.poll(() => townships.inputValue()).toBe(before.townships.join('\n'))
    expect(await page.getByText('共 8 个乡镇').count()).toBe(1)

    // From the skip link into the page, then field by field.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await tabTo(page, 'bureau-bureauName')
    await replaceText(page, '湘源县人力资源和社会保障局（县就业服务中心）')
    await tabTo(page, 'bureau-hotline')
    await replaceText(page, '请拨打12333')
    const hotlineError = page.locator('#bureau-hotline-error')
    await expect
      .poll(() => hotlineError.textContent())
      .toBe('请填写正确的电话号码，只用数字和横线，如 0731-85600001')
    expect(await page.getByLabel('咨询电话').getAttribute('aria-invalid')).toBe('true')

    // A column pasted from Excel: CRLF line ends, a blank row, spaces, and one name twice.
    await tabTo(page, 'bureau-townships')
    const kept = before.townships.filter((name) => name !== '白沙镇')
    await replaceText(
      page,
      `${kept.slice(0, 4).join('\r\n')}\r\n\r\n  新港街道 \r\n${kept.slice(4).join('\r\n')}\r\n城关镇\r\n`,
    )
    const townshipsError = page.locator('#bureau-townships-error')
    await expect.poll(() => townshipsError.textContent()).toBe('第 10 行“城关镇”与第 1 行重复')
    expect(await hotlineError.count()).toBe(1)
    expect(await axeScan(page)).toEqual([])

    // Save with problems: nothing is sent, and the focus goes to the first one.
    await tabTo(page, 'bureau-save')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe('bureau-hotline')
    await expect.poll(() => page.getByRole('status').textContent()).toContain('有 2 处需要修改')
    expect(hub.stores.content.settings()).toEqual(before)

    await replaceText(page, '0731-85612345')
    await expect.poll(() => hotlineError.count()).toBe(0)
    await tabTo(page, 'bureau-townships')
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Backspace') // the last newline
    for (let i = 0; i < '城关镇'.length; i++) await page.keyboard.press('Backspace')
    await expect.poll(() => townshipsError.count()).toBe(0)
    expect(await page.getByText('共 8 个乡镇').count()).toBe(1)

    // 白沙镇 is gone from the list but still used: the page asks, naming what uses it.
    await tabTo(page, 'bureau-save')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: '1 个要去掉的乡镇还在使用' })
    await dialog.waitFor()
    const use = await dialog.getByRole('listitem').textContent()
    expect(use).toContain('白沙镇')
    expect(use).toContain(`${jobsInBaisha} 个岗位`)
    expect(use).toMatch(/经办员 operator-\w+ 负责/)
    expect(use).toContain('在发布审核名单中')
    expect(await axeScan(page)).toEqual([])
    // The safe answer has the focus: Enter goes back, and everything typed is still there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('返回修改')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await page.getByLabel('咨询电话').inputValue()).toBe('0731-85612345')
    expect(await townships.inputValue()).toContain('新港街道')
    expect(hub.stores.content.settings()).toEqual(before)

    await tabTo(page, 'bureau-save')
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('仍然去掉并保存')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存单位设置')

    const expected = [...kept.slice(0, 4), '新港街道', ...kept.slice(4)]
    expect(hub.stores.content.settings()).toMatchObject({
      bureauName: '湘源县人力资源和社会保障局（县就业服务中心）',
      hotline: '0731-85612345',
      townships: expected,
      approvalTownships: ['梅溪乡'],
    })
    // The page shows the list as the hub keeps it, and the screen has the new hotline.
    await expect.poll(() => townships.inputValue()).toBe(expected.join('\n'))
    const change = await pushed.waitFor<ChangesPayload>('changes', (c) =>
      c.ops.some((op) => op.kind === 'settings'),
    )
    expect(change.ops[0]).toMatchObject({ kind: 'settings', item: { hotline: '0731-85612345' } })
    await page.screenshot({ path: 'docs/admin-settings.png' })
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await page.context().close()
  })

  it('keeps what was typed when the session ends before saving', async () => {
    const page = await openAdmin(browser, hub, '#/settings')
    await page.getByLabel('咨询电话').fill('0731-85600000')
    await hub.app.auth.logout((await page.context().cookies()).find((c) => c.name === 'jh_session')!.value)
    await page.getByRole('button', { name: '保存' }).click()
    const again = page.getByRole('dialog', { name: '登录已过期' })
    await again.waitFor()
    await again.getByLabel('密码').fill('test-Password-1')
    await again.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => again.count()).toBe(0)
    expect(await page.getByLabel('咨询电话').inputValue()).toBe('0731-85600000')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => hub.stores.content.settings().hotline).toBe('0731-85600000')
    await page.context().close()
  })

  it('lists the first five bad lines of a wrong column pasted, and how many more', async () => {
    const page = await openAdmin(browser, hub, '#/settings')
    const address = (n: number) =>
      `湘源县城关镇解放路${n}号湘源县人力资源和社会保障局一楼大厅就业服务窗口（工作日上午九点到下午五点）`
    await page
      .getByLabel('乡镇（街道），每行一个')
      .fill(Array.from({ length: 8 }, (_, i) => address(i + 1)).join('\n'))
    const errors = page.locator('#bureau-townships-error > span')
    await expect.poll(() => errors.count()).toBe(6)
    expect(await errors.first().textContent()).toBe('第 1 行：最多 40 个字')
    expect(await errors.last().textContent()).toBe('另有 3 行有问题')
    await page.context().close()
  })

  it('is not offered to an editor', async () => {
    const editor = await createStaff(hub, 'editor')
    const page = await openAdmin(browser, hub, '#/settings', editor)
    const nav = page.getByRole('navigation', { name: '管理后台导航' })
    expect(await nav.getByRole('link', { name: '单位设置' }).count()).toBe(0)
    expect(await page.getByLabel('咨询电话').count()).toBe(0)
    await page.context().close()
  })

  it('takes a device off its venue from the device settings, and the device hears it', async () => {
    const venue = hub.stores.content.list('venues')[0]!
    const { device, token } = await admin('POST', '/api/admin/devices', {
      name: '二楼大厅大屏',
      kind: 'screen',
      venueId: venue.id,
    })
    const screen = connectDevice(hub.url, token)
    sockets.push(screen)
    await next(screen, 'hello')
    const page = await openAdmin(browser, hub, '#/devices')
    await page.getByRole('button', { name: '设置：二楼大厅大屏' }).click()
    const dialog = page.getByRole('dialog', { name: '设备设置：二楼大厅大屏' })
    await dialog.getByLabel('场地', { exact: true }).selectOption({ label: '不设场地' })
    const config = next<DeviceHello>(screen, 'config')
    await dialog.getByRole('button', { name: '保存' }).click()
    expect(await config).not.toHaveProperty('venueId')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(hub.app.devices.get(device.id)).not.toHaveProperty('venueId')
    await page.context().close()
  })
})
