// The funnel staff read per screen, kiosk or poster and per job or fair: how often its QR code was
// shown (devices report it), scanned (hits on the phone pages with the source) and how many people
// registered from it. A general code (/m, no job or fair) has neither kind nor id.
import type { Registration } from '../../content/model.ts'

export interface FunnelRow {
  source: string
  kind?: 'job' | 'fair'
  id?: string
  shown: number
  scanned: number
  registered: number
}

/**
 * Rows from one day's usage counts (keys "type|source|kind|id", see metrics.ts) and that day's
 * registrations; only rows with a source, busiest first.
 */
export function funnel(
  counts: ReadonlyMap<string, number>,
  registrations: Iterable<Registration>,
): FunnelRow[] {
  const rows = new Map<string, FunnelRow>()
  const row = (source: string, kind: string, id: string) => {
    const key = `${source}|${kind}|${id}`
    let found = rows.get(key)
    if (!found) {
      found = {
        source,
        ...(kind === 'job' || kind === 'fair' ? { kind } : {}),
        ...(id ? { id } : {}),
        shown: 0,
        scanned: 0,
        registered: 0,
      }
      rows.set(key, found)
    }
    return found
  }
  for (const [key, count] of counts) {
    const [type, source, kind = '', id = ''] = key.split('|')
    if (!source || (type !== 'qr-shown' && type !== 'scan')) continue
    if (kind && kind !== 'job' && kind !== 'fair') continue
    const r = row(source, kind, id)
    if (type === 'qr-shown') r.shown += count
    else r.scanned += count
  }
  for (const reg of registrations) {
    const source = reg.source.device ?? reg.source.poster
    if (!source || reg.source.channel === 'kiosk') continue
    for (const id of reg.jobIds) row(source, 'job', id).registered++
    if (reg.fairId) row(source, 'fair', reg.fairId).registered++
  }
  return [...rows.values()].sort((a, b) => b.scanned + b.registered - (a.scanned + a.registered))
}
