// Staff accounts and roles in Chromium against a real hub: an admin creates, changes, disables and
// deletes users with field errors from the page and from the hub; a township operator sees only its
// townships' jobs and registrations, in the browser and by calling the API with its own session; a
// viewer gets no button that changes anything, and the hub refuses its writes.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { createStaff, openAdmin } from '../helpers/admin-page.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'

describe('admin users and roles in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser
  let hub: TestHub
  let n = 0
  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })
  const close = (page: Page) => page.context().close()
  const row = (page: Page, name: string | RegExp) =>
    page.locator('tbody tr', { has: page.getByRole('rowheader', { name }) })
  const jobIn = (township: string) =>
    hub.stores.content.list('jobs').find((j) => j.township === township && j.status === 'published')!
  async function register(phone: string, township: string) {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        clientId: `users-e2e-${++n}-abcdef`,
        phone,
        consent: true,
        township,
        jobIds: [jobIn(township).id],
        source: { channel: 'phone' },
      },
    })
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
    return res.json() as { id: string }
  }

  it('creates a user with errors named per field, changes its role, disables and deletes it', async () => {
    const page = await openAdmin(browser, hub, '#/users')
    await expect.poll(() => row(page, /^admin/).textContent()).toContain('（您自己）')
    // The admin's own row offers no way to lock themselves out.
    expect(
      await row(page, /^admin/)
        .getByRole('button', { name: /^停用/ })
        .count(),
    ).toBe(0)

    await page.getByRole('button', { name: '新建用户' }).click()
    const dialog = page.getByRole('dialog', { name: '新建用户' })
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.locator('#user-username-error').textContent()).toBe('必填')
    expect(await page.locator('#user-password-error').textContent()).toBe('必填')
    // The first field with a problem has the focus, so a keyboard user lands where to fix it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('user-username')

    await dialog.getByLabel('用户名').fill('li si')
    await dialog.getByLabel('姓名').fill('李四')
    await dialog.getByRole('radio', { name: /^乡镇经办员/ }).check()
    await dialog.getByLabel('初始密码').fill('short')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect
      .poll(() => page.locator('#user-username-error').textContent())
      .toBe('用户名为3到40位字母、数字、点、横线或下划线')
    expect(await page.locator('#user-townships-error').textContent()).toBe('乡镇经办员至少要负责一个乡镇')
    expect(await page.locator('#user-password-error').textContent()).toBe('密码至少需要10位')
    expect(await dialog.getByLabel('用户名').getAttribute('aria-invalid')).toBe('true')
    await dialog.getByLabel('用户名').fill('li.si')
    await dialog.getByRole('group', { name: '负责的乡镇' }).getByLabel('白沙镇').check()
    await dialog.getByLabel('初始密码').fill('li-si-Password-1')
    expect(await axeScan(page)).toEqual([])
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => row(page, 'li.si').textContent()).toContain('乡镇经办员')
    expect(await row(page, 'li.si').textContent()).toContain('白沙镇')
    expect(hub.app.auth.listUsers().find((u) => u.username === 'li.si')).toMatchObject({
      role: 'operator',
      townships: ['白沙镇'],
      displayName: '李四',
    })

    // The hub's own refusal (the name is taken) appears at its field, and nothing typed is lost.
    await page.getByRole('button', { name: '新建用户' }).click()
    await dialog.getByLabel('用户名').fill('li.si')
    await dialog.getByLabel('姓名').fill('另一个李四')
    await dialog.getByLabel('初始密码').fill('another-Password-1')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.locator('#user-username-error').textContent()).toBe('已被占用')
    expect(await dialog.getByLabel('姓名').inputValue()).toBe('另一个李四')
    await dialog.getByRole('button', { name: '取消' }).click()

    await row(page, 'li.si').getByRole('button', { name: '修改：li.si' }).click()
    const edit = page.getByRole('dialog', { name: '修改用户 li.si' })
    await edit.getByRole('radio', { name: /^编辑/ }).check()
    await edit.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => row(page, 'li.si').textContent()).toContain('全县')
    expect(hub.app.auth.listUsers().find((u) => u.username === 'li.si')).toMatchObject({
      role: 'editor',
      townships: [],
    })

    await row(page, 'li.si').getByRole('button', { name: '停用：li.si' }).click()
    await expect.poll(() => row(page, 'li.si').textContent()).toContain('已停用')
    const login = await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'li.si', password: 'li-si-Password-1' },
    })
    expect(login.statusCode).toBe(401)
    await row(page, 'li.si').getByRole('button', { name: '启用：li.si' }).click()
    await expect.poll(() => row(page, 'li.si').textContent()).toContain('正常')

    page.once('dialog', (d) => void d.accept())
    await row(page, 'li.si').getByRole('button', { name: '删除：li.si' }).click()
    await expect.poll(() => row(page, 'li.si').count()).toBe(0)
    expect(hub.app.auth.listUsers().some((u) => u.username === 'li.si')).toBe(false)
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await close(page)
  })

  it("shows a township operator only its townships' jobs and registrations, and the hub agrees", async () => {
    const theirs = await register('13800001111', '城关镇')
    const ours = await register('13900002222', '白沙镇')
    const operator = await createStaff(hub, 'operator', ['白沙镇'])
    const page = await openAdmin(browser, hub, '#/jobs', operator)
    const nav = page.getByRole('navigation', { name: '管理后台导航' })
    for (const hidden of ['用户', '操作日志', '个人信息保护'])
      expect(await nav.getByRole('link', { name: hidden }).count()).toBe(0)
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0)
    const townships = await page
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ''))
    expect(townships.every((text) => text.includes('白沙镇'))).toBe(true)
    expect(townships.join('')).not.toContain(jobIn('城关镇').title)

    // An address typed by hand reaches no further than the list does.
    await page.goto(`${hub.url}/admin#/jobs/${jobIn('城关镇').id}`)
    await expect.poll(() => page.getByText('找不到这条记录，可能已被删除').count()).toBe(1)

    await page.goto(`${hub.url}/admin#/registrations`)
    await expect.poll(() => page.getByText(/^共 \d+ 条$/).textContent()).toBe('共 1 条')
    expect(await page.locator('tbody').textContent()).toContain('139****2222')
    expect(await page.locator('tbody').textContent()).not.toContain('138****1111')

    // The same session calling the API directly gets no more than the page shows.
    const api = page.context().request
    expect((await api.get(`${hub.url}/api/admin/registrations/${theirs.id}`)).status()).toBe(404)
    expect((await api.get(`${hub.url}/api/admin/registrations/${ours.id}`)).status()).toBe(200)
    expect((await api.get(`${hub.url}/api/admin/jobs/${jobIn('城关镇').id}`)).status()).toBe(404)
    const listed = await (await api.get(`${hub.url}/api/admin/registrations?limit=500`)).json()
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual([ours.id])
    expect(await axeScan(page)).toEqual([])
    await close(page)
  })

  it('gives a viewer nothing to change, masks phones, and the hub refuses its writes', async () => {
    const viewer = await createStaff(hub, 'viewer')
    const page = await openAdmin(browser, hub, '#/jobs', viewer)
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0)
    const main = page.getByRole('main')
    const changing =
      /新建|保存|删除|发布|下架|配对|吊销|重新加载|识别|跟进|导入|立即发布|提前结束|显示完整号码/
    expect(await main.getByRole('button', { name: changing }).count()).toBe(0)
    expect(await main.getByRole('link', { name: /新建|复制/ }).count()).toBe(0)
    expect(await main.getByRole('checkbox').count()).toBe(0)

    const job = jobIn('白沙镇')
    await page.goto(`${hub.url}/admin#/jobs/${job.id}`)
    await expect.poll(() => page.getByText('您的账号是只读的：可以查看，不能修改。').count()).toBe(1)
    expect(await main.getByRole('button', { name: changing }).count()).toBe(0)
    expect(await main.getByLabel('招聘人数').isDisabled()).toBe(true)

    for (const hash of ['#/devices', '#/broadcasts', '#/registrations']) {
      await page.goto(`${hub.url}/admin${hash}`)
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1)
      await page.waitForLoadState('networkidle')
      expect(await main.getByRole('button', { name: changing }).count(), hash).toBe(0)
    }
    await expect.poll(() => page.locator('tbody').textContent()).toContain('139****2222')
    expect(await page.locator('tbody').textContent()).not.toContain('13900002222')

    const api = page.context().request
    const patch = await api.patch(`${hub.url}/api/admin/jobs/${job.id}`, { data: { headcount: 1 } })
    expect(patch.status()).toBe(403)
    const reveal = await api.get(`${hub.url}/api/admin/registrations?reveal=true`)
    expect(reveal.status()).toBe(403)
    expect(hub.stores.content.get('jobs', job.id)!.headcount).toBe(job.headcount)
    expect(await axeScan(page)).toEqual([])
    await close(page)
  })

  it('creates a user from the keyboard alone', async () => {
    const page = await openAdmin(browser, hub, '#/users')
    const create = page.getByRole('button', { name: '新建用户' })
    await create.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: '新建用户' })
    await expect.poll(() => dialog.count()).toBe(1)
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-label'))
    // The dialog takes the focus (its close button first), and Tab walks the form in reading order.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('user-username')
    await page.keyboard.type('wang.wu')
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('user-displayName')
    await page.keyboard.type('王五')
    await page.keyboard.press('Tab')
    // Arrow keys move through the roles: from 编辑 (the default) down to 乡镇经办员.
    await page.keyboard.press('ArrowDown')
    expect(await dialog.getByRole('radio', { name: /^乡镇经办员/ }).isChecked()).toBe(true)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    while ((await focused()) !== 'user-password') await page.keyboard.press('Tab')
    await page.keyboard.type('wang-wu-Password-1')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog.count()).toBe(0)
    const created = hub.app.auth.listUsers().find((u) => u.username === 'wang.wu')!
    expect(created).toMatchObject({ role: 'operator', displayName: '王五' })
    expect(created.townships).toHaveLength(1)

    await row(page, 'wang.wu').getByRole('button', { name: '修改：wang.wu' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    await close(page)
  })

  it('lists the staff for the screenshot', async () => {
    await createStaff(hub, 'editor')
    const names = ['张敏', '刘建国', '陈晓红', '周涛', '王五']
    for (const [i, u] of hub.app.auth
      .listUsers()
      .filter((u) => u.role !== 'admin')
      .entries())
      await hub.app.auth.updateUser(u.id, { displayName: u.displayName ?? names[i % names.length]! })
    const page = await openAdmin(browser, hub, '#/users')
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThanOrEqual(4)
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-users.png' })
    await close(page)
  })
})
