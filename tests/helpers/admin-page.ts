// Admin pages in Chromium: a signed-in page at a given hash route, and staff users of each role.
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { hydrated } from './browser.ts'
import { ADMIN, addStaff, type Role, type TestHub } from './hub.ts'

export interface Staff {
  username: string
  password: string
}

/** Creates a user of `role` with a fresh name through the admin API and returns the credentials. */
export const createStaff = (hub: TestHub, role: Role, townships: string[] = []): Promise<Staff> =>
  addStaff(hub.app, `${role}-${Math.random().toString(36).slice(2, 7)}`, role, townships)

/** Opens /admin at `hash` (e.g. "#/jobs"), signs in on the form it shows, and waits for the shell. */
export async function openAdmin(
  browser: Browser,
  hub: TestHub,
  hash = '',
  who: Staff = ADMIN,
): Promise<Page> {
  // bypassCSP lets axe-core's inline script run; the app itself never needs it. The browser speaks
  // Chinese as a bureau's PC does, but its clock zone is left as the machine's: the admin must count
  // China days whatever the zone says. (Headless Chromium still draws date inputs as mm/dd/yyyy.)
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    bypassCSP: true,
  })
  const page = await context.newPage()
  // Fail at the step that is stuck, well before the test itself times out.
  page.setDefaultTimeout(10_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  ;(page as Page & { errors: string[] }).errors = errors
  await page.goto(`${hub.url}/admin${hash}`)
  await hydrated(page)
  // The form appears once the hub has said nobody is signed in; a loaded CI machine can take a while.
  await page.getByLabel('用户名').waitFor({ timeout: 30_000 })
  await page.getByLabel('用户名').fill(who.username)
  await page.getByLabel('密码').fill(who.password)
  await page.getByRole('button', { name: '登录' }).click()
  await expect.poll(() => page.getByRole('navigation', { name: '管理后台导航' }).count()).toBe(1)
  return page
}

/** The session cookie the browser holds, so a test can end that session on the hub. */
export async function sessionOf(page: Page): Promise<string> {
  const cookies = await page.context().cookies()
  return cookies.find((c) => c.name === 'jh_session')!.value
}
