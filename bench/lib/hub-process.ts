// The real hub in its own process, started the way server/main.ts starts it (config from the
// environment, openStores, buildApp, the admin bootstrap, listen, the daily work), except that it
// listens on a free loopback port and reports it. Running it alone lets the bench measure its memory
// and give it a core of its own; the requests below let the bench create devices, read memory and
// read how late its event loop ran.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { FastifyInstance } from 'fastify'
import { buildApp, LOG_REDACT } from '../../server/app.ts'
import { LISTEN_BACKLOG, loadConfig } from '../../server/config.ts'
import { openStores, type Stores } from '../../server/store/index.ts'
import { serve } from './child.ts'
import { memoryUsage, type Collect } from './gc.ts'

let app: FastifyInstance | undefined
let stores: Stores | undefined
const requestTimes = new Map<string, number[]>()
/** Sampled every 1 ms once asked for, so a reading includes at most 1 ms of sampling interval. */
const loopDelay = monitorEventLoopDelay({ resolution: 1 })
const hub = () => {
  if (!app) throw new Error('the hub is not started')
  return app
}

serve({
  async start() {
    const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0' })
    stores = await openStores({ dataDir: config.dataDir, log: (message) => console.warn(message) })
    app = await buildApp({ config, stores, logger: { level: config.logLevel, redact: LOG_REDACT } })
    // The hub's own time per request (from its arrival to the answer sent), kept only for the paths
    // a benchmark asked about (`requestTimes`), so other benchmarks' memory figures are untouched.
    app.addHook('onResponse', async (request, reply) => {
      requestTimes.get(request.url.split('?')[0]!)?.push(reply.elapsedTime)
    })
    await app.auth.bootstrap(config.adminUser, config.adminPassword)
    await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG })
    await app.scheduler.daily()
    const address = app.server.address()
    return { port: typeof address === 'object' && address ? address.port : 0, rev: stores.content.rev() }
  },

  /** Creates devices through the devices service; all at once, so group commit writes admin.json once or twice. */
  async createDevices(message) {
    const count = message.count as number
    const made = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        hub().devices.create({ name: `bench device ${i + 1}`, kind: i % 2 ? 'kiosk' : 'screen' }),
      ),
    )
    return { tokens: made.map((m) => m.token) }
  },

  /** process.memoryUsage(), after the collections asked for (see gc.ts). */
  async memory(message) {
    return {
      ...(await memoryUsage((message.collect as Collect | undefined) ?? 'none')),
      devicesOnline: hub().devices.onlineCount(),
    }
  },

  /** The event loop's delay (ms) since the last reset; `reset` starts a new window. */
  async loopDelay(message) {
    loopDelay.enable()
    const ms = (ns: number) => ns / 1e6
    const reading = {
      maxMs: ms(loopDelay.max),
      p99Ms: ms(loopDelay.percentile(99)),
      meanMs: loopDelay.count > 0 ? ms(loopDelay.mean) : 0,
      samples: loopDelay.count,
    }
    if (message.reset) loopDelay.reset()
    return reading
  },

  /**
   * The hub's time (ms) for each request to `path` since the last reset, in the order answered;
   * `reset` starts (or restarts) keeping them.
   */
  async requestTimes(message) {
    const times = requestTimes.get(message.path as string) ?? []
    if (message.reset) requestTimes.set(message.path as string, [])
    return { times }
  },

  async close() {
    await hub().close()
    await stores?.close()
    setImmediate(() => process.exit(0))
    return {}
  },
})
