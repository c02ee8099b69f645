// Shared steps of the big screen's browser tests: a screen device created through the admin API, its
// schedule set the way staff set it, and a page opened as that screen.
import type { Browser, Page } from 'playwright-core'
import type { DeviceConfig } from '../../content/model.ts'
import { hydrated } from './browser.ts'
import { signIn, type TestHub } from './hub.ts'

export const LANDSCAPE = { width: 1920, height: 1080 }
export const PORTRAIT = { width: 1080, height: 1920 }

export interface ScreenDevice {
  id: string
  token: string
  cookie: string
}

export async function createScreen(
  hub: TestHub,
  options: { venueId?: string; config?: DeviceConfig; name?: string } = {},
): Promise<ScreenDevice> {
  const cookie = await signIn(hub.app)
  const res = await hub.app.inject({
    method: 'POST',
    url: '/api/admin/devices',
    headers: { cookie },
    payload: {
      name: options.name ?? '体育中心大屏',
      kind: 'screen',
      venueId: options.venueId ?? 'venue-fairground',
      ...(options.config ? { config: options.config } : {}),
    },
  })
  if (res.statusCode !== 201) throw new Error(`device: ${res.statusCode} ${res.body}`)
  const body = res.json() as { device: { id: string }; token: string }
  return { id: body.device.id, token: body.token, cookie }
}

/** What staff do in the admin: PATCH the device's config; it reaches the screen as a `config` event. */
export async function configure(hub: TestHub, screen: ScreenDevice, config: DeviceConfig): Promise<void> {
  const res = await hub.app.inject({
    method: 'PATCH',
    url: `/api/admin/devices/${screen.id}`,
    headers: { cookie: screen.cookie },
    payload: { config },
  })
  if (res.statusCode !== 200) throw new Error(`configure: ${res.statusCode} ${res.body}`)
}

/** One scene for a long time: the test then looks at it without the rotation moving on. */
export const only = (scene: NonNullable<DeviceConfig['scenes']>[number]['scene']): DeviceConfig => ({
  scenes: [{ scene, seconds: 600 }],
})

export interface OpenScreen {
  page: Page
  errors: string[]
  close(): Promise<void>
}

/** A screen page, paired through its token and hydrated. */
export async function openScreen(
  browser: Browser,
  url: string,
  token: string,
  options: { viewport?: { width: number; height: number }; query?: string } = {},
): Promise<OpenScreen> {
  const context = await browser.newContext({ viewport: options.viewport ?? LANDSCAPE, bypassCSP: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${url}/screen${options.query ?? ''}#token=${token}`)
  await hydrated(page)
  return { page, errors, close: () => context.close() }
}

/** The scene on the stage now. */
export const sceneNow = (page: Page) =>
  page
    .locator('.screen__scene')
    .getAttribute('data-scene', { timeout: 5000 })
    .catch(() => null)

/** Resolves once `scene` is on the stage. */
export async function waitForScene(page: Page, scene: string, timeout = 10_000): Promise<void> {
  await page.locator(`.screen__scene[data-scene="${scene}"]`).waitFor({ timeout })
}

/** Every text on the page smaller than `min` px (the issue: nothing under 28 px at 1920x1080). */
export async function smallText(page: Page, min = 28): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const el = node.parentElement
      if (!text || !el || el.closest('.visually-hidden')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < min) found.push(`${text.slice(0, 20)} (${size}px)`)
    }
    return found
  }, min)
}

/** Nothing spills off the panel: no scrolling on a screen nobody touches. */
export async function overflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth - innerWidth,
    y: document.documentElement.scrollHeight - innerHeight,
  }))
}

/** How far the scene's content reaches past the bottom of the stage (px); 0 when it fits. */
export const cutOff = (page: Page) =>
  page.$eval('.screen__stage', (stage) => {
    const bottom = stage.getBoundingClientRect().bottom
    let worst = 0
    for (const el of stage.querySelectorAll('*')) {
      const box = el.getBoundingClientRect()
      if (box.height > 0) worst = Math.max(worst, box.bottom - bottom)
    }
    return Math.round(worst)
  })
