// Starting the hub child (hub-process.ts) on a prepared data directory, as a benchmark runs it.
import { startChild, type Child } from './child.ts'

export const ADMIN = { username: 'bench-admin', password: 'bench-Password-1' }

export interface HubChild {
  child: Child
  url: string
  /** The content rev at start (devices connect with it, so none is sent a catch-up). */
  rev: number
}

/**
 * BENCH_PROFILE=1 runs the hub with --cpu-prof into bench/out/profiles (written when the hub exits
 * gracefully, so benchmarks then close it with a `close` request rather than a kill).
 */
export const profiling = process.env.BENCH_PROFILE === '1'

export async function startHub(dataDir: string, execArgv: string[] = []): Promise<HubChild> {
  const profile = profiling
    ? ['--cpu-prof', `--cpu-prof-dir=${new URL('../out/profiles', import.meta.url).pathname}`]
    : []
  const child = startChild('./hub-process.ts', {
    execArgv: [...execArgv, ...profile],
    env: {
      DATA_DIR: dataDir,
      DEMO: 'off',
      // Every request of a benchmark comes from 127.0.0.1: per-address limits would measure themselves.
      RATE_LIMITS: 'off',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'http://127.0.0.1',
      ADMIN_USER: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
    },
  })
  const { port, rev } = await child.request<{ port: number; rev: number }>('start', {}, 120_000)
  return { child, url: `http://127.0.0.1:${port}`, rev }
}

/** Stops the hub: gracefully when profiling (the profile is written as it exits), else at once. */
export async function stopHub(hub: HubChild | undefined): Promise<void> {
  if (!hub) return
  if (profiling) {
    await hub.child.request('close', {}, 30_000).catch(() => {})
    await hub.child.exited(30_000)
  }
  await hub.child.stop()
}
