// Registrations under load: 100 connections posting POST /api/registrations for 20 s (autocannon),
// every request a new person (unique clientId and mainland mobile number) for a real job, against a
// hub whose data directory already holds 100,000 registrations. Counted: the 201s (each acknowledged
// only after its fsync), their latency, and afterwards whether every acknowledged registration is in
// the journal: the hub is killed with SIGKILL (nothing can be flushed after the last answer), and the
// store is opened again from disk. Floor: the same route shape answering 201 without storing.
import autocannon, { type Result } from 'autocannon'
import { startChild } from './lib/child.ts'
import { makeContent, removeDir, tempDataDir, writeContent, writeRegistrations } from './lib/fixtures.ts'
import { startHub, stopHub, type HubChild } from './lib/hub.ts'
import type { BenchResult } from './lib/report.ts'
import { round, sleep } from './lib/stats.ts'
import { openRegistrationStore } from '../server/store/registration-store.ts'

const EARLIER = 100_000
const CONNECTIONS = 100
const SECONDS = 20

interface Load {
  result: Result
  created: string[]
  statuses: Record<string, number>
}

/** The load: each request a new person, phones 13 + 9 digits from a counter (fixtures use 15...). */
async function load(url: string, jobId: string): Promise<Load> {
  let n = 0
  const created: string[] = []
  const statuses: Record<string, number> = {}
  const run = `${process.pid}-${Date.now().toString(36)}`
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/api/registrations',
        headers: { 'content-type': 'application/json' },
        setupRequest(request) {
          n++
          const body = {
            clientId: `bench-${run}-${n}`,
            phone: `13${String(n).padStart(9, '0')}`,
            consent: true,
            jobIds: [jobId],
          }
          return { ...request, body: JSON.stringify(body) }
        },
        onResponse(status, body) {
          statuses[status] = (statuses[status] ?? 0) + 1
          if (status === 201) created.push((JSON.parse(body) as { id: string }).id)
        },
      },
    ],
  })
  return { result, created, statuses }
}

/** Opens the registration journal the way the hub does and checks every acknowledged id is there. */
async function audit(dataDir: string, created: string[]) {
  const store = await openRegistrationStore(dataDir, async () => undefined)
  try {
    const lost = created.filter((id) => !store.get(id)).length
    return { stored: store.count(), lost }
  } finally {
    await store.close()
  }
}

export async function registrations(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const dataDir = await tempDataDir('registrations')
  let hub: HubChild | undefined
  const floor = startChild('./floor-http-process.ts')
  try {
    const content = makeContent({ jobs: 20, employers: 5 })
    const jobIds = Object.keys(content.jobs)
    await writeContent(dataDir, content)
    await writeRegistrations(dataDir, EARLIER, jobIds)

    hub = await startHub(dataDir)
    const hubLoad = await load(hub.url, jobIds[0]!)
    // The requests in flight when the run ended (one per connection) are still being stored: let them
    // finish, so the journal holds them whole. They were never acknowledged; the JSON counts them
    // as storedBeyondAcknowledged (at most one per connection).
    await sleep(1000)
    await stopHub(hub)
    hub = undefined
    const after = await audit(dataDir, hubLoad.created)

    const { port } = await floor.request<{ port: number }>('start')
    const floorLoad = await load(`http://127.0.0.1:${port}`, jobIds[0]!)

    const rate = hubLoad.created.length / hubLoad.result.duration
    const floorRate = (floorLoad.statuses['201'] ?? 0) / floorLoad.result.duration
    const failed = hubLoad.result.errors + hubLoad.result.timeouts + hubLoad.result.non2xx
    return {
      rows: [
        {
          figure: 'durable registrations/s',
          value: rate,
          unit: '/s',
          floor: floorRate,
          target: '>= 1500/s, >= 0.30x floor',
          met: rate >= 1500 && rate >= 0.3 * floorRate,
        },
        {
          figure: 'latency p50',
          value: hubLoad.result.latency.p50,
          unit: 'ms',
          floor: floorLoad.result.latency.p50,
        },
        {
          figure: 'latency p99',
          value: hubLoad.result.latency.p99,
          unit: 'ms',
          floor: floorLoad.result.latency.p99,
        },
        { figure: 'acknowledged (201)', value: hubLoad.created.length, unit: '' },
        { figure: 'in the journal after kill + reopen', value: after.stored, unit: '' },
        {
          figure: 'acknowledged, not stored',
          value: after.lost,
          unit: '',
          target: '0',
          met: after.lost === 0,
        },
        { figure: 'failed or non-2xx', value: failed, unit: '', target: '0', met: failed === 0 },
      ],
      details: {
        earlier: EARLIER,
        connections: CONNECTIONS,
        seconds: SECONDS,
        storedAfter: after.stored,
        storedBeyondAcknowledged: after.stored - EARLIER - hubLoad.created.length,
        hubStatuses: hubLoad.statuses,
        floorStatuses: floorLoad.statuses,
        hubLatency: hubLoad.result.latency,
        floorLatency: floorLoad.result.latency,
        floorRate: round(floorRate),
      },
    }
  } finally {
    await floor.stop()
    await stopHub(hub)
    await removeDir(dataDir)
  }
}
