// Reconnect storm: a thousand devices coming back at once after a hub restart must not take it down.
// 1,000 socket.io-client devices (in their own process) connect to the hub's /device namespace in the
// same tick (no jitter: the worst case) with a rev too old to catch up from, so each is sent `stale`;
// on `stale` each GETs /api/device/content with its token and Accept-Encoding: gzip (all at once, no
// bounded concurrency), parses it, and is back. Measured: from the go until the last device is back
// (p50 of 3 rounds; all devices disconnect between rounds), the hub's longest event-loop delay during
// the storm (perf_hooks, inside the hub), the devices that failed (not back within 30 s, or a non-200),
// and /healthz polled every 50 ms from this process on a fresh connection each, as a load balancer's
// check would. Floor: the same 1,000 GETs, at once from the same fleet, of the same gzipped bytes
// from a bare node:http server (lib/floor-http-process.ts `static`). Hub and floor rounds alternate.
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { startChild } from './lib/child.ts'
import { now } from './lib/clock.ts'
import { makeContent, removeDir, tempDataDir, writeContent } from './lib/fixtures.ts'
import { startHub, stopHub, type HubChild } from './lib/hub.ts'
import type { BenchResult } from './lib/report.ts'
import { percentile, round, sleep } from './lib/stats.ts'

const DEVICES = 1000
const ROUNDS = 3
/** A device not back this long after the go has failed. */
const BACK_WITHIN_MS = 30_000
const HEALTH_EVERY_MS = 50
const CONTENT = { jobs: 1000, employers: 100 }
/** Older than any rev the hub has (it starts at 1 with an empty feed): every device is sent `stale`. */
const TOO_OLD_REV = 0

interface StormResult {
  ms: number
  back: number
  failed: number
  statuses: Record<string, number>
  errors: Record<string, number>
  /** Per device, ms from the go until it was back (NaN if it never was). */
  backMs: number[]
  /** Per device, ms from the go until the answer's headers arrived (before gunzip and JSON.parse). */
  answeredMs: number[]
  /** How long the fleet took to start every device (or GET), inside the measured time. */
  createdMs: number
}

interface HubStorm extends StormResult {
  connectedMs: number[]
  staleMs: number[]
}

interface LoopDelay {
  maxMs: number
  p99Ms: number
  meanMs: number
  samples: number
}

interface Health {
  polls: number
  failed: number
  /** Polls answered after 1 s or more (a SYN dropped on a full listen queue is retransmitted after 1 s). */
  overOneSecond: number
  maxMs: number
  p50Ms: number
}

/**
 * Connections the kernel refused to queue because a listen backlog was full (TcpExt ListenOverflows,
 * this network namespace): each costs its client a SYN retransmitted after 1 s.
 */
function listenOverflows(): number {
  const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n')
  const head = lines.findIndex((l) => l.startsWith('TcpExt:'))
  if (head === -1) return Number.NaN
  const names = lines[head]!.split(/\s+/)
  const values = lines[head + 1]!.split(/\s+/)
  return Number(values[names.indexOf('ListenOverflows')])
}

/** The last device back: infinite when one never was, so that a miss cannot look fast. */
const lastBack = (s: StormResult) => (s.failed > 0 ? Number.POSITIVE_INFINITY : Math.max(...s.backMs))
const finite = (values: number[]) => values.filter((v) => Number.isFinite(v))
const spread = (values: number[]) => {
  const v = finite(values)
  return { p50: round(percentile(v, 50)), p99: round(percentile(v, 99)), max: round(Math.max(...v)) }
}

/** One GET of `url` on a connection of its own; the status and latency (ms), or the error. */
function timedGet(url: string, timeoutMs: number): Promise<{ status?: number; ms: number }> {
  const started = now()
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume()
      res.once('end', () => resolve({ status: res.statusCode, ms: now() - started }))
      res.once('error', () => resolve({ ms: now() - started }))
    })
    req.once('error', () => resolve({ ms: now() - started }))
    req.once('timeout', () => req.destroy())
    req.end()
  })
}

/** Polls `url` every HEALTH_EVERY_MS (not waiting for the previous answer) until `stop`. */
function pollHealth(url: string): { stop(): Promise<Health> } {
  const polls: Promise<{ status?: number; ms: number }>[] = []
  const poll = () => polls.push(timedGet(url, 10_000))
  poll()
  const timer = setInterval(poll, HEALTH_EVERY_MS)
  return {
    async stop() {
      clearInterval(timer)
      const answers = await Promise.all(polls)
      const ms = answers.map((a) => a.ms)
      return {
        polls: answers.length,
        failed: answers.filter((a) => a.status !== 200).length,
        overOneSecond: ms.filter((v) => v >= 1000).length,
        maxMs: Math.max(...ms),
        p50Ms: percentile(ms, 50),
      }
    },
  }
}

/** The snapshot as the hub sends it to a device asking for gzip: the bytes on the wire. */
function gzippedSnapshot(url: string, token: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/device/content`,
      { agent: false, headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.once('end', () =>
          res.statusCode === 200 && res.headers['content-encoding'] === 'gzip'
            ? resolve(Buffer.concat(chunks))
            : reject(new Error(`the snapshot answered ${res.statusCode} ${res.headers['content-encoding']}`)),
        )
      },
    )
    req.once('error', reject)
    req.end()
  })
}

export async function reconnect(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const dataDir = await tempDataDir('reconnect')
  const fleet = startChild('./fleet-process.ts')
  const floorServer = startChild('./floor-http-process.ts')
  let hub: HubChild | undefined
  try {
    await writeContent(dataDir, makeContent(CONTENT))
    hub = await startHub(dataDir)
    const { url } = hub
    const hubChild = hub.child
    const { tokens } = await hubChild.request<{ tokens: string[] }>(
      'createDevices',
      { count: DEVICES },
      60_000,
    )

    const hubRounds: (HubStorm & { loop: LoopDelay; health: Health; overflows: number })[] = []
    const floorRounds: (StormResult & { health: Health; overflows: number })[] = []
    let floorUrl: string | undefined
    let gzipBytes = 0

    const hubRound = async () => {
      await hubChild.request('loopDelay', { reset: true })
      const overflowsBefore = listenOverflows()
      const health = pollHealth(`${url}/healthz`)
      const storm = await fleet.request<HubStorm>(
        'storm',
        { url, tokens, rev: TOO_OLD_REV, timeoutMs: BACK_WITHIN_MS },
        BACK_WITHIN_MS + 15_000,
      )
      const healthz = await health.stop()
      const loop = await hubChild.request<LoopDelay>('loopDelay', { reset: true })
      hubRounds.push({ ...storm, loop, health: healthz, overflows: listenOverflows() - overflowsBefore })
      // All gone before the next round (bounded: 100 polls of 100 ms).
      await fleet.request('disconnect')
      for (let i = 0; i < 100; i++) {
        if ((await hubChild.request<{ devicesOnline: number }>('memory')).devicesOnline === 0) break
        await sleep(100)
      }
      await sleep(500)
    }

    const floorRound = async () => {
      // /healthz of the hub, idle meanwhile: the floor of its latency (the poll and the machine as busy).
      const overflowsBefore = listenOverflows()
      const health = pollHealth(`${url}/healthz`)
      const storm = await fleet.request<StormResult>(
        'getAll',
        { url: floorUrl, count: DEVICES, timeoutMs: BACK_WITHIN_MS },
        BACK_WITHIN_MS + 15_000,
      )
      floorRounds.push({
        ...storm,
        health: await health.stop(),
        overflows: listenOverflows() - overflowsBefore,
      })
      await sleep(500)
    }

    for (let r = 0; r < ROUNDS; r++) {
      // The first round meets a freshly started hub: nothing serialized or compressed yet.
      await hubRound()
      if (!floorUrl) {
        // The floor serves the very bytes the hub sent (taken after the first round, so that round
        // found the hub's snapshot cache cold, as after a restart).
        const gzip = await gzippedSnapshot(url, tokens[0]!)
        gzipBytes = gzip.length
        const { port } = await floorServer.request<{ port: number }>('static', { gzip })
        floorUrl = `http://127.0.0.1:${port}/content.json`
      }
      await floorRound()
    }

    const hubLast = hubRounds.map(lastBack)
    const floorLast = floorRounds.map(lastBack)
    const worstBack = Math.min(...hubRounds.map((s) => s.back))
    const failed = hubRounds.reduce((n, s) => n + s.failed, 0)
    const floorFailed = floorRounds.reduce((n, s) => n + s.failed, 0)
    const non200 = hubRounds.reduce(
      (n, s) => n + Object.entries(s.statuses).reduce((m, [code, k]) => m + (code === '200' ? 0 : k), 0),
      0,
    )
    const healthMax = Math.max(...hubRounds.map((s) => s.health.maxMs))
    const healthFailed = hubRounds.reduce((n, s) => n + s.health.failed, 0)
    const staleLast = hubRounds.map((s) => Math.max(...finite(s.staleMs)))
    const hubAnswered = hubRounds.map((s) => Math.max(...finite(s.answeredMs)))
    const floorAnswered = floorRounds.map((s) => Math.max(...finite(s.answeredMs)))

    return {
      rows: [
        {
          figure: 'devices back, worst round',
          value: worstBack,
          unit: '',
          target: `all ${DEVICES}`,
          met: worstBack === DEVICES,
        },
        {
          figure: `devices failed (${ROUNDS} rounds)`,
          value: failed,
          unit: '',
          floor: floorFailed,
          target: '0',
          met: failed === 0,
        },
        { figure: 'HTTP non-200 answers', value: non200, unit: '', target: '0', met: non200 === 0 },
        {
          figure: 'last device back, p50',
          value: percentile(hubLast, 50),
          unit: 'ms',
          floor: percentile(floorLast, 50),
        },
        {
          figure: 'last device back, fresh hub',
          value: hubLast[0]!,
          unit: 'ms',
          floor: floorLast[0]!,
        },
        {
          figure: 'last answer arrived, p50',
          value: percentile(hubAnswered, 50),
          unit: 'ms',
          floor: percentile(floorAnswered, 50),
        },
        { figure: 'last device has stale, p50', value: percentile(staleLast, 50), unit: 'ms' },
        {
          figure: 'listen queue overflows, p50',
          value: percentile(
            hubRounds.map((s) => s.overflows),
            50,
          ),
          unit: '',
          floor: percentile(
            floorRounds.map((s) => s.overflows),
            50,
          ),
        },
        {
          figure: 'hub event-loop delay, max',
          value: Math.max(...hubRounds.map((s) => s.loop.maxMs)),
          unit: 'ms',
        },
        {
          figure: '/healthz latency, max',
          value: healthMax,
          unit: 'ms',
          floor: Math.max(...floorRounds.map((s) => s.health.maxMs)),
          target: '< 1 s, always answers',
          met: healthMax < 1000 && healthFailed === 0,
        },
      ],
      details: {
        devices: DEVICES,
        rounds: ROUNDS,
        content: CONTENT,
        gzipBytes,
        backWithinMs: BACK_WITHIN_MS,
        healthEveryMs: HEALTH_EVERY_MS,
        hub: hubRounds.map((s) => ({
          lastBackMs: round(lastBack(s)),
          back: s.back,
          failed: s.failed,
          statuses: s.statuses,
          errors: s.errors,
          fleetCreatedMs: round(s.createdMs),
          connectedMs: spread(s.connectedMs),
          staleMs: spread(s.staleMs),
          answeredMs: spread(s.answeredMs),
          backMs: spread(s.backMs),
          listenOverflows: s.overflows,
          loopDelayMs: { max: round(s.loop.maxMs), p99: round(s.loop.p99Ms), mean: round(s.loop.meanMs, 2) },
          healthz: { ...s.health, maxMs: round(s.health.maxMs), p50Ms: round(s.health.p50Ms) },
        })),
        floor: floorRounds.map((s) => ({
          lastBackMs: round(lastBack(s)),
          back: s.back,
          failed: s.failed,
          statuses: s.statuses,
          errors: s.errors,
          fleetCreatedMs: round(s.createdMs),
          answeredMs: spread(s.answeredMs),
          backMs: spread(s.backMs),
          listenOverflows: s.overflows,
          idleHubHealthz: { ...s.health, maxMs: round(s.health.maxMs), p50Ms: round(s.health.p50Ms) },
        })),
      },
    }
  } finally {
    await Promise.all([fleet.stop(), floorServer.stop()])
    await stopHub(hub)
    await removeDir(dataDir)
  }
}
