// Memory: the hub's RSS per connected idle device, with 2,000 devices (socket.io-client, in their own
// process) connected to a hub alone in its process (--expose-gc). Read before the devices connect and
// again once they are connected and settled, each time after compacting collections (lib/gc.ts), so
// the difference is what the devices keep alive, not heap pages left over from start-up. A plain
// gc() reading is kept in the JSON too. Floor: a plain `ws` server alone in its process, measured the
// same way with 2,000 plain `ws` clients.
import { startChild, type Child } from './lib/child.ts'
import { makeContent, removeDir, tempDataDir, writeContent } from './lib/fixtures.ts'
import { startHub, stopHub, type HubChild } from './lib/hub.ts'
import type { BenchResult } from './lib/report.ts'
import { round, sleep } from './lib/stats.ts'

const DEVICES = 2000
/** After the last device connected: long enough for handshakes, `hello`s and first timers to settle. */
const SETTLE_MS = 3000

type Memory = NodeJS.MemoryUsage & { devicesOnline: number }

interface Reading {
  /** After a plain gc(): what a dashboard would show. */
  regular: Memory
  /** After compacting collections: what is live. */
  compact: Memory
}

interface Measured {
  before: Reading
  after: Reading
}

async function read(server: Child): Promise<Reading> {
  const regular = await server.request<Memory>('memory', { collect: 'regular' })
  const compact = await server.request<Memory>('memory', { collect: 'compact' })
  return { regular, compact }
}

/** Memory of `server` before and after `fleet` connects; `connect` says how. */
async function measure(server: Child, fleet: Child, connect: object): Promise<Measured> {
  const before = await read(server)
  const connected = await fleet.request<{ connected: number; firstError?: string }>(
    'connect',
    connect,
    120_000,
  )
  if (connected.connected !== DEVICES)
    throw new Error(`only ${connected.connected} connected: ${connected.firstError}`)
  // The server counts them too before we measure (bounded: 100 polls).
  for (let i = 0; i < 100; i++) {
    if ((await server.request<Memory>('memory')).devicesOnline >= DEVICES) break
    await sleep(100)
  }
  await sleep(SETTLE_MS)
  const after = await read(server)
  if (after.compact.devicesOnline !== DEVICES) {
    throw new Error(`the server counts ${after.compact.devicesOnline} of ${DEVICES} online`)
  }
  return { before, after }
}

async function hubMemory(): Promise<Measured> {
  const dataDir = await tempDataDir('memory')
  let hub: HubChild | undefined
  const fleet = startChild('./fleet-process.ts')
  try {
    await writeContent(dataDir, makeContent({ jobs: 200, employers: 20 }))
    hub = await startHub(dataDir, ['--expose-gc'])
    // Devices exist (in admin.json) before the first reading: only connecting them is measured.
    const { tokens } = await hub.child.request<{ tokens: string[] }>(
      'createDevices',
      { count: DEVICES },
      60_000,
    )
    return await measure(hub.child, fleet, { kind: 'socket.io', url: hub.url, tokens, rev: hub.rev })
  } finally {
    await fleet.stop()
    await stopHub(hub)
    await removeDir(dataDir)
  }
}

async function floorMemory(): Promise<Measured> {
  const server = startChild('./floor-ws-process.ts', { execArgv: ['--expose-gc'] })
  const fleet = startChild('./fleet-process.ts')
  try {
    const { port } = await server.request<{ port: number }>('start')
    return await measure(server, fleet, { kind: 'ws', url: `ws://127.0.0.1:${port}`, count: DEVICES })
  } finally {
    await fleet.stop()
    await server.stop()
  }
}

/** KB per device of one field between two readings. */
const perDevice = (m: Measured, kind: keyof Reading, field: 'rss' | 'heapUsed') =>
  (m.after[kind][field] - m.before[kind][field]) / DEVICES / 1024

const mb = (m: Memory) => ({
  rssMB: round(m.rss / 2 ** 20),
  heapTotalMB: round(m.heapTotal / 2 ** 20),
  heapUsedMB: round(m.heapUsed / 2 ** 20),
  externalMB: round(m.external / 2 ** 20),
  arrayBuffersMB: round(m.arrayBuffers / 2 ** 20),
})
const readings = (m: Measured) => ({
  before: { regular: mb(m.before.regular), compact: mb(m.before.compact) },
  after: { regular: mb(m.after.regular), compact: mb(m.after.compact) },
})

export async function memory(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const hub = await hubMemory()
  const floor = await floorMemory()
  const rss = perDevice(hub, 'compact', 'rss')
  return {
    rows: [
      {
        figure: 'RSS per idle device',
        value: rss,
        unit: 'KB',
        floor: perDevice(floor, 'compact', 'rss'),
        target: '<= 20 KB',
        met: rss <= 20,
      },
      {
        figure: 'JS heap per idle device',
        value: perDevice(hub, 'compact', 'heapUsed'),
        unit: 'KB',
        floor: perDevice(floor, 'compact', 'heapUsed'),
      },
      {
        figure: `RSS with ${DEVICES} devices`,
        value: hub.after.compact.rss / 2 ** 20,
        unit: 'MB',
        floor: floor.after.compact.rss / 2 ** 20,
      },
    ],
    details: {
      devices: DEVICES,
      settleMs: SETTLE_MS,
      rssPerDeviceKBAfterPlainGc: {
        hub: round(perDevice(hub, 'regular', 'rss')),
        floor: round(perDevice(floor, 'regular', 'rss')),
      },
      hub: readings(hub),
      floor: readings(floor),
    },
  }
}
