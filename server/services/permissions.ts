// What each staff role may do. One table, consulted by the admin routes' hooks.
import type { Role, User } from '../../content/model.ts'

export type Permission =
  | 'read'
  | 'content:write'
  | 'devices:write'
  | 'broadcasts:write'
  | 'registrations:write'
  | 'registrations:reveal'
  | 'registrations:delete'
  | 'users:manage'
  | 'audit:read'
  | 'settings:write'

const GRANTS: Record<Role, Permission[]> = {
  admin: [
    'read',
    'content:write',
    'devices:write',
    'broadcasts:write',
    'registrations:write',
    'registrations:reveal',
    'registrations:delete',
    'users:manage',
    'audit:read',
    'settings:write',
  ],
  editor: [
    'read',
    'content:write',
    'devices:write',
    'broadcasts:write',
    'registrations:write',
    'registrations:reveal',
  ],
  operator: ['read', 'content:write', 'registrations:write', 'registrations:reveal'],
  viewer: ['read'],
}

export function can(user: Pick<User, 'role'>, permission: Permission): boolean {
  return GRANTS[user.role].includes(permission)
}

/** The townships a user is limited to, or undefined when the user sees the whole county. */
export function townshipScope(user: Pick<User, 'role' | 'townships'>): string[] | undefined {
  return user.role === 'operator' ? user.townships : undefined
}
