// Propagation: staff PATCH one job over real HTTP; how long until the last of 1,000 connected devices
// (socket.io-client, /device namespace, websocket transport, in their own process) has the `changes`
// event. Floor: a plain `ws` server in this process sending a message of the same JSON to 1,000 plain
// `ws` clients in their own process, timed the same way. Hub and floor rounds alternate, so a burst
// of other work on the machine hits both alike. Receive times come from the fleet's clock, corrected
// by the offset measured between the processes (lib/child.ts clockOffset).
import { WebSocketServer } from 'ws'
import { clockOffset, startChild, type Child } from './lib/child.ts'
import { now } from './lib/clock.ts'
import { makeContent, removeDir, tempDataDir, writeContent } from './lib/fixtures.ts'
import { ADMIN, startHub, stopHub, type HubChild } from './lib/hub.ts'
import { signIn } from './lib/http.ts'
import type { BenchResult } from './lib/report.ts'
import { percentile, round, sleep } from './lib/stats.ts'

const DEVICES = 1000
const WARMUP_ROUNDS = 3
const ROUNDS = 20
const ROUND_TIMEOUT_MS = 10_000
/** A county's listings: the content file each PATCH rewrites and fsyncs is this big. */
const CONTENT = { jobs: 1000, employers: 100 }

interface Side {
  fleet: Child
  offsetMs: number
  /** Starts what is measured; resolves when the sender is done with it. */
  send(round: number): Promise<void>
  /** Per round: ms from the start until the first device had it (what comes before the fan-out). */
  first: number[]
  /** Per round: ms from the start until the last device had it. */
  last: number[]
  /** Every device of every measured round: ms from the start until it had it. */
  each: number[]
  missing: number
  sample?: string
}

type Connected = { connected: number; failed: number; firstError?: string; ms: number }

/** One round: arm the fleet, start the clock, send, collect the receive times. */
async function runRound(side: Side, r: number, measured: boolean): Promise<void> {
  await side.fleet.request('arm')
  const collecting = side.fleet.request<{ times: number[]; missing: number; sample?: string }>(
    'collect',
    { timeoutMs: ROUND_TIMEOUT_MS },
    ROUND_TIMEOUT_MS + 5000,
  )
  const start = now()
  await side.send(r)
  const { times, missing, sample } = await collecting
  side.sample = sample ?? side.sample
  if (!measured) return
  const latencies = times.filter((t) => !Number.isNaN(t)).map((t) => t - side.offsetMs - start)
  side.each.push(...latencies)
  side.first.push(latencies.length > 0 ? Math.min(...latencies) : Number.POSITIVE_INFINITY)
  // A device that never got it makes the round's "last" infinite: a miss must not look fast.
  side.last.push(missing > 0 ? Number.POSITIVE_INFINITY : Math.max(...latencies))
  side.missing += missing
}

async function connectFleet(fleet: Child, request: object, count: number): Promise<Connected> {
  const connected = await fleet.request<Connected>('connect', request, 120_000)
  if (connected.connected !== count)
    throw new Error(`only ${connected.connected} of ${count} connected: ${connected.firstError}`)
  return connected
}

export async function propagation(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const dataDir = await tempDataDir('propagation')
  const hubFleet = startChild('./fleet-process.ts')
  const floorFleet = startChild('./fleet-process.ts')
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  const listening = new Promise<void>((resolve) => server.once('listening', () => resolve()))
  let hub: HubChild | undefined
  try {
    // The hub, its devices, a signed-in session.
    const content = makeContent(CONTENT)
    await writeContent(dataDir, content)
    hub = await startHub(dataDir)
    const url = hub.url
    const { tokens } = await hub.child.request<{ tokens: string[] }>(
      'createDevices',
      { count: DEVICES },
      60_000,
    )
    const hubConnect = await connectFleet(hubFleet, { kind: 'socket.io', url, tokens, rev: hub.rev }, DEVICES)
    const cookie = await signIn(url, ADMIN.username, ADMIN.password)
    const jobId = Object.keys(content.jobs)[0]!
    const patchMs: number[] = []
    const hubSide: Side = {
      fleet: hubFleet,
      offsetMs: (await clockOffset(hubFleet)).offsetMs,
      first: [],
      last: [],
      each: [],
      missing: 0,
      async send(r) {
        const started = now()
        const res = await fetch(`${url}/api/admin/jobs/${jobId}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ headcount: 10 + r }),
        })
        await res.arrayBuffer()
        if (res.status !== 200) throw new Error(`PATCH answered ${res.status}`)
        if (r >= WARMUP_ROUNDS) patchMs.push(now() - started)
      },
    }

    // The floor: plain ws, the same number of clients, the hub's own payload.
    await listening
    const address = server.address()
    const wsUrl = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const floorConnect = await connectFleet(floorFleet, { kind: 'ws', url: wsUrl, count: DEVICES }, DEVICES)
    const floorSide: Side = {
      fleet: floorFleet,
      offsetMs: (await clockOffset(floorFleet)).offsetMs,
      first: [],
      last: [],
      each: [],
      missing: 0,
      async send(r) {
        // The hub's last `changes` payload with another rev: same JSON, same size, encoded after the
        // clock starts as Socket.IO encodes each emit.
        const message = JSON.parse(hubSide.sample!) as { rev: number }
        const text = JSON.stringify({ ...message, rev: message.rev + 1 + r })
        for (const client of server.clients) client.send(text)
      },
    }

    for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
      const measured = r >= WARMUP_ROUNDS
      await runRound(hubSide, r, measured)
      if (!hubSide.sample) throw new Error('no device received the change')
      // Let the hub finish what follows the push (the audit write) before the floor's round.
      await sleep(50)
      await runRound(floorSide, r, measured)
      await sleep(50)
    }

    const lastP99 = percentile(hubSide.last, 99)
    const floorP99 = percentile(floorSide.last, 99)
    return {
      rows: [
        {
          figure: 'last device has it, p50',
          value: percentile(hubSide.last, 50),
          unit: 'ms',
          floor: percentile(floorSide.last, 50),
        },
        {
          figure: 'last device has it, p99',
          value: lastP99,
          unit: 'ms',
          floor: floorP99,
          target: '<= 2x floor, < 300 ms',
          met: lastP99 <= 2 * floorP99 && lastP99 < 300,
        },
        {
          figure: 'per device, p50',
          value: percentile(hubSide.each, 50),
          unit: 'ms',
          floor: percentile(floorSide.each, 50),
        },
        {
          figure: 'per device, p99',
          value: percentile(hubSide.each, 99),
          unit: 'ms',
          floor: percentile(floorSide.each, 99),
        },
        {
          figure: 'first device has it, p50',
          value: percentile(hubSide.first, 50),
          unit: 'ms',
          floor: percentile(floorSide.first, 50),
        },
        { figure: 'PATCH answered, p50', value: percentile(patchMs, 50), unit: 'ms' },
        {
          figure: 'changes missed',
          value: hubSide.missing,
          unit: '',
          floor: floorSide.missing,
          target: '0',
          met: hubSide.missing === 0,
        },
      ],
      details: {
        devices: DEVICES,
        rounds: ROUNDS,
        warmupRounds: WARMUP_ROUNDS,
        content: CONTENT,
        payloadBytes: Buffer.byteLength(hubSide.sample ?? ''),
        connectMs: { hub: round(hubConnect.ms), floor: round(floorConnect.ms) },
        clockOffsetMs: { hub: round(hubSide.offsetMs, 3), floor: round(floorSide.offsetMs, 3) },
        hubFirstMs: hubSide.first.map((v) => round(v, 2)),
        hubLastMs: hubSide.last.map((v) => round(v, 2)),
        floorFirstMs: floorSide.first.map((v) => round(v, 2)),
        floorLastMs: floorSide.last.map((v) => round(v, 2)),
        patchMs: patchMs.map((v) => round(v, 2)),
      },
    }
  } finally {
    await Promise.all([hubFleet.stop(), floorFleet.stop()])
    await stopHub(hub)
    for (const client of server.clients) client.terminate()
    await new Promise((resolve) => server.close(resolve))
    await removeDir(dataDir)
  }
}
