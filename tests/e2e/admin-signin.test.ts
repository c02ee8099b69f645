// Staff sign in on the admin page; on a first start, the one-time link the hub prints creates the
// first admin.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hydrated, launchBrowser } from '../helpers/browser.ts'
import { ADMIN, startHub, type TestHub } from '../helpers/hub.ts'

describe('admin sign-in in Chromium', () => {
  let browser: Browser
  const hubs: TestHub[] = []
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    for (const hub of hubs) await hub.close()
  })

  it('says plainly when the password is wrong, then signs in and out', async () => {
    const hub = await startHub({ listen: true, demo: false })
    hubs.push(hub)
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${hub.url}/admin`)
    await hydrated(page)
    await page.getByLabel('用户名').fill(ADMIN.username)
    await page.getByLabel('密码').fill('not-the-password')
    await page.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('用户名或密码不正确')
    await page.getByLabel('密码').fill(ADMIN.password)
    await page.getByRole('button', { name: '登录' }).click()
    const banner = page.getByRole('banner')
    await expect.poll(() => banner.textContent()).toContain('admin管理员')
    // The session survives a reload: it is the hub's cookie, not page state.
    await page.reload()
    await hydrated(page)
    await expect.poll(() => banner.textContent()).toContain('admin管理员')
    await page.getByRole('button', { name: '退出登录' }).click()
    await expect.poll(() => page.getByRole('heading').textContent()).toBe('工作人员登录')
    await page.close()
  })

  it('creates the first admin from the one-time setup link, and the link then stops working', async () => {
    const hub = await startHub({ listen: true, demo: false, env: { ADMIN_USER: '', ADMIN_PASSWORD: '' } })
    hubs.push(hub)
    const { setupToken } = await hub.app.auth.bootstrap()
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${hub.url}/admin#setup=${setupToken}`)
    await hydrated(page)
    await expect.poll(() => page.getByRole('heading').textContent()).toBe('创建第一个管理员账号')
    expect(page.url()).not.toContain(setupToken!)
    await page.getByLabel('用户名').fill('chief')
    await page.getByLabel('密码', { exact: true }).fill('a-long-password')
    await page.getByLabel('再次输入密码').fill('a-long-passwort')
    await page.getByRole('button', { name: '创建并登录' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('两次输入的密码不一致')
    await page.getByLabel('再次输入密码').fill('a-long-password')
    await page.getByRole('button', { name: '创建并登录' }).click()
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('chief管理员')
    const again = await browser.newPage()
    await again.goto(`${hub.url}/admin#setup=${setupToken}`)
    await hydrated(again)
    await again.getByLabel('用户名').fill('intruder')
    await again.getByLabel('密码', { exact: true }).fill('a-long-password')
    await again.getByLabel('再次输入密码').fill('a-long-password')
    await again.getByRole('button', { name: '创建并登录' }).click()
    await expect
      .poll(() => again.getByRole('alert').textContent())
      .toBe('这个设置链接无效或已经用过，请用已有账号登录')
    await page.close()
    await again.close()
  })
})
