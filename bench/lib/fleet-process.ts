// A fleet of devices in its own process: socket.io-client devices connected to the hub's /device
// namespace as kiosks and screens connect, or plain `ws` clients for the floor. After `arm`, it
// records when each member receives its next message (on the shared clock, lib/clock.ts); `collect`
// answers once all have it, or at the timeout with what arrived.
import { io, type Socket } from 'socket.io-client'
import WebSocket from 'ws'
import { now } from './clock.ts'
import { serve } from './child.ts'

interface Round {
  times: Float64Array
  received: number
  /** The first message of the round, kept as it arrived (to report its size and rev). */
  sample?: unknown
  done: Promise<void>
  finish: () => void
}

const closers: (() => void)[] = []
let round: Round | undefined

function arm(count: number): Round {
  let finish = () => {}
  const done = new Promise<void>((resolve) => (finish = resolve))
  return { times: new Float64Array(count).fill(Number.NaN), received: 0, done, finish }
}

/** Member `i` got a message: only its first one after `arm` counts. */
function hit(i: number, message: unknown) {
  const at = now()
  const r = round
  if (!r || !Number.isNaN(r.times[i]!)) return
  r.times[i] = at
  r.sample ??= message
  if (++r.received === r.times.length) r.finish()
}

function connectSocketIo(url: string, token: string, rev: number, i: number): Promise<() => void> {
  const socket: Socket = io(`${url}/device`, {
    auth: { token, rev },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 15_000,
  })
  socket.on('changes', (payload: unknown) => hit(i, payload))
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(() => socket.disconnect()))
    socket.once('connect_error', (error) => reject(error))
  })
}

function connectWs(url: string, i: number): Promise<() => void> {
  const ws = new WebSocket(url)
  // Decode as a device would: the floor pays for JSON.parse just as socket.io-client does.
  ws.on('message', (data: Buffer) => hit(i, JSON.parse(data.toString())))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('ws connect timed out')), 15_000)
    ws.once('open', () => (clearTimeout(timer), resolve(() => ws.terminate())))
    ws.once('error', (error) => (clearTimeout(timer), reject(error)))
  })
}

serve({
  /** Connects `count` members, `batch` at a time (a listen backlog is finite). */
  async connect(message) {
    const { kind, url, tokens, rev } = message as {
      kind: 'socket.io' | 'ws'
      url: string
      tokens?: string[]
      rev?: number
    }
    const count = kind === 'ws' ? (message.count as number) : tokens!.length
    const batch = (message.batch as number | undefined) ?? 100
    const started = now()
    let failed = 0
    let firstError: string | undefined
    for (let start = 0; start < count; start += batch) {
      const settled = await Promise.allSettled(
        Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
          const i = start + k
          return kind === 'ws' ? connectWs(url, i) : connectSocketIo(url, tokens![i]!, rev ?? 0, i)
        }),
      )
      for (const s of settled) {
        if (s.status === 'fulfilled') closers.push(s.value)
        else {
          failed++
          firstError ??= String(s.reason?.message ?? s.reason)
        }
      }
    }
    return { connected: closers.length, failed, firstError, ms: now() - started }
  },

  async arm() {
    round = arm(closers.length)
    return {}
  },

  /** Receive times (this process's clock; NaN for a member that got nothing) once all arrived. */
  async collect(message) {
    const r = round
    if (!r) throw new Error('collect before arm')
    const timeoutMs = (message.timeoutMs as number | undefined) ?? 10_000
    let timer: NodeJS.Timeout | undefined
    await Promise.race([r.done, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))])
    clearTimeout(timer)
    round = undefined
    const sample = r.sample === undefined ? undefined : JSON.stringify(r.sample)
    return { times: Array.from(r.times), missing: r.times.length - r.received, sample }
  },

  async close() {
    for (const close of closers.splice(0)) close()
    setTimeout(() => process.exit(0), 100)
    return {}
  },
})
