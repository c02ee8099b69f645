// The kiosk left alone and cut off: the idle reset wipes what the last person typed, and a
// registration made while the hub is down is kept on the kiosk and reaches the ledger exactly once
// after the hub comes back.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'
import { createKiosk, hubEnv, ledger, openKiosk, typePhone } from '../helpers/kiosk.ts'

/**
 * Which of `needles` are anywhere in the page's JavaScript memory, after a full garbage collection:
 * a heap snapshot holds every string still reachable, whether in a signal, a closure or an old vnode.
 */
async function inMemory(page: Page, needles: string[]): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk))
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await cdp.detach()
  const heap = chunks.join('')
  return needles.filter((n) => heap.includes(n))
}

describe('the kiosk, idle and offline', () => {
  let hub: TestHub
  let browser: Browser
  let kiosk: { id: string; token: string; cookie: string }
  beforeAll(async () => {
    ;[hub, browser] = await Promise.all([startHub({ listen: true, env: hubEnv() }), launchBrowser()])
    kiosk = await createKiosk(hub)
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  it('counts down after a while without a touch, then wipes the phone number and returns to the start', async () => {
    // 3 s idle and a 3 s countdown instead of 60 + 10.
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token, { query: '?idle=3&countdown=3' })
    await page.locator('.attract').click()
    await page.getByRole('button', { name: /^找工作/ }).click()
    await page.locator('.job-card').first().click()
    await page.getByRole('button', { name: '我要报名' }).click()
    await typePhone(page, '13712340000')
    await page.getByRole('button', { name: '大字' }).click()
    expect(await page.locator('.phone-display').textContent()).toContain('137 1234 0000')

    // A touch during the countdown keeps the session.
    await page.getByRole('alertdialog').waitFor()
    expect(await page.getByText(/\d秒后回到首页/).isVisible()).toBe(true)
    await page.getByRole('button', { name: '继续使用' }).click()
    await page.getByRole('alertdialog').waitFor({ state: 'detached' })
    expect(await page.locator('.phone-display').textContent()).toContain('137 1234 0000')

    // Left alone: back to the attract loop with nothing of the last person left.
    await page.locator('.attract').waitFor({ timeout: 15_000 })
    const html = await page.content()
    expect(html).not.toMatch(/137\s*1234\s*0000|13712340000/)
    // Nor in storage: local and session storage, and the kiosk's IndexedDB (snapshot and outbox).
    const stored = await page.evaluate(async () => {
      const idb = await new Promise<string>((resolve) => {
        const open = indexedDB.open('jobhub-kiosk')
        open.onerror = () => resolve('')
        open.onsuccess = () => {
          const all = open.result.transaction('kv', 'readonly').objectStore('kv').getAll()
          all.onsuccess = () => resolve(JSON.stringify(all.result))
          all.onerror = () => resolve('')
        }
      })
      return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + idb
    })
    expect(stored).not.toContain('13712340000')
    expect(await page.getAttribute('html', 'data-text')).toBe('normal')
    // And the next person starts at home with an empty keypad.
    await page.locator('.attract').click()
    await page.getByRole('button', { name: '登记求职' }).click()
    await page.getByRole('button', { name: /下一步/ }).click()
    expect(await page.locator('.phone-display').textContent()).not.toMatch(/\d/)
    await close()
  })

  it('waits the full 60 s and a 10 s countdown, then leaves no trace of the number, not even in memory', async () => {
    // The kiosk's own timings, on a clock the test moves (the page's timers and Date follow it).
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token, {
      init: (context) => context.clock.install(),
    })
    await page.locator('.attract').click()
    await page.getByRole('button', { name: '登记求职' }).click()
    await page.getByRole('button', { name: /下一步|不限/ }).click()
    await typePhone(page, '13987650123')
    const typed = ['13987650123', '139 8765 0123']

    // (The clock also runs on by itself between these steps, a little.)
    await page.clock.runFor(58_000)
    expect(await page.getByRole('alertdialog').count()).toBe(0)
    await page.clock.runFor(3_000)
    await expect.poll(() => page.getByRole('alertdialog').textContent()).toMatch(/\d秒后回到首页/)
    // The check can see the number while it is there (else its silence later would prove nothing).
    expect(await inMemory(page, typed)).not.toEqual([])
    await page.clock.runFor(10_000)
    await page.locator('.attract').waitFor()
    expect(await page.content()).not.toMatch(/139\s*8765\s*0123/)
    expect(await inMemory(page, typed)).toEqual([])
    await close()
  })

  it('keeps a registration made while the hub is down and delivers it once when the hub is back', async () => {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token)
    await page.locator('.attract').click()
    await page.getByRole('button', { name: /^找工作/ }).click()
    await page.locator('.job-card').first().click()
    await page.getByRole('button', { name: '我要报名' }).click()
    await typePhone(page, '13655556666')
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('button', { name: '下一步' }).click()

    // The hub goes away; the kiosk says so quietly and keeps working from its saved content.
    const port = Number(new URL(hub.url).port)
    const dataDir = hub.dataDir
    await hub.close({ keepData: true })
    await page.getByText(/网络断开，显示的是\d\d:\d\d的信息/).waitFor()
    await page.getByRole('button', { name: '同意，提交报名' }).click()
    await page.getByRole('heading', { name: '已保存，网络恢复后自动发送' }).waitFor()
    await page.screenshot({ path: 'docs/kiosk-queued.png' })
    expect(await page.content()).not.toContain('13655556666')

    hub = await startHub({ listen: true, port, dataDir, env: hubEnv() })
    // Reconnects back off (2 s, 4 s, 8 s... with jitter) so a fleet does not return at once.
    await page.locator('.offline').waitFor({ state: 'detached', timeout: 60_000 })
    // Sent on reconnecting, not at the next heartbeat half a minute later.
    await expect
      .poll(async () => (await ledger(hub, kiosk.cookie, '13655556666')).total, {
        timeout: 2_000,
        interval: 100,
      })
      .toBe(1)
    await page.locator('.offline').waitFor({ state: 'detached' })
    // Heartbeats or a reconnect would send it again if the kiosk had kept it: it must not have.
    await page.waitForTimeout(2_000)
    expect((await ledger(hub, kiosk.cookie, '13655556666')).total).toBe(1)
    await close()
  }, 120_000)
})
