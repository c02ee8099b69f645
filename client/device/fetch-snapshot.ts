// GET /api/device/content with the device's token; the ETag saves sending a snapshot the device has.
import type { Snapshot } from '../../content/model.ts'

export type FetchedSnapshot = { status: 'fresh'; snapshot: Snapshot; etag?: string } | { status: 'unchanged' }

export async function fetchSnapshot(token: string, etag?: string): Promise<FetchedSnapshot> {
  const response = await fetch('/api/device/content', {
    headers: { authorization: `Bearer ${token}`, ...(etag ? { 'if-none-match': etag } : {}) },
    cache: 'no-store',
  })
  if (response.status === 304) return { status: 'unchanged' }
  if (!response.ok) throw new Error(`snapshot: HTTP ${response.status}`)
  const snapshot = (await response.json()) as Snapshot
  return {
    status: 'fresh',
    snapshot,
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
  }
}
