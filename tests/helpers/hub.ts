// A real hub for tests: its own temp data directory, the real app, optionally listening on a free port.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import { io as connect, type Socket } from 'socket.io-client'
import { buildApp } from '../../server/app.ts'
import { loadConfig, type Config } from '../../server/config.ts'
import { demoContent } from '../../server/demo.ts'
import { openStores, type Stores } from '../../server/store/index.ts'
import type { DeviceToHubEvents, HubToDeviceEvents } from '../../server/realtime/events.ts'

export interface TestHub {
  app: FastifyInstance
  stores: Stores
  config: Config
  dataDir: string
  /** http://127.0.0.1:PORT when listening. */
  url: string
  close(options?: { keepData?: boolean }): Promise<void>
}

export const ADMIN = { username: 'admin', password: 'test-Password-1' }

export async function tempDir(prefix = 'jobhub-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix))
}

export async function startHub(
  options: {
    dataDir?: string
    env?: Record<string, string>
    listen?: boolean
    /** With listen: this port instead of a free one (a hub restarted where its devices expect it). */
    port?: number
    demo?: boolean
    now?: () => number
    logger?: FastifyServerOptions['logger']
  } = {},
): Promise<TestHub> {
  const dataDir = options.dataDir ?? (await tempDir())
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://hub.test:8080',
    ADMIN_USER: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    ...(process.env.DIST_DIR ? { DIST_DIR: process.env.DIST_DIR } : {}),
    ...options.env,
  })
  const stores = await openStores({
    dataDir,
    ...(options.demo !== false ? { initialContent: () => demoContent() } : {}),
    ...(options.now ? { now: options.now } : {}),
  })
  await stores.ready
  const app = await buildApp({
    config,
    stores,
    ...(options.now ? { now: options.now } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  })
  await app.auth.bootstrap(config.adminUser, config.adminPassword)
  let url = ''
  if (options.listen) {
    await app.listen({ port: options.port ?? 0, host: '127.0.0.1' })
    const address = app.server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  } else await app.ready()
  return {
    app,
    stores,
    config,
    dataDir,
    url,
    async close({ keepData = false } = {}) {
      await app.close()
      await stores.close()
      if (!keepData) await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Signs in and returns the session cookie header for `inject` calls. */
export async function signIn(app: FastifyInstance, who = ADMIN): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: who })
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'jh_session')
  return `jh_session=${cookie!.value}`
}

export const STAFF_PASSWORD = 'staff-Password-1'

export type Role = 'admin' | 'editor' | 'operator' | 'viewer'

/** Creates a staff account through the admin API; returns what it signs in with. */
export async function addStaff(
  app: FastifyInstance,
  username: string,
  role: Role,
  townships: string[] = [],
): Promise<{ username: string; password: string }> {
  const who = { username, password: STAFF_PASSWORD }
  const res = await app.inject({
    method: 'POST',
    url: '/api/admin/users',
    headers: { cookie: await signIn(app) },
    payload: { ...who, role, townships },
  })
  if (res.statusCode !== 201) throw new Error(`creating ${username}: ${res.statusCode} ${res.body}`)
  return who
}

/** A staff account made by the admin through the API, then signed in: its session cookie. */
export async function staffSession(
  app: FastifyInstance,
  username: string,
  role: Role,
  townships: string[] = [],
): Promise<string> {
  return signIn(app, await addStaff(app, username, role, townships))
}

export type DeviceClient = Socket<HubToDeviceEvents, DeviceToHubEvents>

/** A real socket.io-client device connected to the hub. */
export function connectDevice(url: string, token: string, rev?: number): DeviceClient {
  return connect(`${url}/device`, {
    auth: { token, ...(rev !== undefined ? { rev } : {}) },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  })
}

/** Resolves with the next `event` from the socket (or rejects after `ms`). */
export function next<T = unknown>(socket: Socket, event: string, ms = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms)
    socket.once(event, (payload: T) => {
      clearTimeout(timer)
      resolve(payload)
    })
  })
}
