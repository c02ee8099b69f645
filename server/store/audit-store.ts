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

export interface AuditStore {
  add(entry: AuditEntry): Promise<void>
  list(filter: AuditFilter, offset: number, limit: number): { items: AuditEntry[]; total: number }
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
  return {
    async add(entry) {
      await opened.journal.append([entry])
      entries.push(entry)
    },
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
