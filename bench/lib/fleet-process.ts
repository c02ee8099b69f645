// A fleet of devices in its own process: socket.io-client devices connected to the hub's /device
// namespace as kiosks and screens connect, or plain `ws` clients for the floor. After `arm`, it
// records when each member receives its next message (on the shared clock, lib/clock.ts); `collect`
// answers once all have it, or at the timeout with what arrived.
// `storm` is a fleet coming back all at once (bench/reconnect.ts): every device connects in the same
// tick, and on `stale` GETs its snapshot over HTTP; `getAll` is its floor, the same GETs alone.
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
/** The devices of the last `storm`, connected or not, until `disconnect`. */
const stormClosers: (() => void)[] = []
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

/** Outcomes of many members started at once, timed from `start` on this process's clock. */
class Storm {
  readonly start = now()
  /** Per member: 0 pending, 1 back, 2 failed; only its first outcome counts. */
  private readonly state: Uint8Array
  readonly backMs: Float64Array
  /** When the answer's headers arrived (before the body is read, gunzipped and parsed). */
  readonly answeredMs: Float64Array
  readonly statuses: Record<string, number> = {}
  readonly errors: Record<string, number> = {}
  back = 0
  failed = 0
  private settled = 0
  private finish = () => {}
  private readonly done = new Promise<void>((resolve) => (this.finish = resolve))
  /** Aborts the GETs still running at the deadline. */
  readonly abort = new AbortController()

  readonly count: number

  constructor(count: number) {
    this.count = count
    this.state = new Uint8Array(count)
    this.backMs = new Float64Array(count).fill(Number.NaN)
    this.answeredMs = new Float64Array(count).fill(Number.NaN)
    if (count === 0) this.finish()
  }

  elapsed = () => now() - this.start

  ok(i: number) {
    if (this.state[i] !== 0) return
    this.state[i] = 1
    this.backMs[i] = this.elapsed()
    this.back++
    if (++this.settled === this.count) this.finish()
  }

  fail(i: number, reason: string) {
    if (this.state[i] !== 0) return
    this.state[i] = 2
    this.errors[reason] = (this.errors[reason] ?? 0) + 1
    this.failed++
    if (++this.settled === this.count) this.finish()
  }

  /** GETs `url` (gzip, a connection of its own as each device has), parses it, counts member `i` back. */
  async get(i: number, url: string, headers: Record<string, string> = {}) {
    try {
      const res = await fetch(url, {
        headers: { ...headers, 'accept-encoding': 'gzip', connection: 'close' },
        signal: this.abort.signal,
      })
      this.answeredMs[i] = this.elapsed()
      this.statuses[res.status] = (this.statuses[res.status] ?? 0) + 1
      const text = await res.text()
      if (res.status !== 200) return this.fail(i, `HTTP ${res.status}`)
      JSON.parse(text)
      this.ok(i)
    } catch (error) {
      const e = error as Error & { cause?: { code?: string; message?: string } }
      this.fail(i, `GET: ${e.cause?.code ?? e.cause?.message ?? e.message}`)
    }
  }

  /** Resolves once every member is back or failed, or at the deadline (the rest then count as failed). */
  async settle(timeoutMs: number) {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([this.done, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))])
    clearTimeout(timer)
    this.abort.abort()
    for (let i = 0; i < this.count; i++) this.fail(i, 'not back in time')
    return {
      ms: this.elapsed(),
      back: this.back,
      failed: this.failed,
      statuses: this.statuses,
      errors: this.errors,
      backMs: Array.from(this.backMs),
      answeredMs: Array.from(this.answeredMs),
    }
  }
}

serve({
  /**
   * Every device connects in the same tick with `rev` (too old, so the hub sends `stale`), and on
   * `stale` GETs the snapshot with its token; back once that is parsed. Times in ms from the start.
   */
  async storm(message) {
    const { url, tokens, rev, timeoutMs } = message as {
      url: string
      tokens: string[]
      rev: number
      timeoutMs: number
    }
    const storm = new Storm(tokens.length)
    const connectedMs = new Float64Array(tokens.length).fill(Number.NaN)
    const staleMs = new Float64Array(tokens.length).fill(Number.NaN)
    for (let i = 0; i < tokens.length; i++) {
      const socket: Socket = io(`${url}/device`, {
        auth: { token: tokens[i], rev },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        timeout: timeoutMs,
      })
      stormClosers.push(() => socket.disconnect())
      socket.once('connect', () => (connectedMs[i] = storm.elapsed()))
      socket.once('connect_error', (error) => storm.fail(i, `connect: ${error.message}`))
      socket.once('changes', () => storm.fail(i, 'sent changes, not stale'))
      socket.once('stale', () => {
        staleMs[i] = storm.elapsed()
        void storm.get(i, `${url}/api/device/content`, { authorization: `Bearer ${tokens[i]}` })
      })
    }
    const createdMs = storm.elapsed()
    const result = await storm.settle(timeoutMs)
    return { ...result, createdMs, connectedMs: Array.from(connectedMs), staleMs: Array.from(staleMs) }
  },

  /** The storm's floor: `count` GETs of `url` started in the same tick, each parsed. */
  async getAll(message) {
    const { url, count, timeoutMs } = message as { url: string; count: number; timeoutMs: number }
    const storm = new Storm(count)
    for (let i = 0; i < count; i++) void storm.get(i, url)
    const createdMs = storm.elapsed()
    return { ...(await storm.settle(timeoutMs)), createdMs }
  },

  /** Disconnects the devices of the last storm. */
  async disconnect() {
    for (const close of stormClosers.splice(0)) close()
    return {}
  },

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
    for (const close of [...closers.splice(0), ...stormClosers.splice(0)]) close()
    setTimeout(() => process.exit(0), 100)
    return {}
  },
})
