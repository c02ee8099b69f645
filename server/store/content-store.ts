// The content store: jobs, employers, fairs, venues, announcements and the bureau's settings, in one
// durable lowdb file, with the global `rev` and the recent change feed that devices catch up from.
// Every change goes through `apply`: it bumps `rev`, is written durably, and only then is announced.
import { join } from 'node:path'
import {
  CONTENT_KINDS,
  CONTENT_SCHEMAS,
  Settings,
  type ContentItems,
  type ContentKind,
  type Snapshot,
} from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import type { ChangeOp, ChangesPayload } from '../realtime/events.ts'
import { openJsonDb, type JsonDb } from './json-db.ts'
import { isVisible, visibleEnd } from './visibility.ts'

export const CONTENT_FILE = 'content.json'
/** How many recent revisions a reconnecting device can catch up from without a full snapshot. */
const FEED_LENGTH = 500

type Tables = { [K in ContentKind]: Record<string, ContentItems[K]> }
export interface ContentData extends Tables {
  rev: number
  settings: Settings
  feed: ChangesPayload[]
}

/** One change to apply: `next` undefined deletes. */
export type Change = {
  [K in ContentKind]: { kind: K; id: string; next: ContentItems[K] | undefined }
}[ContentKind]

export interface ContentStore {
  rev(): number
  settings(): Settings
  get<K extends ContentKind>(kind: K, id: string): ContentItems[K] | undefined
  list<K extends ContentKind>(kind: K): ContentItems[K][]
  /** Applies changes as one revision, durably; resolves with it once on disk. */
  apply(changes: Change[]): Promise<ChangesPayload>
  setSettings(settings: Settings): Promise<ChangesPayload>
  /** What devices show now, built once per revision. */
  snapshot(): Snapshot
  /** The ops a device at `rev` missed, or undefined when it is too far behind (or ahead). */
  changesSince(rev: number): ChangesPayload | undefined
  /** Commits the items whose visibility ran out (jobs past validUntil become 'expired'). */
  refreshVisibility(): Promise<ChangesPayload | undefined>
  /** The next moment some visible item stops being visible by itself (ms), if any. */
  nextVisibilityEnd(): number | undefined
  onCommit(listener: (payload: ChangesPayload) => void): () => void
  idle(): Promise<void>
  created: boolean
}

export interface ContentStoreOptions {
  dataDir: string
  initial: () => Omit<ContentData, 'rev' | 'feed'>
  newestBackup: (name: string) => Promise<string | undefined>
  now?: () => number
}

export async function openContentStore(options: ContentStoreOptions): Promise<ContentStore> {
  const now = options.now ?? Date.now
  const file = join(options.dataDir, CONTENT_FILE)
  const db: JsonDb<ContentData> & { created: boolean } = await openJsonDb<ContentData>(
    file,
    () => ({ ...options.initial(), rev: 1, feed: [] }),
    validateContent,
    () => options.newestBackup(CONTENT_FILE),
  )
  const data = () => db.data
  const listeners = new Set<(payload: ChangesPayload) => void>()
  const visibleIds = {} as Record<ContentKind, Set<string>>
  for (const kind of CONTENT_KINDS) {
    visibleIds[kind] = new Set(
      Object.values(data()[kind])
        .filter((item) => isVisible(kind, item as never, now()))
        .map((item) => item.id),
    )
  }
  let cached: Snapshot | undefined
  let committedRev = data().rev

  function opFor(change: Change, at: number): ChangeOp | undefined {
    const { kind, id, next } = change
    if (next && isVisible(kind, next as never, at)) {
      visibleIds[kind].add(id)
      return { op: 'put', kind, id, item: next } as ChangeOp
    }
    if (visibleIds[kind].delete(id)) return { op: 'delete', kind, id } as ChangeOp
    return undefined
  }

  async function commitRevision(ops: ChangeOp[], undo: () => void): Promise<ChangesPayload> {
    const payload: ChangesPayload = { rev: data().rev + 1, ops }
    data().rev = payload.rev
    data().feed.push(payload)
    if (data().feed.length > FEED_LENGTH) data().feed.splice(0, data().feed.length - FEED_LENGTH)
    cached = undefined
    try {
      await db.commit()
    } catch (error) {
      // Not on disk: take the change back so memory never claims what the file does not hold.
      undo()
      const at = data().feed.indexOf(payload)
      if (at >= 0) data().feed.splice(at, 1)
      // The rev goes back to the newest revision still on disk or still waiting to be written.
      data().rev = Math.max(committedRev, data().feed.at(-1)?.rev ?? 0)
      cached = undefined
      throw error
    }
    committedRev = Math.max(committedRev, payload.rev)
    for (const listener of listeners) listener(payload)
    return payload
  }

  function applyInMemory(changes: Change[]): { ops: ChangeOp[]; undo: () => void } {
    const at = now()
    const ops: ChangeOp[] = []
    const previous: Change[] = []
    for (const change of changes) {
      const table = data()[change.kind] as Record<string, unknown>
      previous.push({ kind: change.kind, id: change.id, next: table[change.id] } as Change)
      if (change.next) table[change.id] = change.next
      else delete table[change.id]
      const op = opFor(change, at)
      if (op) ops.push(op)
    }
    const undo = () => {
      for (const change of previous.reverse()) {
        const table = data()[change.kind] as Record<string, unknown>
        if (change.next) table[change.id] = change.next
        else delete table[change.id]
        opFor(change, at)
      }
    }
    return { ops, undo }
  }

  const store: ContentStore = {
    created: db.created,
    rev: () => data().rev,
    settings: () => data().settings,
    get: (kind, id) => data()[kind][id] as never,
    list: (kind) => Object.values(data()[kind]) as never,
    async apply(changes) {
      const { ops, undo } = applyInMemory(changes)
      return commitRevision(ops, undo)
    },
    async setSettings(settings) {
      const before = data().settings
      data().settings = settings
      return commitRevision([{ op: 'put', kind: 'settings', id: 'settings', item: settings }], () => {
        data().settings = before
      })
    },
    snapshot() {
      if (cached && cached.rev === data().rev) return cached
      const at = now()
      const visible = <K extends ContentKind>(kind: K) =>
        (Object.values(data()[kind]) as ContentItems[K][]).filter((item) => isVisible(kind, item, at))
      cached = {
        rev: data().rev,
        generatedAt: new Date(at).toISOString(),
        settings: data().settings,
        jobs: visible('jobs'),
        employers: visible('employers'),
        fairs: visible('fairs'),
        venues: visible('venues'),
        announcements: visible('announcements'),
      }
      return cached
    },
    changesSince(rev) {
      const current = data().rev
      if (rev === current) return { rev: current, ops: [] }
      if (rev > current) return undefined
      const feed = data().feed
      const first = feed.findIndex((entry) => entry.rev === rev + 1)
      if (first === -1) return undefined
      // Later ops on the same item replace earlier ones: the device needs only where things ended.
      const latest = new Map<string, ChangeOp>()
      for (const entry of feed.slice(first)) {
        for (const op of entry.ops) {
          const key = `${op.kind}/${op.id}`
          latest.delete(key)
          latest.set(key, op)
        }
      }
      return { rev: current, ops: [...latest.values()] }
    },
    async refreshVisibility() {
      const at = now()
      const changes: Change[] = []
      for (const kind of CONTENT_KINDS) {
        for (const id of visibleIds[kind]) {
          const item = data()[kind][id] as ContentItems[typeof kind]
          if (item && isVisible(kind, item as never, at)) continue
          if (kind === 'jobs' && item) {
            const job = item as ContentItems['jobs']
            changes.push({
              kind,
              id,
              next: { ...job, status: 'expired', updatedAt: new Date(at).toISOString() },
            })
          } else {
            changes.push({ kind, id, next: item } as Change)
          }
        }
      }
      if (changes.length === 0) return undefined
      return store.apply(changes)
    },
    nextVisibilityEnd() {
      let next: number | undefined
      for (const kind of CONTENT_KINDS) {
        for (const id of visibleIds[kind]) {
          const item = data()[kind][id]
          const end = item && visibleEnd(kind, item as never)
          if (end !== undefined && (next === undefined || end < next)) next = end
        }
      }
      return next
    },
    onCommit(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    idle: () => db.idle(),
  }
  return store
}

/** Checks every stored item against its schema so a hand-edited file cannot crash the hub later. */
function validateContent(data: ContentData): string | undefined {
  if (typeof data !== 'object' || data === null) return 'the file does not hold an object'
  if (!Number.isInteger(data.rev) || data.rev < 0) return '"rev" is missing or not a whole number'
  if (!Array.isArray(data.feed)) return '"feed" is missing'
  const settings = check(Settings, data.settings)
  if (!settings.ok) return `settings: ${settings.fields.map((f) => `${f.path} ${f.message}`).join('; ')}`
  for (const kind of CONTENT_KINDS) {
    const table = data[kind]
    if (typeof table !== 'object' || table === null) return `"${kind}" is missing`
    for (const [id, item] of Object.entries(table)) {
      const result = check(CONTENT_SCHEMAS[kind], item)
      if (!result.ok) return `${kind}.${id}: ${result.fields.map((f) => `${f.path} ${f.message}`).join('; ')}`
    }
  }
  return undefined
}
