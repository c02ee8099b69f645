// The hub's own services as Fastify decorators, created once from the stores and passed to every
// route plugin through `app`: nothing here is a module-level singleton.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../config.ts'
import { createAuth, type Auth } from '../services/auth.ts'
import { createBroadcasts, type Broadcasts } from '../services/broadcasts.ts'
import { createDevices, type Devices } from '../services/devices.ts'
import { createMetrics, type Metrics } from '../services/metrics.ts'
import { createRegistrations, type Registrations } from '../services/registrations.ts'
import { createAudit, type Audit } from '../services/audit.ts'
import { createOwnRegistrations, type OwnRegistrations } from '../services/own-registration.ts'
import type { Stores } from '../store/index.ts'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
    stores: Stores
    auth: Auth
    devices: Devices
    broadcasts: Broadcasts
    registrations: Registrations
    /** A visitor's own registration by phone and code (lookup, withdraw). */
    own: OwnRegistrations
    metrics: Metrics
    audit: Audit
    now: () => number
  }
}

export interface ServicesOptions {
  config: Config
  stores: Stores
  now?: () => number
}

export default fp<ServicesOptions>(async function services(app: FastifyInstance, options) {
  const now = options.now ?? Date.now
  const { stores, config } = options
  app.decorate('config', config)
  app.decorate('stores', stores)
  app.decorate('now', now)
  app.decorate('auth', createAuth(stores.admin, now))
  app.decorate('devices', createDevices(stores.admin, now))
  app.decorate('broadcasts', createBroadcasts(stores.admin, now))
  const metrics = createMetrics(stores.metrics, now)
  app.decorate('metrics', metrics)
  // Counted usage is written before the stores close (main.ts closes them after the app).
  app.addHook('onClose', () => metrics.stop())
  const audit = createAudit(stores.audit, now)
  app.decorate('audit', audit)
  app.decorate('own', createOwnRegistrations({ store: stores.registrations, audit, now }))
  app.decorate(
    'registrations',
    createRegistrations({
      content: stores.content,
      store: stores.registrations,
      ready: stores.ready,
      limits: config.rateLimits ? undefined : false,
      log: app.log,
      now,
    }),
  )
})
