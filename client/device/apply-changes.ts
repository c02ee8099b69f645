// Applies the hub's `changes` to a device's snapshot. Pure, so the kiosk, the screen and the tests
// share one rule for what a device shows after a change.
import type { ContentKind, Snapshot } from '../../content/model.ts'
import type { ChangesPayload } from '../../server/realtime/events.ts'

/**
 * The snapshot after `payload`, or the same object when the payload is already applied (a change can
 * arrive twice around a reconnect: once in the catch-up, once live). Lists are copied only for the
 * kinds that changed, so an island showing fairs does not re-render for a job edit.
 */
export function applyChanges(snapshot: Snapshot, payload: ChangesPayload): Snapshot {
  if (payload.rev <= snapshot.rev) return snapshot
  const next: Snapshot = { ...snapshot, rev: payload.rev }
  const touched = new Map<ContentKind, Map<string, unknown>>()
  const listOf = (kind: ContentKind) => {
    let byId = touched.get(kind)
    if (!byId) {
      byId = new Map((snapshot[kind] as { id: string }[]).map((item) => [item.id, item]))
      touched.set(kind, byId)
    }
    return byId
  }
  for (const change of payload.ops) {
    if (change.kind === 'settings') {
      next.settings = change.item
      continue
    }
    const byId = listOf(change.kind)
    // A Map keeps insertion order: an edited item stays where it was, a new one goes last.
    if (change.op === 'put') byId.set(change.id, change.item)
    else byId.delete(change.id)
  }
  for (const [kind, byId] of touched)
    (next as unknown as Record<string, unknown[]>)[kind] = [...byId.values()]
  return next
}
