// Writing the audit log: who did what to which item, with the before and after.
import type { User } from '../../content/model.ts'
import type { AuditStore } from '../store/index.ts'
import { newId } from './ids.ts'

export interface Audit {
  record(
    user: Pick<User, 'id' | 'username'> | undefined,
    action: string,
    kind: string,
    entityId?: string,
    before?: unknown,
    after?: unknown,
  ): Promise<void>
}

export function createAudit(store: AuditStore, now: () => number): Audit {
  return {
    async record(user, action, kind, entityId, before, after) {
      await store.add({
        id: newId('audit'),
        at: new Date(now()).toISOString(),
        ...(user ? { userId: user.id, username: user.username } : {}),
        action,
        kind,
        ...(entityId ? { entityId } : {}),
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
      })
    },
  }
}
