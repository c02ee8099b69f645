// Kiosk registrations on their way to the hub. Sent at once when the hub is there; otherwise kept in
// storage and sent when it comes back, in order, each exactly once: the hub answers a clientId it has
// already stored with the first answer, so a registration whose ack was lost is simply sent again.
import type { DeviceRegistration, RegisterAck } from '../../server/realtime/events.ts'
import type { DeviceStorage, QueuedRegistration } from './storage.ts'

export type RegisterResult =
  | { status: 'sent'; id: string; code: string; duplicate?: never }
  | { status: 'sent'; id: string; code?: never; duplicate: true }
  | { status: 'queued' }
  | { status: 'rejected'; error: string; fields?: { path: string; message: string }[] }

interface OutboxDeps {
  storage: DeviceStorage
  /** Sends one registration; rejects when the hub is unreachable or does not answer in time. */
  send: (payload: DeviceRegistration) => Promise<RegisterAck>
  onSize: (size: number) => void
}

export function createOutbox({ storage, send, onSize }: OutboxDeps) {
  let queue: QueuedRegistration[] = []
  let flushing: Promise<void> | undefined

  async function persist() {
    onSize(queue.length)
    await storage.saveOutbox(queue)
  }

  /** What one answer means: final (sent or refused for good) or worth trying again later. */
  function outcome(ack: RegisterAck): RegisterResult | 'retry' {
    if (ack.ok)
      return ack.duplicate
        ? { status: 'sent', id: ack.id, duplicate: true }
        : { status: 'sent', id: ack.id, code: ack.code }
    // Field errors will not go away by sending again; anything else (the hub's store was busy) might.
    if (ack.fields?.length) return { status: 'rejected', error: ack.error, fields: ack.fields }
    return 'retry'
  }

  async function flushNow() {
    while (queue.length > 0) {
      const [head] = queue
      let result: RegisterResult | 'retry'
      try {
        result = outcome(await send(head!.payload))
      } catch {
        return
      }
      if (result === 'retry') return
      queue = queue.slice(1)
      await persist()
    }
  }

  return {
    async load() {
      queue = await storage.loadOutbox()
      onSize(queue.length)
    },
    /** Sends the queue in order; concurrent calls share one pass. */
    flush(): Promise<void> {
      flushing ??= flushNow().finally(() => (flushing = undefined))
      return flushing
    },
    async register(payload: DeviceRegistration): Promise<RegisterResult> {
      // Behind earlier ones: the hub must see registrations in the order people made them.
      if (queue.length === 0) {
        try {
          const result = outcome(await send(payload))
          if (result !== 'retry') return result
        } catch {
          // Unreachable or no answer in time: queue it below.
        }
      }
      queue = [...queue, { payload, queuedAt: new Date().toISOString() }]
      await persist()
      return { status: 'queued' }
    },
  }
}
