// Start-up: spawning `node server/main.ts` on a data directory with 10,000 jobs (and their employers)
// and 100,000 registrations, until /healthz answers (and until the banner is printed). The first
// start also creates the admin account and takes the day's backup; restarts are what a power cut
// or an update costs, so both are reported. Floor: node running a script that only listens.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { killOnExit } from './lib/child.ts'
import { makeContent, removeDir, tempDataDir, writeContent, writeRegistrations } from './lib/fixtures.ts'
import { ADMIN } from './lib/hub.ts'
import { freePort, waitFor200 } from './lib/http.ts'
import type { BenchResult } from './lib/report.ts'
import { median, round } from './lib/stats.ts'

const JOBS = 10_000
const EMPLOYERS = 1_000
const REGISTRATIONS = 100_000
const RESTARTS = 5
const FLOOR_RUNS = 5
const START_TIMEOUT_MS = 30_000
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BANNER = 'Job information hub is running'
/** The runtime's own start-up: node, a script, a listening socket. */
/** The same cache directory as package.json's start script. */
const COMPILE_CACHE = 'node_modules/.cache/node-compile'

const EMPTY_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`

interface Start {
  listenMs: number
  bannerMs?: number
}

/** Spawns `args`, times /healthz (or /) answering 200 and `banner` appearing on stdout, then stops it. */
async function timeStart(
  args: string[],
  env: Record<string, string>,
  path: string,
  banner?: string,
): Promise<Start> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  killOnExit(child)
  let bannerMs: number | undefined
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
    if (banner && bannerMs === undefined && output.includes(banner)) bannerMs = performance.now() - started
  })
  child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let gone = false
  void exited.then(() => (gone = true))
  try {
    const ok = await waitFor200(`http://127.0.0.1:${port}${path}`, Date.now() + START_TIMEOUT_MS, () => gone)
    const listenMs = performance.now() - started
    if (!ok) throw new Error(`no answer on ${path} within ${START_TIMEOUT_MS} ms:\n${output}`)
    // The banner follows the daily work after listen: wait for it, bounded.
    for (let i = 0; banner && bannerMs === undefined && i < 1000 && !gone; i++)
      await new Promise((r) => setTimeout(r, 10))
    return { listenMs, bannerMs }
  } finally {
    // SIGTERM: the hub finishes pending writes and exits, as it would when stopped for an update.
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
}

export async function startup(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const dataDir = await tempDataDir('startup')
  try {
    const content = makeContent({ jobs: JOBS, employers: EMPLOYERS })
    await writeContent(dataDir, content)
    await writeRegistrations(dataDir, REGISTRATIONS, Object.keys(content.jobs))
    const env = {
      DATA_DIR: dataDir,
      DEMO: 'off',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'http://127.0.0.1',
      ADMIN_USER: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      // As `npm start` runs it: compiled code cached on disk between starts.
      NODE_COMPILE_CACHE: COMPILE_CACHE,
    }
    const hub = () => timeStart(['server/main.ts'], env, '/healthz', BANNER)
    const first = await hub()
    const restarts: Start[] = []
    for (let i = 0; i < RESTARTS; i++) restarts.push(await hub())
    const floors: Start[] = []
    for (let i = 0; i < FLOOR_RUNS; i++) floors.push(await timeStart(['-e', EMPTY_SERVER], {}, '/'))

    const listen = median(restarts.map((s) => s.listenMs))
    const worst = Math.max(first.listenMs, ...restarts.map((s) => s.listenMs))
    const floor = median(floors.map((s) => s.listenMs))
    return {
      rows: [
        {
          figure: 'restart until /healthz, p50',
          value: listen,
          unit: 'ms',
          floor,
          target: '< 2000 ms',
          met: listen < 2000,
        },
        {
          figure: 'first start until /healthz',
          value: first.listenMs,
          unit: 'ms',
          floor,
          target: '< 2000 ms',
          met: first.listenMs < 2000,
        },
        {
          figure: 'restart until banner, p50',
          value: median(restarts.map((s) => s.bannerMs ?? Number.NaN)),
          unit: 'ms',
        },
        { figure: 'first start until banner', value: first.bannerMs ?? Number.NaN, unit: 'ms' },
      ],
      details: {
        jobs: JOBS,
        employers: EMPLOYERS,
        registrations: REGISTRATIONS,
        worstListenMs: round(worst),
        first: { listenMs: round(first.listenMs), bannerMs: round(first.bannerMs ?? Number.NaN) },
        restarts: restarts.map((s) => ({
          listenMs: round(s.listenMs),
          bannerMs: round(s.bannerMs ?? Number.NaN),
        })),
        floorMs: floors.map((s) => round(s.listenMs)),
      },
    }
  } finally {
    await removeDir(dataDir)
  }
}
