// The audit log, the session and personal data in Chromium against a real hub: who did what with a
// readable before/after, filters and paging, phones masked; a password change, an ended session that
// gives the form back after signing in again, signing out; erasing a person on request and the
// retention setting.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { createStaff, openAdmin, sessionOf } from '../helpers/admin-page.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('admin audit log, session and personal data in Chromium', { timeout: 90_000 }, () => {
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
  const total = (page: Page) => page.getByText(/^共 \d+ 条$/).textContent()
  const job = () =>
    hub.stores.content.list('jobs').find((j) => j.status === 'published' && j.headcount !== 25)!
  async function register(phone: string) {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        clientId: `audit-e2e-${++n}-abcdef`,
        phone,
        consent: true,
        jobIds: [hub.stores.content.list('jobs').filter((j) => j.status === 'published')[n]!.id],
        source: { channel: 'phone' },
      },
    })
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
  }

  it('shows who changed what with the fields before and after, filters, pages, and masks phones', async () => {
    const editor = await createStaff(hub, 'editor')
    const cookie = await signIn(hub.app, editor)
    const target = job()
    const patched = await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${target.id}`,
      headers: { cookie },
      payload: { headcount: 25 },
    })
    expect(patched.statusCode).toBe(200)
    // Enough other entries for a second page.
    const admin = await signIn(hub.app)
    for (let i = 0; i < 30; i++)
      await hub.app.inject({
        method: 'GET',
        url: '/api/admin/registrations?phone=13912340000&reveal=true',
        headers: { cookie: admin },
      })

    const page = await openAdmin(browser, hub, '#/audit')
    await expect.poll(() => page.getByText(/^第 1 \/ \d+ 页$/).textContent()).toBe('第 1 / 2 页')
    expect(await page.locator('.audit-table > tbody').textContent()).toContain('139****0000')
    expect(await page.locator('.audit-table > tbody').textContent()).not.toContain('13912340000')
    await page.getByRole('link', { name: '下一页' }).click()
    await expect.poll(() => page.getByText(/^第 \d+ \/ \d+ 页$/).textContent()).toBe('第 2 / 2 页')

    await page.getByLabel('操作人').selectOption(editor.username)
    await expect.poll(() => total(page)).toMatch(/^共 [12] 条$/)
    expect(page.url()).toContain(`username=${editor.username}`)
    await page.locator('#audit-action').selectOption('update')
    await expect.poll(() => total(page)).toBe('共 1 条')
    const entry = page.locator('.audit-table > tbody > tr').first()
    expect(await entry.getByRole('rowheader').first().textContent()).toBe(editor.username)
    const change = entry.locator('.audit-diff tbody tr', { hasText: '招聘人数' })
    expect(await change.locator('td').allTextContents()).toEqual([String(target.headcount), '25'])
    // Only the field that changed, not the bookkeeping every save touches.
    expect(await entry.locator('.audit-diff tbody tr').count()).toBe(1)

    // The item's id opens its whole history.
    await entry.getByRole('link', { name: `只看 ${target.id} 的操作记录` }).click()
    await expect.poll(() => page.getByText(`只看 ${target.id} 的记录`).count()).toBe(1)
    await expect.poll(() => total(page)).toBe('共 1 条')
    await page.getByRole('button', { name: '看全部' }).click()

    await page.getByLabel('从').fill('2001-01-01')
    await page.getByLabel('到').fill('2001-01-31')
    await expect.poll(() => page.getByText('没有符合条件的记录').count()).toBe(1)
    await page.getByLabel('从').fill('')
    await page.getByLabel('到').fill('')
    await page.getByLabel('操作人').selectOption('')
    await page.getByLabel('对象类型').selectOption('jobs')
    await expect.poll(() => total(page)).toBe('共 1 条')
    expect(await axeScan(page)).toEqual([])
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await close(page)
  })

  it('shows the answer to the newest filter when the answer to an older one arrives after it', async () => {
    const count = async (q: string) =>
      (
        await hub.app.inject({ url: `/api/admin/audit?${q}`, headers: { cookie: await signIn(hub.app) } })
      ).json().total as number
    // A job updated, and something else updated, so the two filters give different totals.
    const edited = await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${job().id}`,
      headers: { cookie: await signIn(hub.app) },
      payload: { headcount: 24 },
    })
    expect(edited.statusCode).toBe(200)
    const settings = await hub.app.inject({
      method: 'PATCH',
      url: '/api/admin/settings',
      headers: { cookie: await signIn(hub.app) },
      payload: { hotline: '0731-85612399' },
    })
    expect(settings.statusCode).toBe(200)
    const both = await count('action=update&kind=jobs')
    expect(await count('action=update')).not.toBe(both)

    const page = await openAdmin(browser, hub, '#/audit')
    await expect.poll(() => total(page)).toMatch(/^共 \d+ 条$/)
    // From now on the hub is slow to answer a list filtered by action alone.
    await page.route(/\/api\/admin\/audit\?(?!.*kind=).*action=update/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.locator('#audit-action').selectOption('update')
    await page.getByLabel('对象类型').selectOption('jobs')
    await expect.poll(() => total(page)).toBe(`共 ${both} 条`)
    // The slow answer has come and gone: what is shown is still the newest filter's.
    await page.waitForResponse(/action=update/).catch(() => undefined)
    await page.waitForTimeout(1700)
    expect(await total(page)).toBe(`共 ${both} 条`)
    await close(page)
  })

  it('changes the password and carries on, gives the form back after the session ends, and signs out', async () => {
    const editor = await createStaff(hub, 'editor')
    const target = job()
    const page = await openAdmin(browser, hub, `#/jobs/${target.id}`, editor)
    await expect.poll(() => page.getByLabel('标题').inputValue()).toBe(target.title)
    await page.getByLabel('标题').fill('夜班保安')

    // The session ends on the hub (timed out, or ended elsewhere): the next save asks to sign in
    // again over the page, and afterwards the form is exactly as it was.
    await hub.app.auth.logout(await sessionOf(page))
    await page.getByRole('button', { name: '保存' }).click()
    const again = page.getByRole('dialog', { name: '登录已过期' })
    await expect.poll(() => again.count()).toBe(1)
    await again.getByLabel('密码').fill(editor.password)
    await again.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => again.count()).toBe(0)
    expect(await page.getByLabel('标题').inputValue()).toBe('夜班保安')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => hub.stores.content.get('jobs', target.id)!.title).toBe('夜班保安')

    await page.getByRole('button', { name: '修改密码' }).click()
    const dialog = page.getByRole('dialog', { name: '修改密码' })
    await dialog.getByLabel('当前密码').fill('not-my-password')
    await dialog.getByLabel('新密码').fill('a-new-Password-2')
    await dialog.getByLabel('再次输入密码').fill('a-new-Password-2')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('当前密码不正确')
    await dialog.getByLabel('当前密码').fill(editor.password)
    await dialog.getByLabel('再次输入密码').fill('a-new-Password-3')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('两次输入的密码不一致')
    await dialog.getByLabel('再次输入密码').fill('a-new-Password-2')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toContain('密码已修改')
    // This browser keeps working without signing in again.
    await page
      .getByRole('navigation', { name: '管理后台导航' })
      .getByRole('link', { name: '岗位', exact: true })
      .click()
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await page.getByRole('dialog', { name: '登录已过期' }).count()).toBe(0)

    await page.getByRole('button', { name: '退出登录' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('工作人员登录')
    const old = await hub.app.inject({ method: 'POST', url: '/api/auth/login', payload: editor })
    expect(old.statusCode).toBe(401)
    await page.getByLabel('用户名').fill(editor.username)
    await page.getByLabel('密码').fill('a-new-Password-2')
    await page.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => page.getByRole('banner').textContent()).toContain(editor.username)
    await close(page)
  })

  it('warns before an idle session ends, carries on when asked, and asks to sign in once it has ended', async () => {
    const editor = await createStaff(hub, 'editor')
    const page = await openAdmin(browser, hub, '#/jobs', editor)
    // The page's clock is ours from here: two idle hours pass in a moment.
    await page.clock.install()
    await page.reload()
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0)
    const warning = page.getByRole('alert').filter({ hasText: '将自动退出登录' })
    expect(await warning.count()).toBe(0)
    await page.clock.fastForward('01:56:00')
    await expect.poll(() => warning.textContent()).toContain('4 分钟后将自动退出登录')
    expect(await axeScan(page)).toEqual([])
    await warning.getByRole('button', { name: '继续使用' }).click()
    await expect.poll(() => warning.count()).toBe(0)

    // Left alone past the limit (the hub has ended the session too), the sign-in comes by itself.
    await hub.app.auth.logout(await sessionOf(page))
    await page.clock.fastForward('02:01:00')
    await expect.poll(() => page.getByRole('dialog', { name: '登录已过期' }).count()).toBe(1)
    await close(page)
  })

  it("erases a person's registrations on request after showing how many, and sets the retention", async () => {
    await register('13900000009')
    await register('13900000009')
    const page = await openAdmin(browser, hub, '#/privacy')
    const phone = page.getByLabel('求职者手机号（11位）')
    await phone.fill('139000')
    await page.getByRole('button', { name: '查找' }).click()
    await expect.poll(() => page.locator('#erase-phone-error').textContent()).toBe('请输入11位手机号码')
    await phone.fill('13900000009')
    await page.getByRole('button', { name: '查找' }).click()
    await expect
      .poll(() => page.locator('.privacy-panel__found').textContent())
      .toContain('139****0009 共有 2 条登记')
    expect(await page.locator('main').textContent()).not.toContain('13900000009')
    expect(hub.stores.registrations.byPhone('13900000009')).toHaveLength(2)
    expect(await axeScan(page)).toEqual([])
    await page.getByRole('button', { name: '确认删除 2 条' }).click()
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('已删除 139****0009 的 2 条登记')
    expect(hub.stores.registrations.byPhone('13900000009')).toHaveLength(0)
    expect(hub.stores.audit.list({ action: 'erase' }, 0, 1).items[0]).toMatchObject({
      username: 'admin',
      after: { phone: '139****0009', deleted: 2 },
    })

    const days = page.getByLabel('保存天数')
    await expect.poll(() => days.inputValue()).toBe('365')
    await days.fill('0')
    await expect.poll(() => page.locator('#retention-days-note').textContent()).toBe('1 到 36500 之间的整数')
    await days.fill('30')
    await expect
      .poll(() => page.locator('#retention-days-note').textContent())
      .toBe('改成这个天数后，下次自动清理会删除 0 条登记')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已保存：登记保存 30 天')
    expect(hub.stores.content.settings().registrationRetentionDays).toBe(30)

    // The log now tells the whole story: the erasure, the new retention, the password, the edits.
    await page.goto(`${hub.url}/admin#/audit?action=update`)
    await expect.poll(() => page.locator('.audit-table > tbody > tr').count()).toBeGreaterThan(0)
    await page.getByRole('heading', { level: 1 }).click()
    await page.screenshot({ path: 'docs/admin-audit.png' })
    await close(page)
  })
})
