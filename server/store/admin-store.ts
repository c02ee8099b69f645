// The hub's own records that devices never receive: staff users and sessions, devices with their
// hashed tokens and pending pairing codes, broadcasts, and the one-time setup token. One durable
// lowdb file; changes here do not bump the content `rev`.
import { join } from 'node:path'
import { Broadcast, Device, User } from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import { openJsonDb, type JsonDb } from './json-db.ts'

export const ADMIN_FILE = 'admin.json'

export interface Session {
  /** sha256 of the cookie's session id. */
  id: string
  userId: string
  createdAt: string
  expiresAt: string
}

export interface PairingRequest {
  code: string
  kind: 'kiosk' | 'screen'
  /** sha256 of the secret the waiting device will receive once staff enter the code. */
  claimHash: string
  createdAt: string
  expiresAt: string
  deviceId?: string
  /** The token handed over once, encrypted by nothing: it lives only until the device collects it. */
  token?: string
}

export interface AdminData {
  users: Record<string, User>
  sessions: Record<string, Session>
  devices: Record<string, Device>
  broadcasts: Record<string, Broadcast>
  pairing: Record<string, PairingRequest>
  setupTokenHash?: string
}

export type AdminStore = JsonDb<AdminData>

export async function openAdminStore(
  dataDir: string,
  newestBackup: (name: string) => Promise<string | undefined>,
): Promise<AdminStore> {
  return openJsonDb<AdminData>(
    join(dataDir, ADMIN_FILE),
    () => ({ users: {}, sessions: {}, devices: {}, broadcasts: {}, pairing: {} }),
    validateAdmin,
    () => newestBackup(ADMIN_FILE),
  )
}

function validateAdmin(data: AdminData): string | undefined {
  if (typeof data !== 'object' || data === null) return 'the file does not hold an object'
  for (const key of ['users', 'sessions', 'devices', 'broadcasts', 'pairing'] as const) {
    if (typeof data[key] !== 'object' || data[key] === null) return `"${key}" is missing`
  }
  const tables = [
    ['users', User],
    ['devices', Device],
    ['broadcasts', Broadcast],
  ] as const
  for (const [key, schema] of tables) {
    for (const [id, item] of Object.entries(data[key])) {
      const result = check(schema, item)
      if (!result.ok) return `${key}.${id}: ${result.fields.map((f) => `${f.path} ${f.message}`).join('; ')}`
    }
  }
  return undefined
}
