// Opens every store in DATA_DIR. A file that cannot be read stops here with a DataFileError, before
// anything is written anywhere.
import { mkdir } from 'node:fs/promises'
import type { Settings } from '../../content/model.ts'
import { ADMIN_FILE, openAdminStore, type AdminStore } from './admin-store.ts'
import { AUDIT_FILE, openAuditStore, type AuditStore } from './audit-store.ts'
import { backupIfDue, newestBackup } from './backups.ts'
import { CONTENT_FILE, openContentStore, type ContentData, type ContentStore } from './content-store.ts'
import { METRICS_FILE, openMetricsStore, type MetricsStore } from './metrics-store.ts'
import { deferRegistrationStore } from './deferred-registrations.ts'
import { REGISTRATIONS_FILE, openRegistrationStore, type RegistrationStore } from './registration-store.ts'

export { DataFileError } from './data-file-error.ts'
export type { AdminStore, AuditStore, ContentStore, MetricsStore, RegistrationStore }

export const DATA_FILES = [CONTENT_FILE, ADMIN_FILE, REGISTRATIONS_FILE, AUDIT_FILE, METRICS_FILE]

export interface Stores {
  content: ContentStore
  admin: AdminStore
  registrations: RegistrationStore
  audit: AuditStore
  metrics: MetricsStore
  /** Resolves once the registration ledger is loaded; rejects (DataFileError) if it cannot be. */
  ready: Promise<void>
  /** Starts loading the ledger if `deferLedger` held it back. */
  loadLedger(): void
  /** Takes today's backup if it has not been taken yet; returns its folder when it did. */
  backup(now?: Date): Promise<string | undefined>
  /** Waits for every pending write, then closes the files. */
  close(): Promise<void>
}

export type InitialContent = Omit<ContentData, 'rev' | 'feed'>

export const EMPTY_SETTINGS: Settings = {
  bureauName: '人力资源和社会保障局',
  county: '本县',
  hotline: '12333',
  townships: [],
}

export async function openStores(options: {
  dataDir: string
  initialContent?: () => InitialContent
  log?: (message: string) => void
  now?: () => number
  /** Load the ledger only when `loadLedger()` is called (main.ts: once the hub listens). */
  deferLedger?: boolean
}): Promise<Stores> {
  const { dataDir } = options
  await mkdir(dataDir, { recursive: true })
  const backupOf = (name: string) => newestBackup(dataDir, name)
  // The registration journal is the big file: it loads in the background (see
  // deferred-registrations.ts) while the rest opens and the hub starts listening.
  const ledger = deferRegistrationStore(() => openRegistrationStore(dataDir, backupOf, options.log))
  ledger.ready.catch(() => {}) // reported through `ready` to whoever awaits it
  if (!options.deferLedger) ledger.load()
  const audit = await openAuditStore(dataDir, backupOf, options.log)
  const metrics = await openMetricsStore(dataDir, backupOf, options.log)
  const admin = await openAdminStore(dataDir, backupOf)
  const content = await openContentStore({
    dataDir,
    newestBackup: backupOf,
    now: options.now,
    initial:
      options.initialContent ??
      (() => ({
        settings: EMPTY_SETTINGS,
        jobs: {},
        employers: {},
        fairs: {},
        venues: {},
        announcements: {},
      })),
  })
  return {
    content,
    admin,
    registrations: ledger.store,
    ready: ledger.ready,
    loadLedger: ledger.load,
    audit,
    metrics,
    async backup(now = new Date()) {
      await Promise.all([content.idle(), admin.idle()])
      return backupIfDue(dataDir, DATA_FILES, now)
    },
    async close() {
      await Promise.all([content.idle(), admin.idle(), ledger.store.close(), audit.close(), metrics.close()])
    },
  }
}
