// The big screen in Chromium against a real hub with the demo content: every scene, landscape and
// portrait, checked for what a screen read from 5 m needs (no text under 28 px, nothing cut off or
// spilling, no serious accessibility problem) and photographed for docs/.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'
import {
  configure,
  createScreen,
  cutOff,
  LANDSCAPE,
  only,
  openScreen,
  overflow,
  PORTRAIT,
  smallText,
  waitForScene,
  type ScreenDevice,
} from '../helpers/screen.ts'

const DOCS = 'docs'
const SCENES = ['jobs', 'fairs', 'spotlight', 'scan', 'policies'] as const

async function check(page: Page, scene: string, shot?: string): Promise<void> {
  // The entry animations finish first: axe measures contrast on what is finally shown.
  await page.waitForTimeout(900)
  expect(await axeScan(page)).toEqual([])
  expect(await smallText(page), scene).toEqual([])
  expect(await overflow(page), scene).toEqual({ x: 0, y: 0 })
  expect(await cutOff(page), scene).toBeLessThanOrEqual(0)
  if (shot) await page.screenshot({ path: `${DOCS}/${shot}.png` })
}

describe('the big screen: scenes', () => {
  let hub: TestHub
  let browser: Browser
  let screen: ScreenDevice
  beforeAll(async () => {
    ;[hub, browser] = await Promise.all([startHub({ listen: true }), launchBrowser()])
    screen = await createScreen(hub, { config: only('jobs') })
    await mkdir(DOCS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  for (const [orientation, viewport] of [
    ['landscape', LANDSCAPE],
    ['portrait', PORTRAIT],
    ['4K', { width: 3840, height: 2160 }],
  ] as const) {
    it(`shows every scene with the demo content, ${orientation}`, async () => {
      await configure(hub, screen, only('jobs'))
      const { page, errors, close } = await openScreen(browser, hub.url, screen.token, { viewport })
      const suffix = orientation === 'portrait' ? '-portrait' : ''
      for (const scene of SCENES) {
        await configure(hub, screen, only(scene))
        await waitForScene(page, scene)
        // 4K is checked, not photographed: it must look like 1080p, only sharper.
        await check(page, scene, orientation === '4K' ? undefined : `screen-${scene}${suffix}`)
        // The README's picture of the screen.
        if (scene === 'jobs' && orientation === 'landscape')
          await page.screenshot({ path: `${DOCS}/screen.png` })
      }
      // The header names the venue; the footer has the hotline and the age of the data.
      expect(await page.locator('.screen__venue').textContent()).toBe('湘源县体育中心广场')
      expect(await page.locator('.screen__hotline').textContent()).toMatch(/12333/)
      expect(await page.locator('.screen__age').textContent()).toMatch(/^更新于 \d\d:\d\d$/)
      expect(errors).toEqual([])
      await close()
    })
  }
})
