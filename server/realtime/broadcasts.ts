// Which devices an urgent broadcast is for, as Socket.IO rooms, so one broadcast is encoded once
// and sent to all its recipients.
import type { Broadcast } from '../../content/model.ts'
import type { BroadcastPayload } from './events.ts'

export function broadcastRooms(broadcast: Pick<Broadcast, 'target'>): string[] {
  const { target } = broadcast
  if (target.all) return ['devices']
  return [
    ...(target.venueIds ?? []).map((id) => `venue:${id}`),
    ...(target.deviceIds ?? []).map((id) => `device:${id}`),
  ]
}

export function broadcastPayload(b: Broadcast): BroadcastPayload {
  return { id: b.id, text: b.text, level: b.level, until: b.until }
}
