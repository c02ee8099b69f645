// Staff accounts and sessions: scrypt passwords, lockout after repeated failures, session ids kept
// hashed on the hub, the bootstrap admin from the environment or a one-time setup link.
import type { PublicUser, Role, User } from '../../content/model.ts'
import type { AdminStore } from '../store/index.ts'
import type { Session } from '../store/admin-store.ts'
import { newId, newSecret, sha256 } from './ids.ts'
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.ts'

export const SESSION_HOURS = 12
/** A session not used for this long ends, as on a shared office computer. */
export const SESSION_IDLE_MINUTES = 120
export const MAX_FAILED_LOGINS = 5
export const LOCKOUT_MINUTES = 15

export type LoginResult =
  | { ok: true; user: PublicUser; sessionId: string; expiresAt: string }
  | { ok: false; reason: 'invalid' | 'locked'; retryAt?: string }

export interface Auth {
  login(username: string, password: string): Promise<LoginResult>
  logout(sessionId: string): Promise<void>
  /** The user behind a session id, or undefined when it is unknown, expired or idle too long. */
  userFor(sessionId: string): User | undefined
  createUser(input: {
    username: string
    password: string
    role: Role
    townships: string[]
    displayName?: string
  }): Promise<User>
  updateUser(
    id: string,
    change: Partial<Omit<User, 'passwordHash'>> & { password?: string },
  ): Promise<User | undefined>
  deleteUser(id: string): Promise<boolean>
  getUser(id: string): User | undefined
  listUsers(): User[]
  /** Creates the first admin from ADMIN_USER/ADMIN_PASSWORD, or returns a one-time setup token. */
  bootstrap(adminUser?: string, adminPassword?: string): Promise<{ created?: string; setupToken?: string }>
  /** Uses the one-time setup token to create the first admin. */
  setup(token: string, username: string, password: string): Promise<User | undefined>
}

export function publicUser(user: User): PublicUser {
  const { passwordHash: _h, failedLogins: _f, lockedUntil: _l, ...rest } = user
  return rest
}

export function createAuth(admin: AdminStore, now: () => number = Date.now): Auth {
  const lastUsed = new Map<string, number>()
  const users = () => admin.data.users
  const byName = (username: string) =>
    Object.values(users()).find((u) => u.username.toLowerCase() === username.toLowerCase())

  async function startSession(user: User): Promise<{ sessionId: string; expiresAt: string }> {
    const sessionId = newSecret()
    const at = now()
    const session: Session = {
      id: sha256(sessionId),
      userId: user.id,
      createdAt: new Date(at).toISOString(),
      expiresAt: new Date(at + SESSION_HOURS * 3600_000).toISOString(),
    }
    // Drop this hub's expired sessions while we are here, so the file does not grow forever.
    for (const [key, s] of Object.entries(admin.data.sessions))
      if (Date.parse(s.expiresAt) <= at) delete admin.data.sessions[key]
    admin.data.sessions[session.id] = session
    lastUsed.set(session.id, at)
    await admin.commit()
    return { sessionId, expiresAt: session.expiresAt }
  }

  const auth: Auth = {
    async login(username, password) {
      const user = byName(username)
      const at = now()
      if (!user || user.disabled) {
        await verifyPassword(password, DUMMY_HASH)
        return { ok: false, reason: 'invalid' }
      }
      if (user.lockedUntil && Date.parse(user.lockedUntil) > at) {
        return { ok: false, reason: 'locked', retryAt: user.lockedUntil }
      }
      if (!(await verifyPassword(password, user.passwordHash))) {
        const failed = (user.failedLogins ?? 0) + 1
        const locked = failed >= MAX_FAILED_LOGINS
        users()[user.id] = {
          ...user,
          failedLogins: locked ? 0 : failed,
          lockedUntil: locked ? new Date(at + LOCKOUT_MINUTES * 60_000).toISOString() : user.lockedUntil,
        }
        await admin.commit()
        return locked
          ? { ok: false, reason: 'locked', retryAt: users()[user.id]!.lockedUntil }
          : { ok: false, reason: 'invalid' }
      }
      const { lockedUntil: _l, ...unlocked } = user
      users()[user.id] = { ...unlocked, failedLogins: 0 }
      const session = await startSession(users()[user.id]!)
      return { ok: true, user: publicUser(users()[user.id]!), ...session }
    },
    async logout(sessionId) {
      const id = sha256(sessionId)
      lastUsed.delete(id)
      if (admin.data.sessions[id]) {
        delete admin.data.sessions[id]
        await admin.commit()
      }
    },
    userFor(sessionId) {
      const id = sha256(sessionId)
      const session = admin.data.sessions[id]
      const at = now()
      if (!session || Date.parse(session.expiresAt) <= at) return undefined
      const last = lastUsed.get(id) ?? Date.parse(session.createdAt)
      if (at - last > SESSION_IDLE_MINUTES * 60_000 && lastUsed.has(id)) return undefined
      lastUsed.set(id, at)
      const user = users()[session.userId]
      return user && !user.disabled ? user : undefined
    },
    async createUser(input) {
      if (byName(input.username)) throw new UserExistsError(input.username)
      const at = new Date(now()).toISOString()
      const user: User = {
        id: newId('user'),
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        townships: input.townships,
        passwordHash: await hashPassword(input.password),
        createdAt: at,
        updatedAt: at,
      }
      if (user.displayName === undefined) delete user.displayName
      users()[user.id] = user
      await admin.commit()
      return user
    },
    async updateUser(id, change) {
      const before = users()[id]
      if (!before) return undefined
      if (change.username && change.username !== before.username && byName(change.username)) {
        throw new UserExistsError(change.username)
      }
      const { password, ...rest } = change
      const after: User = { ...before, ...rest, id, updatedAt: new Date(now()).toISOString() }
      if (password) after.passwordHash = await hashPassword(password)
      // An empty display name removes it (the list then shows the username alone).
      if (after.displayName === '') delete after.displayName
      users()[id] = after
      // A changed password or a disabled account ends that user's sessions.
      if (password || after.disabled) {
        for (const [key, s] of Object.entries(admin.data.sessions))
          if (s.userId === id) delete admin.data.sessions[key]
      }
      await admin.commit()
      return after
    },
    getUser: (id) => users()[id],
    listUsers: () => Object.values(users()),
    async deleteUser(id) {
      if (!users()[id]) return false
      delete users()[id]
      for (const [key, s] of Object.entries(admin.data.sessions))
        if (s.userId === id) delete admin.data.sessions[key]
      await admin.commit()
      return true
    },
    async bootstrap(adminUser, adminPassword) {
      if (Object.keys(users()).length > 0) return {}
      if (adminUser && adminPassword) {
        await auth.createUser({ username: adminUser, password: adminPassword, role: 'admin', townships: [] })
        return { created: adminUser }
      }
      const token = newSecret()
      admin.data.setupTokenHash = sha256(token)
      await admin.commit()
      return { setupToken: token }
    },
    async setup(token, username, password) {
      const expected = admin.data.setupTokenHash
      if (!expected || sha256(token) !== expected || Object.keys(users()).length > 0) return undefined
      const user = await auth.createUser({ username, password, role: 'admin', townships: [] })
      delete admin.data.setupTokenHash
      await admin.commit()
      return user
    },
  }
  return auth
}

export class UserExistsError extends Error {
  constructor(username: string) {
    super(`a user named ${username} already exists`)
  }
}
