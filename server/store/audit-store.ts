// The audit log: who changed what, when, with the before and after. Append-only on disk (journal.ts).
import { join } from 'node:path'
import { AuditEntry } from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import { openJournal } from './journal.ts'

export const AUDIT_FILE = 'audit.jsonl'

export interface AuditFilter {
  kind?: string
  entityId?: string
  username?: string
  action?: string
  from?: number
  to?: number
}

/** The values that occur in the log, so filters offer only what can match. */
export interface AuditFacets {
  usernames: string[]
  kinds: string[]
  actions: string[]
}

export interface AuditStore {
  add(entry: AuditEntry): Promise<void>
  list(filter: AuditFilter, offset: number, limit: number): { items: AuditEntry[]; total: number }
  facets(): AuditFacets
  close(): Promise<void>
}

export async function openAuditStore(
  dataDir: string,
  newestBackup: (name: string) => Promise<string | undefined>,
  log: (message: string) => void = () => {},
): Promise<AuditStore> {
  const file = join(dataDir, AUDIT_FILE)
  const opened = await openJournal<AuditEntry>(
    file,
    (value) => {
      const result = check(AuditEntry, value)
      if (!result.ok) throw new Error(result.fields.map((f) => `${f.path} ${f.message}`).join('; '))
      return result.value
    },
    () => newestBackup(AUDIT_FILE),
  )
  if (opened.repaired) log(`${file}: ${opened.repaired}`)
  const entries = opened.records
  const seen = { usernames: new Set<string>(), kinds: new Set<string>(), actions: new Set<string>() }
  const note = (e: AuditEntry) => {
    if (e.username) seen.usernames.add(e.username)
    seen.kinds.add(e.kind)
    seen.actions.add(e.action)
  }
  entries.forEach(note)
  const sorted = (set: Set<string>) => [...set].sort()
  return {
    async add(entry) {
      await opened.journal.append([entry])
      entries.push(entry)
      note(entry)
    },
    facets: () => ({
      usernames: sorted(seen.usernames),
      kinds: sorted(seen.kinds),
      actions: sorted(seen.actions),
    }),
    list(f, offset, limit) {
      const items: AuditEntry[] = []
      let total = 0
      for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i]!
        if (f.kind && e.kind !== f.kind) continue
        if (f.entityId && e.entityId !== f.entityId) continue
        if (f.username && e.username !== f.username) continue
        if (f.action && e.action !== f.action) continue
        const at = Date.parse(e.at)
        if (f.from !== undefined && at < f.from) continue
        if (f.to !== undefined && at >= f.to) continue
        if (total >= offset && items.length < limit) items.push(e)
        total++
      }
      return { items, total }
    },
    close: () => opened.journal.close(),
  }
}
