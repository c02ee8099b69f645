// The real hub as a child process (`node server/main.ts`), for tests that kill it or feed it bad files.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { jobBody } from './fixtures.ts'
import { ADMIN } from './hub.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Node 24 from the project (type stripping), whatever node runs the tests. */
const NODE = fileURLToPath(new URL('../../node_modules/node/bin/node', import.meta.url))
/** main.ts prints this once it listens and has taken the start-up backup. */
const READY = 'Job information hub is running'

export interface ChildHub {
  child: ChildProcess
  url: string
  stdout(): string
  stderr(): string
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  /** SIGTERM and wait: the hub finishes pending writes and exits 0. */
  stop(): Promise<number | string>
  kill9(): Promise<number | string>
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (!address || typeof address !== 'object') throw new Error('no port')
  return address.port
}

function spawnHub(dataDir: string, port: number, env: Record<string, string> = {}) {
  const child = spawn(NODE, ['server/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      DEMO: 'off',
      RATE_LIMITS: 'off',
      ADMIN_USER: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...env,
    },
  })
  let out = ''
  let err = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  )
  return { child, exited, stdout: () => out, stderr: () => err }
}

/** Starts the hub and resolves once it is ready (banner printed, /healthz answers). */
export async function startChildHub(
  dataDir: string,
  env: Record<string, string> = {},
  ms = 20_000,
): Promise<ChildHub> {
  const port = await freePort()
  const hub = spawnHub(dataDir, port, env)
  const url = `http://127.0.0.1:${port}`
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub not ready within ${ms} ms:\n${hub.stderr()}`)), ms)
    const check = () => {
      if (hub.stdout().includes(READY)) {
        clearTimeout(timer)
        resolve()
      }
    }
    hub.child.stdout!.on('data', check)
    void hub.exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`hub exited (${code}) before it was ready:\n${hub.stdout()}\n${hub.stderr()}`))
    })
  })
  await ready
  const health = (await (await fetch(`${url}/healthz`)).json()) as { ok: boolean }
  if (!health.ok) throw new Error('/healthz is not ok')
  return {
    ...hub,
    url,
    async stop() {
      hub.child.kill('SIGTERM')
      return hub.exited
    },
    async kill9() {
      hub.child.kill('SIGKILL')
      return hub.exited
    },
  }
}

/** Runs the hub expecting it to stop by itself (a bad data file): resolves with its exit code (or
 * 'started' if it started after all) and its output. */
export async function runChildHubToExit(
  dataDir: string,
  ms = 20_000,
): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const hub = spawnHub(dataDir, await freePort())
  const timer = setTimeout(() => hub.child.kill('SIGKILL'), ms)
  // A hub that starts anyway is stopped at once rather than waited for.
  let started = false
  hub.child.stdout!.on('data', () => {
    if (!started && hub.stdout().includes(READY)) {
      started = true
      hub.child.kill('SIGTERM')
    }
  })
  const code = await hub.exited
  clearTimeout(timer)
  return { code: started ? 'started' : code, stdout: hub.stdout(), stderr: hub.stderr() }
}

/** Signs in over HTTP and returns the `jh_session=...` cookie. */
export async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('jh_session='))
  if (!cookie) throw new Error('no jh_session cookie')
  return cookie.split(';')[0]!
}

/** A JSON request; resolves with the status and the parsed body. */
export async function send<T = Record<string, unknown>>(
  url: string,
  method: string,
  body?: unknown,
  cookie?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T }
}

/** Creates an employer and one published job on a running child hub; returns the job's id. */
export async function createJob(url: string, cookie: string, employerName: string): Promise<string> {
  const employer = await send<{ id: string }>(
    `${url}/api/admin/employers`,
    'POST',
    { name: employerName },
    cookie,
  )
  const job = await send<{ id: string }>(`${url}/api/admin/jobs`, 'POST', jobBody(employer.body.id), cookie)
  if (job.status !== 201) throw new Error(`could not create a job: ${job.status}`)
  return job.body.id
}
