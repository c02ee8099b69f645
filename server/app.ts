// buildApp: the whole hub as a Fastify instance, used by main.ts and by the tests.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import addFormats from 'ajv-formats'
import type { Config } from './config.ts'
import type { Stores } from './store/index.ts'
import errors from './plugins/errors.ts'
import security from './plugins/security.ts'
import services from './plugins/services.ts'
import faces from './plugins/faces.ts'
import realtime from './realtime/index.ts'
import publicRoutes from './api/public.ts'
import registrationRoutes from './api/registrations.ts'
import authRoutes from './api/auth.ts'
import deviceRoutes from './api/device.ts'
import qrRoutes from './api/qr.ts'
import phoneRoutes from './api/phone/routes.ts'
import adminRoutes from './api/admin/index.ts'
import { AJV_OPTIONS } from '../content/validate.ts'

export interface AppOptions {
  config: Config
  stores: Stores
  logger?: FastifyServerOptions['logger']
  now?: () => number
}

/** Log lines never carry a full phone number, a password, a token or a session cookie. */
export const LOG_REDACT = {
  paths: [
    'req.headers.cookie',
    'req.headers.authorization',
    '*.phone',
    '*.password',
    '*.token',
    'phone',
    'password',
    'token',
  ],
  censor: '[hidden]',
}

const LEDGER_ROUTES = [
  '/api/registrations',
  '/api/admin/registrations',
  '/api/admin/stats',
  '/m/register',
  '/m/lookup',
  '/m/withdraw',
]

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    ajv: { customOptions: { ...AJV_OPTIONS, coerceTypes: 'array' }, plugins: [addFormats.default as never] },
  })
  await app.register(errors)
  await app.register(security)
  await app.register(services, { config: options.config, stores: options.stores, now: options.now })
  await app.register(realtime)

  // Requests that read or write the ledger wait for it while it loads after a restart (a second or
  // two with 100,000 registrations); everything else, content for devices above all, goes at once.
  app.addHook('onRequest', async (request) => {
    if (LEDGER_ROUTES.some((prefix) => request.url.startsWith(prefix))) await options.stores.ready
  })

  app.get('/healthz', async () => ({
    ok: true,
    rev: app.stores.content.rev(),
    devicesOnline: app.devices.onlineCount(),
  }))
  await app.register(publicRoutes, { prefix: '/api' })
  await app.register(registrationRoutes, { prefix: '/api/registrations' })
  await app.register(authRoutes, { prefix: '/api/auth' })
  await app.register(deviceRoutes, { prefix: '/api/device' })
  await app.register(adminRoutes, { prefix: '/api/admin' })
  await app.register(qrRoutes, { prefix: '/qr' })
  await app.register(phoneRoutes, { prefix: '/m' })
  await app.register(faces)
  return app
}
