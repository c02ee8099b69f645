// Environment -> typed configuration. A bad value stops the hub with a message naming the variable.
import { networkInterfaces } from 'node:os'
import { resolve } from 'node:path'

export interface Config {
  port: number
  host: string
  dataDir: string
  /** The address phones reach, used in QR codes and printed links; no trailing slash. */
  publicUrl: string
  adminUser?: string
  adminPassword?: string
  demo: boolean
  registrationRetentionDays: number
  rateLimits: boolean
  logLevel: string
  /** Where the built faces are. */
  distDir: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = []
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw} is not a whole number from ${min} to ${max}`)
      return fallback
    }
    return value
  }
  const flag = (name: string, fallback: boolean, yes: string[], no: string[]) => {
    const raw = env[name]?.trim().toLowerCase()
    if (!raw) return fallback
    if (yes.includes(raw)) return true
    if (no.includes(raw)) return false
    problems.push(`${name}=${env[name]} must be one of ${[...yes, ...no].join(', ')}`)
    return fallback
  }
  const port = int('PORT', 8080, 0, 65535)
  const host = env.HOST?.trim() || '0.0.0.0'
  const logLevel = env.LOG_LEVEL?.trim() || 'info'
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL=${logLevel} must be one of ${LOG_LEVELS.join(', ')}`)

  let publicUrl = env.PUBLIC_URL?.trim() || `http://${firstLanAddress() ?? '127.0.0.1'}:${port}`
  try {
    const url = new URL(publicUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http')
    publicUrl = url.href.replace(/\/+$/, '')
  } catch {
    problems.push(`PUBLIC_URL=${env.PUBLIC_URL} is not an http:// or https:// address`)
  }
  const adminUser = env.ADMIN_USER?.trim() || undefined
  const adminPassword = env.ADMIN_PASSWORD || undefined
  if (adminUser && !/^[A-Za-z0-9_.-]{3,40}$/.test(adminUser)) {
    problems.push(`ADMIN_USER=${adminUser} must be 3 to 40 letters, digits, dots, dashes or underscores`)
  }
  if (adminUser && !adminPassword) problems.push('ADMIN_USER is set but ADMIN_PASSWORD is not')
  if (adminPassword && adminPassword.length < 10)
    problems.push('ADMIN_PASSWORD must be at least 10 characters')

  const config: Config = {
    port,
    host,
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    publicUrl,
    adminUser,
    adminPassword,
    demo: flag('DEMO', true, ['1', 'on', 'true', 'yes'], ['0', 'off', 'false', 'no']),
    registrationRetentionDays: int('REGISTRATION_RETENTION_DAYS', 365, 1, 36500),
    rateLimits: flag('RATE_LIMITS', true, ['on', '1', 'true'], ['off', '0', 'false']),
    logLevel,
    distDir: resolve(env.DIST_DIR?.trim() || 'dist'),
  }
  if (problems.length > 0) throw new ConfigError(`Bad configuration:\n  ${problems.join('\n  ')}`)
  return config
}

/** The first non-internal IPv4 address: what a phone on the same network can reach. */
export function firstLanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address
    }
  }
  return undefined
}

/**
 * Pending connections the kernel queues while the hub is busy. After a restart a whole fleet of
 * kiosks and screens reconnects within seconds; Node's default of 511 overflowed at 1,000 devices in
 * the reconnect bench and made health checks wait for SYN retries. Linux caps it at somaxconn.
 */
export const LISTEN_BACKLOG = 4096
