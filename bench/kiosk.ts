// The touch kiosk in Chromium against a real hub (the built faces from dist/, or DIST_DIR; run
// `npm run build` first):
//  - JavaScript before first use: the scripts /kiosk loads until the attract loop shows jobs, gzip -9;
//  - first content with the CPU throttled 4x (CDP Emulation.setCPUThrottlingRate): ms from navigation
//    to the attract loop's first job on screen, a cold start (no service worker, nothing saved).
//    Floor: a static HTML page with the same text, served by a bare node:http server, same throttle;
//  - filtering 10,000 jobs (a hub seeded with them): each change of filter (a chip in the filter
//    panel, a sort button) timed in the page from the tap to the work done, style and layout included
//    (performance.now around the click and a forced layout), and to the next frame (a rAF);
//  - soak: sessions started and abandoned every few seconds (browse, open a job or fair, type half a
//    phone number, walk away; the kiosk's idle reset shortened with ?idle=2&countdown=1), for
//    KIOSK_SOAK_MINUTES (default 3). JS heap after a forced GC and DOM nodes, sampled between sessions
//    on the attract loop; growth is last minus first after a warm-up.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import type { Browser, CDPSession, Page } from 'playwright-core'
import type { Venue } from '../content/model.ts'
import { launchBrowser } from '../tests/helpers/browser.ts'
import { startHub, type TestHub } from '../tests/helpers/hub.ts'
import { createKiosk, openKiosk, PORTRAIT, typePhone } from '../tests/helpers/kiosk.ts'
import { makeContent, removeDir, tempDataDir, writeContent } from './lib/fixtures.ts'
import type { BenchResult, Row } from './lib/report.ts'
import { percentile, round, sleep } from './lib/stats.ts'

const FIRST_CONTENT_ROUNDS = 5
const THROTTLE = 4
const SAMPLE_MS = 15_000
export const kioskSoakMinutes = () => Number(process.env.KIOSK_SOAK_MINUTES ?? 3)

type Kiosk = { id: string; token: string; cookie: string }

const hubEnv = { RATE_LIMITS: 'off', LOG_LEVEL: 'warn' }

async function scriptsBeforeFirstUse(browser: Browser, hub: TestHub, kiosk: Kiosk) {
  const context = await browser.newContext({ viewport: PORTRAIT, bypassCSP: true })
  const page = await context.newPage()
  const bodies: Promise<{ url: string; raw: number; gzip: number }>[] = []
  let ready = false
  page.on('response', (response) => {
    if (ready || response.request().resourceType() !== 'script') return
    bodies.push(
      response.body().then((body) => ({
        url: new URL(response.url()).pathname,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    )
  })
  await page.goto(`${hub.url}/kiosk#token=${kiosk.token}`)
  await page.locator('.attract__job').first().waitFor()
  ready = true
  const scripts = await Promise.all(bodies)
  await context.close()
  return scripts
}

/** Runs in the page from its first byte: records when `selector` first appears (ms since navigation). */
function markWhenShown(selector: string) {
  const w = window as unknown as { shownAt?: number }
  const seen = () => {
    if (w.shownAt === undefined && document.querySelector(selector)) w.shownAt = performance.now()
  }
  new MutationObserver(seen).observe(document, { subtree: true, childList: true })
}

async function timeToContent(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: PORTRAIT, bypassCSP: true })
  await context.addInitScript(markWhenShown, selector)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  await page.goto(url)
  await page.locator(selector).first().waitFor()
  // The element is in the DOM; on screen means after the next frame is drawn.
  const at = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const w = window as unknown as { shownAt: number }
          resolve(w.shownAt)
        }),
      ),
  )
  await context.close()
  return at
}

/** The floor: the attract loop's words as a plain static page, served with no framework at all. */
async function staticFloor(browser: Browser, hub: TestHub, kiosk: Kiosk) {
  const { page, close } = await openKiosk(browser, hub.url, kiosk.token)
  const text = await page.locator('.attract').innerText()
  await close()
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>kiosk</title></head><body>${text
    .split('\n')
    .filter(Boolean)
    .map((line) => `<p class="line">${line.replace(/</g, '&lt;')}</p>`)
    .join('')}</body></html>`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) }
}

async function firstContent(browser: Browser, hub: TestHub, kiosk: Kiosk) {
  const floor = await staticFloor(browser, hub, kiosk)
  const kioskMs: number[] = []
  const floorMs: number[] = []
  try {
    for (let r = 0; r < FIRST_CONTENT_ROUNDS; r++) {
      kioskMs.push(await timeToContent(browser, `${hub.url}/kiosk#token=${kiosk.token}`, '.attract__job'))
      floorMs.push(await timeToContent(browser, floor.url, '.line'))
    }
  } finally {
    await floor.close()
  }
  return { kioskMs, floorMs }
}

/** A hub whose content is 10,000 open jobs, and a kiosk at a venue among them. */
async function bigHub(): Promise<{ hub: TestHub; kiosk: Kiosk; dir: string }> {
  const dir = await tempDataDir('kiosk')
  const content = makeContent({ jobs: 10_000, employers: 500 })
  const at = new Date().toISOString()
  const venue: Venue = {
    id: 'venue-bench',
    createdAt: at,
    updatedAt: at,
    name: '基准测试服务点',
    kind: 'station',
    township: '城关镇',
    location: { lat: 27.95, lng: 113.05 },
  }
  content.venues = { [venue.id]: venue }
  await writeContent(dir, content)
  const hub = await startHub({ listen: true, dataDir: dir, demo: false, env: hubEnv })
  const kiosk = await createKiosk(hub, venue.id)
  return { hub, kiosk, dir }
}

interface FilterTiming {
  change: string
  /** From the tap to the DOM updated, style and layout done. */
  workMs: number
  /** From the tap to the next animation frame. */
  frameMs: number
}

/** Taps `selector` (the n-th match) in the page and times the work it causes. */
function timeTap(page: Page, selector: string, n: number): Promise<{ workMs: number; frameMs: number }> {
  return page.evaluate(
    ({ selector, n }) =>
      new Promise<{ workMs: number; frameMs: number }>((resolve) => {
        const target = document.querySelectorAll<HTMLElement>(selector)[n]
        if (!target) throw new Error(`nothing to tap: ${selector} #${n}`)
        const start = performance.now()
        target.click()
        // Preact renders in a microtask after the click; a task later the DOM is updated.
        setTimeout(() => {
          void document.body.offsetHeight
          const workMs = performance.now() - start
          requestAnimationFrame(() => resolve({ workMs, frameMs: performance.now() - start }))
        }, 0)
      }),
    { selector, n },
  )
}

async function filtering(browser: Browser) {
  const { hub, kiosk, dir } = await bigHub()
  const timings: FilterTiming[] = []
  try {
    const { page, close } = await openKiosk(browser, hub.url, kiosk.token)
    await page.locator('.attract').click()
    await page.getByRole('button', { name: /^找工作/ }).click()
    await page.locator('.job-card').first().waitFor()
    const jobs = await page.locator('.jobs__count').textContent()
    const add = async (change: string, selector: string, n: number) => {
      timings.push({ change, ...(await timeTap(page, selector, n)) })
    }
    for (let round = 0; round < 3; round++) {
      // Sorting 10,000: by pay, by distance, newest.
      for (const [i, name] of ['salary', 'distance', 'newest'].entries())
        await add(`sort ${name}`, '.jobs__controls .segmented__item', (i + 1) % 3)
      await page.getByRole('button', { name: /^筛选/ }).click()
      // Each chip tap re-counts the jobs the choices leave: kind of work, township, pay, benefits.
      for (const group of [0, 1, 2, 3]) {
        await page.locator('.filters__groups .segmented__item').nth(group).click()
        for (let c = 0; c < 4; c++) await add(`group ${group}, chip ${c}`, '.filters__chips .chip', c)
      }
      await add('older workers', '.chip--older', 0)
      await add('clear', '.filters__actions .btn--secondary', 0)
      await page.locator('.filters__groups .segmented__item').nth(0).click()
      await add('a kind of work', '.filters__chips .chip', 0)
      // Back to the list: filtered and sorted again, its first page drawn.
      await add('show the list', '.filters__actions .btn--primary', 0)
      await page.locator('.job-card').first().waitFor()
      await page.getByRole('button', { name: /^筛选/ }).click()
      await add('clear', '.filters__actions .btn--secondary', 0)
      await add('show the list', '.filters__actions .btn--primary', 0)
      await page.locator('.job-card').first().waitFor()
    }
    await close()
    return { timings, jobs }
  } finally {
    await hub.close()
    await removeDir(dir)
  }
}

interface Sample {
  atS: number
  sessions: number
  heapMB: number
  nodes: number
  listeners: number
}

async function sample(cdp: CDPSession, atS: number, sessions: number): Promise<Sample> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number }
  return {
    atS: round(atS, 0),
    sessions,
    heapMB: round(heap.usedSize / 2 ** 20, 2),
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
  }
}

/** One visitor: a few taps somewhere in the kiosk, then they walk away (the idle reset ends it). */
async function session(page: Page, n: number) {
  await page.locator('.attract').click()
  await page.locator('.home').waitFor()
  switch (n % 4) {
    case 0:
      await page.getByRole('button', { name: /^找工作/ }).click()
      await page
        .locator('.job-card')
        .nth(n % 3)
        .click()
      await page.getByRole('button', { name: '我要报名' }).click()
      await typePhone(page, `1390${String(n).padStart(3, '0')}`)
      break
    case 1:
      await page.getByRole('button', { name: /^招聘会/ }).click()
      await page.locator('.fair-card').first().click()
      await page.locator('.qr img').waitFor()
      break
    case 2:
      await page.getByRole('button', { name: /^附近的工作/ }).click()
      await page.getByRole('button', { name: '下一页' }).click()
      await page.getByRole('button', { name: /^筛选/ }).click()
      await page
        .locator('.filters__chips .chip')
        .nth(n % 5)
        .click()
      await page.getByRole('button', { name: '大字' }).click()
      break
    default:
      await page.getByRole('button', { name: /^政策和补贴/ }).click()
      await page.getByRole('button', { name: '下一页' }).click()
      await page.getByRole('button', { name: /^返回/ }).click()
      await page.getByRole('button', { name: '登记求职' }).click()
  }
  await page.locator('.attract').waitFor({ timeout: 15_000 })
}

async function soak(browser: Browser, hub: TestHub, kiosk: Kiosk, minutes: number) {
  const { page, errors, close } = await openKiosk(browser, hub.url, kiosk.token, {
    query: '?idle=2&countdown=1',
  })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  const started = Date.now()
  const samples: Sample[] = []
  let sessions = 0
  let lastSample = 0
  while (Date.now() - started < minutes * 60_000) {
    await session(page, sessions++)
    if (Date.now() - lastSample >= SAMPLE_MS) {
      lastSample = Date.now()
      samples.push(await sample(cdp, (Date.now() - started) / 1000, sessions))
    }
    // The attract loop shows for a moment before the next visitor comes.
    await sleep(500)
  }
  samples.push(await sample(cdp, (Date.now() - started) / 1000, sessions))
  await close()
  return { samples, sessions, errors }
}

export async function kioskBench(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const minutes = kioskSoakMinutes()
  const [hub, browser] = await Promise.all([startHub({ listen: true, env: hubEnv }), launchBrowser()])
  try {
    const kiosk = await createKiosk(hub)
    const scripts = await scriptsBeforeFirstUse(browser, hub, kiosk)
    const gzipKB = round(scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024, 1)
    console.log(`scripts before first use: ${gzipKB} KB gzip`)

    const first = await firstContent(browser, hub, kiosk)
    console.log(`first content, ${THROTTLE}x CPU: ${first.kioskMs.map((ms) => round(ms, 0)).join(', ')} ms`)

    const filter = await filtering(browser)
    const work = filter.timings.map((t) => t.workMs)
    const frames = filter.timings.map((t) => t.frameMs)
    console.log(
      `filtering ${filter.jobs}: p50 ${round(percentile(work, 50))} ms, max ${round(Math.max(...work))} ms`,
    )

    console.log(`soak: ${minutes} min`)
    const soaked = await soak(browser, hub, kiosk, minutes)
    console.log(`soak samples:\n${soaked.samples.map((s) => JSON.stringify(s)).join('\n')}`)
    // The first sample comes after a few sessions: the kiosk's code has run once everywhere by then.
    const firstSample = soaked.samples[0]!
    const last = soaked.samples.at(-1)!
    const heapGrowth = round(last.heapMB - firstSample.heapMB, 2)
    const nodeGrowth = last.nodes - firstSample.nodes

    const rows: Row[] = [
      {
        figure: 'JS before first use (gzip)',
        value: gzipKB,
        unit: 'KB',
        target: '<= 80 KB',
        met: gzipKB <= 80,
      },
      {
        figure: `first content, CPU ${THROTTLE}x, median`,
        value: round(percentile(first.kioskMs, 50), 0),
        unit: 'ms',
        floor: round(percentile(first.floorMs, 50), 0),
        target: '<= 1500 ms',
        met: percentile(first.kioskMs, 50) <= 1500,
      },
      {
        figure: `first content, CPU ${THROTTLE}x, worst`,
        value: round(Math.max(...first.kioskMs), 0),
        unit: 'ms',
        floor: round(Math.max(...first.floorMs), 0),
        target: '<= 1500 ms',
        met: Math.max(...first.kioskMs) <= 1500,
      },
      {
        figure: 'filter 10,000 jobs, work p50',
        value: round(percentile(work, 50), 1),
        unit: 'ms',
        target: '< 16 ms',
        met: percentile(work, 50) < 16,
      },
      {
        figure: 'filter 10,000 jobs, work p95',
        value: round(percentile(work, 95), 1),
        unit: 'ms',
        target: '< 16 ms',
        met: percentile(work, 95) < 16,
      },
      {
        figure: 'filter 10,000 jobs, work max',
        value: round(Math.max(...work), 1),
        unit: 'ms',
        target: '< 16 ms',
        met: Math.max(...work) < 16,
      },
      {
        figure: 'filter 10,000 jobs, to next frame p50',
        value: round(percentile(frames, 50), 1),
        unit: 'ms',
      },
      { figure: `soak ${minutes} min: sessions`, value: soaked.sessions, unit: '' },
      { figure: `soak ${minutes} min: JS heap after GC, first`, value: firstSample.heapMB, unit: 'MB' },
      { figure: `soak ${minutes} min: JS heap after GC, last`, value: last.heapMB, unit: 'MB' },
      {
        figure: `soak ${minutes} min: JS heap growth`,
        value: heapGrowth,
        unit: 'MB',
        target: 'flat (< 1 MB)',
        met: heapGrowth < 1,
      },
      { figure: `soak ${minutes} min: DOM nodes, first`, value: firstSample.nodes, unit: 'nodes' },
      { figure: `soak ${minutes} min: DOM nodes, last`, value: last.nodes, unit: 'nodes' },
      {
        figure: `soak ${minutes} min: DOM nodes growth`,
        value: nodeGrowth,
        unit: 'nodes',
        target: 'flat (<= 0)',
        met: nodeGrowth <= 0,
      },
    ]
    return {
      rows,
      details: {
        scripts,
        firstContent: { throttle: THROTTLE, ...first },
        filtering: filter,
        soak: { minutes, sessions: soaked.sessions, pageErrors: soaked.errors, samples: soaked.samples },
      },
    }
  } finally {
    await browser.close()
    await hub.close()
  }
}
