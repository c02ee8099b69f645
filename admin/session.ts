// Who is signed in, and whether the hub has said the session ended. One small store shared by the
// shell and every page; permissions come from the hub's own table so the two never disagree.
import { computed, signal } from '@preact/signals'
import type { PublicUser } from '../content/model.ts'
import { can, townshipScope, type Permission } from '../server/services/permissions.ts'

/** undefined while the first /me is on its way; null when nobody is signed in. */
export const user = signal<PublicUser | null | undefined>(undefined)

/** Set by api.ts on any 401: the shell then shows the sign-in dialog over the page. */
export const sessionExpired = signal(false)

/** When the hub last answered a call of this page: an idle session ends counted from there. */
export const lastActivity = signal(Date.now())

export function allowed(permission: Permission): boolean {
  return user.value ? can(user.value, permission) : false
}

/** The townships an operator is limited to, or undefined for county-wide staff. */
export const scope = computed(() => (user.value ? townshipScope(user.value) : undefined))
