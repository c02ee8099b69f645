// Shared steps of the kiosk's browser tests: a kiosk device created through the admin API, a page
// opened as that kiosk, and the ledger read back through the admin API.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { hydrated } from './browser.ts'
import { signIn, type TestHub } from './hub.ts'

/**
 * The hub's environment for kiosk tests: DIST_DIR passes through, so a run can serve a private copy
 * of the built faces while other work rebuilds dist/.
 */
export const hubEnv = (): Record<string, string> =>
  process.env.DIST_DIR ? { DIST_DIR: process.env.DIST_DIR } : {}

export const PORTRAIT = { width: 1080, height: 1920 }
export const LANDSCAPE = { width: 1920, height: 1080 }

export async function createKiosk(hub: TestHub, venueId = 'venue-station') {
  const cookie = await signIn(hub.app)
  const res = await hub.app.inject({
    method: 'POST',
    url: '/api/admin/devices',
    headers: { cookie },
    payload: { name: '测试自助机', kind: 'kiosk', venueId },
  })
  if (res.statusCode !== 201) throw new Error(`device: ${res.statusCode} ${res.body}`)
  const body = res.json() as { device: { id: string }; token: string }
  return { id: body.device.id, token: body.token, cookie }
}

/** A kiosk page, paired through its token, hydrated and showing content. */
export async function openKiosk(
  browser: Browser,
  url: string,
  token: string,
  options: {
    viewport?: { width: number; height: number }
    query?: string
    /** A touch screen: touch events, and pointer events of type "touch". */
    hasTouch?: boolean
    /** Runs before the kiosk's page is opened: a fake clock, stubbed browser APIs. */
    init?: (context: BrowserContext) => Promise<unknown>
  } = {},
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? PORTRAIT,
    bypassCSP: true,
    // The offline shell has its own test (kiosk-device, a reboot while the hub is down). Elsewhere a
    // service worker only gets in the way: Chromium can leave a closing context waiting on one.
    serviceWorkers: 'block',
    ...(options.hasTouch ? { hasTouch: true } : {}),
  })
  await options.init?.(context)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${url}/kiosk${options.query ?? ''}#token=${token}`)
  await hydrated(page)
  // Live once the attract loop shows jobs from the snapshot.
  await page.locator('.attract__job').first().waitFor()
  return { page, errors, close: () => context.close() }
}

export async function typePhone(page: Page, phone: string): Promise<void> {
  const keypad = page.getByRole('group', { name: /数字键盘|Number keypad/ })
  for (const digit of phone) await keypad.getByRole('button', { name: digit, exact: true }).click()
}

export async function ledger(hub: TestHub, cookie: string, phone: string) {
  const res = await hub.app.inject({
    method: 'GET',
    url: `/api/admin/registrations?phone=${phone}`,
    headers: { cookie },
  })
  return res.json() as {
    items: {
      id: string
      code: string
      jobIds: string[]
      fairId?: string
      source: { channel: string; device?: string }
    }[]
    total: number
  }
}
