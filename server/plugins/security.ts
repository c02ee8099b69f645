// Security headers, cookies and rate limiting, each a thin wrapper over the official plugin.
import cookie from '@fastify/cookie'
import formbody from '@fastify/formbody'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyContextConfig, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

export default fp(async function security(app: FastifyInstance) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Astro's island loader is an inline script; the phone pages carry inline styles.
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false,
  })
  await app.register(cookie)
  await app.register(formbody, { bodyLimit: 16 * 1024 })
  // Routes opt in with `config.rateLimit`; nothing is limited globally, so a venue behind one
  // address is never shut out of reading jobs.
  await app.register(rateLimit, { global: false })
})

/** A route's rate limit, or none when RATE_LIMITS=off (benchmarks from one loopback address). */
export function rateLimited(app: FastifyInstance, max: number, timeWindow: string): FastifyContextConfig {
  return app.config.rateLimits ? { rateLimit: { max, timeWindow } } : {}
}
