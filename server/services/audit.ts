// Writing the audit log: who did what to which item, with the before and after. Mobile numbers in
// them (a ledger filter in a URL, an erased person's phone) are masked before they reach the disk.
import type { User } from '../../content/model.ts'
import { maskPhones } from '../../content/privacy.ts'
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
        ...(before !== undefined ? { before: maskPhones(before) } : {}),
        ...(after !== undefined ? { after: maskPhones(after) } : {}),
      })
    },
  }
}
