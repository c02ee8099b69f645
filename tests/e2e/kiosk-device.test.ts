// The kiosk as a device staff look after from the admin, in Chromium against a real hub: urgent
// broadcasts on top of whatever shows, "identify" and "reload", paging by swipe on a touch screen,
// read-aloud only where a Chinese voice exists, each QR code shown counted in the admin's funnel, and a
// kiosk that reboots while the hub is down still working from its service worker and IndexedDB.
import type { Browser, CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'
import { createKiosk, hubEnv, openKiosk, PORTRAIT } from '../helpers/kiosk.ts'

type Kiosk = { id: string; token: string; cookie: string }

/** The IndexedDB record the kiosk keeps its content in, as a JSON string ('' when there is none). */
function storedSnapshot(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('jobhub-kiosk')
        open.onerror = () => resolve('')
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('kv')) return resolve('')
          const get = db.transaction('kv', 'readonly').objectStore('kv').get('snapshot')
          get.onsuccess = () => resolve(get.result ? JSON.stringify(get.result) : '')
          get.onerror = () => resolve('')
        }
      }),
  )
}

/** A finger on the screen moving from one point to another in a few steps, then lifted. */
async function swipe(
  cdp: CDPSession,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const at = (f: number) => ({ x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at(0)] })
  for (const f of [0.2, 0.4, 0.6, 0.8, 1])
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at(f)] })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}

describe('the kiosk as a device', () => {
  let hub: TestHub
  let browser: Browser
  let kiosk: Kiosk
  beforeAll(async () => {
    ;[hub, browser] = await Promise.all([startHub({ listen: true, env: hubEnv() }), launchBrowser()])
    kiosk = await createKiosk(hub)
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  const admin = (method: 'POST' | 'DELETE' | 'GET', url: string, payload?: object) =>
    hub.app.inject({ method, url, headers: { cookie: kiosk.cookie }, ...(payload ? { payload } : {}) })

  it('shows an urgent broadcast on top of any screen, leaves the tools reachable, and drops it when it ends', async () => {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token)
    const text = '今天下午三点起大厅停电检修，自助机暂停服务'
    const res = await admin('POST', '/api/admin/broadcasts', {
      text,
      level: 'emergency',
      target: { deviceIds: [kiosk.id] },
      until: new Date(Date.now() + 3_600_000).toISOString(),
    })
    expect(res.statusCode).toBe(201)
    const id = (res.json() as { id: string }).id

    // On the attract loop: at the very top, over everything.
    const banner = page.getByRole('alert').filter({ hasText: text })
    await banner.waitFor()
    const onTop = () =>
      page.evaluate((wanted) => {
        const el = document.querySelector('.broadcasts')!
        const box = el.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return { top: box.top, covered: !el.contains(hit), text: el.textContent?.includes(wanted) }
      }, text)
    expect(await onTop()).toEqual({ top: 0, covered: false, text: true })

    // While browsing: still on top, and the display tools are not hidden under it.
    await page.locator('.attract').click()
    await page.getByRole('button', { name: /^找工作/ }).click()
    expect(await onTop()).toEqual({ top: 0, covered: false, text: true })
    await page.getByRole('button', { name: '大字' }).click()
    expect(await page.getAttribute('html', 'data-text')).toBe('large')
    await page.screenshot({ path: 'docs/kiosk-broadcast.png' })

    // Staff end it: it goes at once.
    expect((await admin('DELETE', `/api/admin/broadcasts/${id}`)).statusCode).toBeLessThan(300)
    await banner.waitFor({ state: 'detached' })
    // One that runs out by its own clock goes too, even with nobody ending it.
    await admin('POST', '/api/admin/broadcasts', {
      text: '五秒钟的通知',
      level: 'warning',
      target: { deviceIds: [kiosk.id] },
      until: new Date(Date.now() + 3_000).toISOString(),
    })
    await page.getByText('五秒钟的通知').waitFor()
    await page.getByText('五秒钟的通知').waitFor({ state: 'detached', timeout: 10_000 })
    await close()
  })

  it('shows its name large on "identify" and reloads itself on "reload"', async () => {
    const { page, errors, close } = await openKiosk(browser, hub.url, kiosk.token)
    expect(
      (await admin('POST', `/api/admin/devices/${kiosk.id}/commands`, { name: 'identify' })).json(),
    ).toEqual({
      ok: true,
      online: true,
    })
    const name = page.locator('.identify__name')
    await expect.poll(() => name.textContent()).toBe('测试自助机')
    const shown = await name.evaluate((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      cover: el.closest('.overlay')!.getBoundingClientRect().height,
    }))
    // Readable across a hall, over the whole screen.
    expect(shown.size).toBeGreaterThanOrEqual(100)
    expect(shown.cover).toBe(PORTRAIT.height)
    await page.screenshot({ path: 'docs/kiosk-identify.png' })

    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true))
    const loaded = page.waitForEvent('load')
    await admin('POST', `/api/admin/devices/${kiosk.id}/commands`, { name: 'reload' })
    await loaded
    expect(await page.evaluate(() => 'before' in window)).toBe(false)
    // Back on the attract loop with its content, still paired (the token was kept, not in the address).
    await page.locator('.attract__job').first().waitFor()
    expect(page.url()).not.toContain('token')
    expect(errors).toEqual([])
    await close()
  })

  it('turns pages of results with a swipe of the finger, without opening the card it started on, and a tap at once opens one', async () => {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token, { hasTouch: true })
    await page.locator('.attract').tap()
    await page.getByRole('button', { name: /^找工作/ }).tap()
    const where = page.locator('.pager__where')
    await expect.poll(() => where.textContent()).toMatch(/^第1\/\d+页$/)
    const firstTitle = await page.locator('.job-card__title').first().textContent()
    const box = (await page.locator('.jobs__cards').boundingBox())!
    const y = box.y + box.height / 2
    const cdp = await page.context().newCDPSession(page)
    // Right to left: the next page, and no job opened by the finger that started on a card.
    await swipe(cdp, { x: box.x + box.width * 0.85, y }, { x: box.x + box.width * 0.15, y: y + 20 })
    await expect.poll(() => where.textContent()).toMatch(/^第2\//)
    expect(await page.locator('.job-card__title').first().textContent()).not.toBe(firstTitle)
    expect(await page.locator('.detail').count()).toBe(0)
    // Left to right: back again.
    await swipe(cdp, { x: box.x + box.width * 0.15, y }, { x: box.x + box.width * 0.85, y })
    await expect.poll(() => where.textContent()).toMatch(/^第1\//)
    expect(await page.locator('.job-card__title').first().textContent()).toBe(firstTitle)
    expect(await page.locator('.detail').count()).toBe(0)
    // A tap at once, with the usual wobble of a finger, opens the job: the flicks before it must not
    // leave the browser a fling to stop with it (which swallowed taps for a second or two).
    const card = (await page.locator('.job-card').first().boundingBox())!
    await swipe(cdp, { x: card.x + 40, y: card.y + 40 }, { x: card.x + 42, y: card.y + 41 })
    await page.locator('.detail').waitFor({ timeout: 5000 })
    await close()
  })

  it('offers read-aloud only when a Chinese voice exists, and reads the card on screen with it', async () => {
    // Headless Chromium has no voices: no button that would read Chinese with nothing, or in English.
    const plain = await openKiosk(browser, hub.url, kiosk.token)
    await plain.page.locator('.attract').click()
    await plain.page.getByRole('heading', { name: '您想做什么？' }).waitFor()
    expect(await plain.page.getByRole('button', { name: '朗读' }).count()).toBe(0)
    await plain.close()

    // A system with a Chinese voice (stubbed: the real engine would speak out loud).
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token, {
      init: (context) =>
        context.addInitScript(() => {
          const voice = {
            lang: 'zh-CN',
            name: '普通话',
            voiceURI: 'test-zh',
            localService: true,
            default: true,
          }
          const spoken: { text: string; lang: string; voice?: string; rate: number }[] = []
          ;(window as unknown as { spoken: typeof spoken }).spoken = spoken
          class Utterance {
            text: string
            lang = ''
            rate = 1
            voice: { name: string } | null = null
            constructor(text: string) {
              this.text = text
            }
          }
          Object.assign(window, { SpeechSynthesisUtterance: Utterance })
          Object.defineProperties(speechSynthesis, {
            getVoices: { value: () => [voice] },
            cancel: { value: () => {} },
            speak: {
              value: (u: Utterance) =>
                spoken.push({
                  text: u.text,
                  lang: u.lang,
                  rate: u.rate,
                  ...(u.voice ? { voice: u.voice.name } : {}),
                }),
            },
          })
        }),
    })
    await page.locator('.attract').click()
    await page.getByRole('button', { name: /^找工作/ }).click()
    await page.locator('.job-card').first().click()
    const title = (await page.locator('.detail__title').textContent())!
    await page.getByRole('button', { name: '朗读' }).click()
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken)
    const [said] = await spoken()
    expect(said).toMatchObject({ lang: 'zh-CN', voice: '普通话' })
    expect(said!.text).toContain(title)
    // The card, not the frame around it: no button labels or clock read out.
    expect(said!.text).not.toContain('首页')
    await page.screenshot({ path: 'docs/kiosk-read-aloud.png' })
    // In English there is no English voice here: the button goes rather than read English in Chinese.
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('button', { name: "I'm interested" }).waitFor()
    expect(await page.getByRole('button', { name: 'Read', exact: true }).count()).toBe(0)
    await close()
  })

  it('counts each QR code it shows for the admin funnel, per kiosk and per job or fair', async () => {
    // A short idle time: the visitor walks away, and the visit's counts go to the hub as it ends.
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token, { query: '?idle=3&countdown=1' })
    await page.locator('.attract').click()
    await page.getByRole('button', { name: /^找工作/ }).click()
    await page.locator('.job-card').first().click()
    const qr = page.locator('.qr img')
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    const jobId = (await qr.getAttribute('src'))!.match(/^\/qr\/job\/([^.]+)\.svg/)![1]!
    await page.getByRole('button', { name: '首页' }).click()
    await page.getByRole('button', { name: /^招聘会/ }).click()
    await page.locator('.fair-card').first().click()
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    const fairId = (await qr.getAttribute('src'))!.match(/^\/qr\/fair\/([^.]+)\.svg/)![1]!
    await page.locator('.attract').waitFor({ timeout: 15_000 })

    type Row = { source: string; kind?: string; id?: string; shown: number }
    const funnel = async () =>
      ((await admin('GET', '/api/admin/stats')).json() as { today: { funnel: Row[] } }).today.funnel.filter(
        (r) => r.source === kiosk.id,
      )
    await expect
      .poll(funnel, { timeout: 5_000 })
      .toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'job', id: jobId, shown: 1 }),
          expect.objectContaining({ kind: 'fair', id: fairId, shown: 1 }),
        ]),
      )
    await close()
  })

  it('starts from its service worker and saved content after a reboot while the hub is down', async () => {
    // A hub of its own: this test stops it.
    let own = await startHub({ listen: true, env: hubEnv() })
    const device = await createKiosk(own)
    const port = Number(new URL(own.url).port)
    const context = await browser.newContext({ viewport: PORTRAIT, bypassCSP: true })
    try {
      const first = await context.newPage()
      await first.goto(`${own.url}/kiosk#token=${device.token}`)
      await first.locator('.attract__job').first().waitFor()
      // The shell is in the service worker's cache and the content in IndexedDB.
      await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 15_000,
      })
      await expect.poll(() => storedSnapshot(first), { timeout: 10_000 }).toContain('"jobs"')
      const titles = await first.locator('.attract__job-title').allTextContents()

      // The hub goes away, the kiosk's browser is restarted (a new page: nothing left in memory).
      const dataDir = own.dataDir
      await own.close({ keepData: true })
      await first.close()
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${own.url}/kiosk`)
      await page.locator('.attract__job').first().waitFor()
      expect(titles).toContain(await page.locator('.attract__job-title').first().textContent())
      await page.getByText(/网络断开，显示的是\d\d:\d\d的信息/).waitFor()
      // The featured jobs fade in; the picture is of the page settled.
      await page.evaluate(() => {
        for (const a of document.getAnimations())
          if (a.effect?.getComputedTiming().endTime !== Infinity) a.finish()
      })
      await page.screenshot({ path: 'docs/kiosk-offline-boot.png' })
      // And it is usable: browse to a job from the saved content.
      await page.locator('.attract').click()
      await page.getByRole('button', { name: /^找工作/ }).click()
      await page.locator('.job-card').first().click()
      await page.locator('.detail__title').waitFor()

      // The hub is back where the kiosk expects it: the banner goes by itself.
      own = await startHub({ listen: true, port, dataDir, env: hubEnv() })
      await page.locator('.offline').waitFor({ state: 'detached', timeout: 60_000 })
      expect(errors).toEqual([])
    } finally {
      await context.close()
      await own.close()
    }
  }, 120_000)
})
