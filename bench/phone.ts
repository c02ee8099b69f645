// The phone pages: what a visitor's phone downloads, how soon the form is usable on a slow network,
// and registrations through the phone endpoint at a fair's opening rush.
//
// - Weight: each page as the hub sends it to a browser (gzip), its script, and the same uncompressed.
//   There are no other requests: no stylesheet, font, image or script file.
// - Time to a usable form: Chromium with the "slow 3G" profile (400 kbit/s each way, 400 ms round
//   trip, CPU slowed 4x like a cheap phone), a fresh browser context each time (no cache, no open
//   connection), from navigation to the submit button being in the page. Floor: the same profile
//   fetching the hub's tiny /healthz, which is what the network alone costs.
// - Registrations: POST /m/register (the form as a phone sends it) at 200/s for 30 s, each a new
//   person, against a hub holding the demo county and 10,000 earlier registrations. Then the hub is
//   killed (SIGKILL) and the journal reopened: every acknowledged registration must be there.
//   Floor: the same route at the same rate with the consent box unticked: parsing, validating and
//   rendering the page again, storing nothing. "Hub time" is measured inside the hub (arrival to
//   answer sent); the client's own figure, on loopback, adds this process's scheduling.
import { readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { loadavg } from 'node:os'
import { gzipSync } from 'node:zlib'
import { demoContent } from '../server/demo.ts'
import type { ContentData } from '../server/store/content-store.ts'
import { openRegistrationStore } from '../server/store/registration-store.ts'
import { launchBrowser } from '../tests/helpers/browser.ts'
import { removeDir, tempDataDir, writeContent, writeRegistrations } from './lib/fixtures.ts'
import { startHub, stopHub, type HubChild } from './lib/hub.ts'
import type { BenchResult, Row } from './lib/report.ts'
import { median, percentile, round, sleep } from './lib/stats.ts'

const EARLIER = 10_000
const RATE = 200
const SECONDS = 30
const FLOOR_SECONDS = 15
const RUNS = 5
const SLOW_3G = { latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 }

async function weigh(url: string) {
  const res = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
  const html = await res.text()
  const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('')
  return {
    gzipKB: gzipSync(html).length / 1024,
    rawKB: Buffer.byteLength(html) / 1024,
    scriptGzipKB: script ? gzipSync(script).length / 1024 : 0,
    requests: 1 + [...html.matchAll(/<(?:script|img|link)[^>]+(?:src|href)="(?!data:)/g)].length,
  }
}

/** CPU time (user + system) a process has used, from /proc (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 a second).
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return Number.NaN
  }
}

/** Milliseconds from navigation to `selector` in the page, under the slow-3G profile (median). */
async function slow3g(urls: string[], selector: string): Promise<number[]> {
  const browser = await launchBrowser()
  const times: number[] = []
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const url of urls) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Network.enable')
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_3G })
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        const started = performance.now()
        await page.goto(url, { waitUntil: 'commit' })
        await page.waitForSelector(selector, { state: 'attached' })
        times.push(performance.now() - started)
        await context.close()
      }
    }
  } finally {
    await browser.close()
  }
  return times
}

interface Load {
  /** Milliseconds from sending each request to its whole answer, in the order they came back. */
  latencies: number[]
  /** Phones whose registration was acknowledged (201). */
  acknowledged: string[]
  statuses: Record<string, number>
  errors: number
  seconds: number
}

/**
 * POST /m/register at RATE a second for `seconds`, each request a new person; `consent: false` is
 * the floor. Open loop: a request leaves on schedule whether or not earlier ones have been answered
 * (as phones at a fair do), and each one's own time is kept, so a stall shows in the percentiles.
 */
async function load(url: string, jobIds: string[], seconds: number, consent: boolean): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: 100 })
  const { hostname, port } = new URL(url)
  const latencies: number[] = []
  const acknowledged: string[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  const run = `${process.pid}${Date.now().toString(36)}`
  const total = RATE * seconds
  const started = performance.now()
  const pending: Promise<void>[] = []
  for (let n = 1; n <= total; n++) {
    const due = started + ((n - 1) * 1000) / RATE
    const wait = due - performance.now()
    if (wait > 1) await sleep(wait)
    const phone = `13${String(n + (consent ? 0 : 500_000_000)).padStart(9, '0')}`
    const body = new URLSearchParams({
      clientId: `phonebench${run}x${n}`,
      phone,
      jobIds: jobIds[n % jobIds.length]!,
      name: '王师傅',
      ageBand: '45-54',
      d: 'screen-bench',
      ...(consent ? { consent: 'true' } : {}),
    }).toString()
    pending.push(
      new Promise<void>((resolve) => {
        const sent = performance.now()
        const req = request(
          {
            agent,
            hostname,
            port,
            method: 'POST',
            path: '/m/register',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': Buffer.byteLength(body),
              'accept-encoding': 'gzip',
            },
          },
          (res) => {
            res.resume()
            res.on('end', () => {
              latencies.push(performance.now() - sent)
              statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1
              if (res.statusCode === 201) acknowledged.push(phone)
              resolve()
            })
          },
        )
        req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
        req.on('error', () => {
          errors++
          resolve()
        })
        req.end(body)
      }),
    )
  }
  await Promise.all(pending)
  agent.destroy()
  return { latencies, acknowledged, statuses, errors, seconds: (performance.now() - started) / 1000 }
}

export async function phone(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const dataDir = await tempDataDir('phone')
  let hub: HubChild | undefined
  try {
    const demo = demoContent()
    const content = { rev: 1, feed: [], ...demo } as unknown as ContentData
    await writeContent(dataDir, content)
    const now = Date.now()
    // Registrations go to jobs a phone can see: published and not past their date.
    const jobIds = Object.values(demo.jobs)
      .filter((j) => j.status === 'published' && (!j.validUntil || Date.parse(j.validUntil) > now))
      .map((j) => j.id)
    await writeRegistrations(dataDir, EARLIER, jobIds)
    hub = await startHub(dataDir)

    const fairs = Object.values(demo.fairs).filter((f) => Date.parse(f.endsAt) > Date.now())
    const biggestFair = fairs.sort((a, b) => b.booths.length - a.booths.length)[0]!
    const pages = {
      '/m': `${hub.url}/m`,
      '/m/job/:id': `${hub.url}/m/job/${jobIds[0]}`,
      '/m/fair/:id (largest)': `${hub.url}/m/fair/${biggestFair.id}`,
      '/m/lookup': `${hub.url}/m/lookup`,
    }
    const weights = Object.fromEntries(
      await Promise.all(Object.entries(pages).map(async ([name, url]) => [name, await weigh(url)] as const)),
    )

    const formTimes = await slow3g(
      [pages['/m/job/:id'], pages['/m/fair/:id (largest)']],
      'button[type=submit]',
    )
    const floorTimes = await slow3g([`${hub.url}/healthz`], 'body')

    // Where the time goes: the hub's own CPU per request and how late its event loop ran.
    const measured = async (seconds: number, consent: boolean) => {
      await hub!.child.request('loopDelay', { reset: true })
      await hub!.child.request('requestTimes', { path: '/m/register', reset: true })
      const cpuBefore = cpuMs(hub!.child.process.pid!)
      const result = await load(hub!.url, jobIds, seconds, consent)
      const loop = await hub!.child.request<{ maxMs: number; p99Ms: number }>('loopDelay', { reset: true })
      const cpu = cpuMs(hub!.child.process.pid!) - cpuBefore
      const { times } = await hub!.child.request<{ times: number[] }>('requestTimes', {
        path: '/m/register',
        reset: true,
      })
      return { ...result, hubTimes: times, cpuMsPerRequest: cpu / result.latencies.length, loop }
    }
    const floorLoad = await measured(FLOOR_SECONDS, false)
    const hubLoad = await measured(SECONDS, true)
    const loadAverageAfter = loadavg()[0]!
    await sleep(1000)
    await stopHub(hub)
    hub = undefined

    // Every acknowledged registration, by its phone, in the journal as reopened from disk.
    const store = await openRegistrationStore(dataDir, async () => undefined)
    let lost = 0
    let stored = 0
    try {
      stored = store.count() - EARLIER
      lost = hubLoad.acknowledged.filter((p) => store.byPhone(p).length === 0).length
    } finally {
      await store.close()
    }
    const acknowledged = hubLoad.acknowledged.length
    const failed = hubLoad.errors + hubLoad.latencies.length - acknowledged
    const rate = acknowledged / hubLoad.seconds
    const p = (l: Load, q: number) => round(percentile(l.latencies, q), 1)
    const h = (l: { hubTimes: number[] }, q: number) => round(percentile(l.hubTimes, q), 1)

    const weightRows: Row[] = Object.entries(weights).flatMap(([name, w]) => [
      {
        figure: `${name} gzip, all (${w.requests} request)`,
        value: round(w.gzipKB, 1),
        unit: 'KB',
        target: '<= 50 KB',
        met: w.gzipKB <= 50,
      },
      { figure: `${name} uncompressed`, value: round(w.rawKB, 1), unit: 'KB' },
      {
        figure: `${name} script gzip`,
        value: round(w.scriptGzipKB, 2),
        unit: 'KB',
        target: '<= 15 KB',
        met: w.scriptGzipKB <= 15,
      },
    ])
    const usable = median(formTimes)
    return {
      rows: [
        ...weightRows,
        {
          figure: 'slow 3G: form usable (median)',
          value: usable,
          unit: 'ms',
          floor: median(floorTimes),
          target: '< 3000 ms',
          met: usable < 3000,
        },
        { figure: 'slow 3G: form usable (slowest)', value: Math.max(...formTimes), unit: 'ms' },
        {
          figure: `POST /m/register at ${RATE}/s: answered`,
          value: rate,
          unit: '/s',
          floor: (floorLoad.statuses['400'] ?? 0) / floorLoad.seconds,
        },
        {
          figure: 'hub time p99 (arrival to answer sent)',
          value: h(hubLoad, 99),
          unit: 'ms',
          floor: h(floorLoad, 99),
          target: '< 50 ms',
          met: h(hubLoad, 99) < 50,
        },
        { figure: 'hub time p50', value: h(hubLoad, 50), unit: 'ms', floor: h(floorLoad, 50) },
        { figure: 'hub time max', value: h(hubLoad, 100), unit: 'ms', floor: h(floorLoad, 100) },
        {
          figure: 'client latency p99 (loopback)',
          value: p(hubLoad, 99),
          unit: 'ms',
          floor: p(floorLoad, 99),
        },
        { figure: 'client latency p50', value: p(hubLoad, 50), unit: 'ms', floor: p(floorLoad, 50) },
        {
          figure: 'hub CPU per request',
          value: round(hubLoad.cpuMsPerRequest, 2),
          unit: 'ms',
          floor: round(floorLoad.cpuMsPerRequest, 2),
        },
        {
          figure: 'hub event loop delay p99',
          value: round(hubLoad.loop.p99Ms, 1),
          unit: 'ms',
          floor: round(floorLoad.loop.p99Ms, 1),
        },
        { figure: 'acknowledged (201)', value: acknowledged, unit: '' },
        { figure: 'in the journal after kill + reopen', value: stored, unit: '' },
        {
          figure: 'acknowledged, not stored',
          value: lost,
          unit: '',
          target: '0',
          met: lost === 0,
        },
        { figure: 'failed or not 201', value: failed, unit: '', target: '0', met: failed === 0 },
      ],
      details: {
        earlier: EARLIER,
        rate: RATE,
        seconds: SECONDS,
        weights,
        slow3g: { profile: SLOW_3G, cpuSlowdown: 4, formTimes, floorTimes },
        hubStatuses: hubLoad.statuses,
        floorStatuses: floorLoad.statuses,
        hubTime: {
          p50: h(hubLoad, 50),
          p90: h(hubLoad, 90),
          p99: h(hubLoad, 99),
          p999: h(hubLoad, 99.9),
          count: hubLoad.hubTimes.length,
        },
        floorTime: {
          p50: h(floorLoad, 50),
          p90: h(floorLoad, 90),
          p99: h(floorLoad, 99),
          count: floorLoad.hubTimes.length,
        },
        hubLatency: { p50: p(hubLoad, 50), p90: p(hubLoad, 90), p99: p(hubLoad, 99), max: p(hubLoad, 100) },
        floorLatency: {
          p50: p(floorLoad, 50),
          p90: p(floorLoad, 90),
          p99: p(floorLoad, 99),
          max: p(floorLoad, 100),
        },
        errors: { hub: hubLoad.errors, floor: floorLoad.errors },
        hubLoop: hubLoad.loop,
        floorLoop: floorLoad.loop,
        loadAverageAfter,
      },
    }
  } finally {
    await stopHub(hub)
    await removeDir(dataDir)
  }
}
