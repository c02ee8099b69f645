// Child processes of a benchmark: what is measured (the hub, a floor server) and what makes the load
// (a fleet of devices) each run in their own process, so that one does not steal the other's event
// loop and a process can be measured alone. They talk over IPC in request/response pairs.
// Every child started here is killed when the bench exits, however it exits.
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { now } from './clock.ts'

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string }
type Handler = (message: Record<string, unknown>) => unknown

const running = new Set<ChildProcess>()
let hooked = false

/** Kills every child still running (at exit, or when a benchmark is abandoned after its timeout). */
export function killAll(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

/** Puts a process started elsewhere (spawn) under the same rule: killed when the bench exits. */
export function killOnExit(child: ChildProcess): void {
  hookExit()
  running.add(child)
  child.once('exit', () => running.delete(child))
}

function hookExit() {
  if (hooked) return
  hooked = true
  process.on('exit', killAll)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll()
      process.exit(130)
    })
  }
}

export interface Child {
  readonly process: ChildProcess
  /** Sends `type` and resolves with the child's answer; rejects on an error, a timeout or an exit. */
  request<T = Record<string, unknown>>(type: string, payload?: object, timeoutMs?: number): Promise<T>
  /** The last few KB the child printed, for error messages. */
  output(): string
  /** Resolves true once the child has exited, false if it is still running after `ms`. */
  exited(ms: number): Promise<boolean>
  /** Sends `signal` and waits for the exit (SIGKILL after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>
}

export function startChild(
  entry: string,
  options: { env?: Record<string, string>; execArgv?: string[] } = {},
): Child {
  hookExit()
  const file = fileURLToPath(new URL(entry, import.meta.url))
  const proc = fork(file, [], {
    env: { ...process.env, ...options.env },
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  })
  running.add(proc)
  let tail = ''
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000)
    if (process.env.BENCH_VERBOSE) process.stderr.write(chunk)
  }
  proc.stdout!.on('data', keep)
  proc.stderr!.on('data', keep)

  let nextId = 1
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  const exited = new Promise<void>((resolve) =>
    proc.once('exit', (code, signal) => {
      running.delete(proc)
      for (const p of pending.values()) p.reject(new Error(`${entry} exited (${signal ?? code}):\n${tail}`))
      pending.clear()
      resolve()
    }),
  )
  proc.on('message', (message: Reply) => {
    const p = pending.get(message.id)
    if (!p) return
    pending.delete(message.id)
    if (message.ok) p.resolve(message.result)
    else p.reject(new Error(`${entry}: ${message.error}`))
  })

  return {
    process: proc,
    request<T>(type: string, payload: object = {}, timeoutMs = 30_000) {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id)
          reject(new Error(`${entry}: no answer to "${type}" within ${timeoutMs} ms\n${tail}`))
        }, timeoutMs)
        pending.set(id, {
          resolve: (v) => (clearTimeout(timer), resolve(v as T)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        })
        proc.send({ ...payload, id, type })
      })
    },
    output: () => tail,
    async exited(ms) {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
      const done = await Promise.race([exited.then(() => true), timeout])
      clearTimeout(timer)
      return done
    },
    async stop(signal = 'SIGKILL', graceMs = 10_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return
      proc.kill(signal)
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    },
  }
}

/** In a child: answers the bench's requests with `handlers` (plus `clock`, for calibrate). */
export function serve(handlers: Record<string, Handler>): void {
  const send = process.send?.bind(process)
  if (!send) throw new Error('this file is a benchmark child process: start it through bench/run.ts')
  // The bench is gone (crashed, killed): do not linger holding ports and sockets.
  process.on('disconnect', () => process.exit(0))
  process.on('message', async (message: Record<string, unknown>) => {
    const id = message.id as number
    try {
      const handler = message.type === 'clock' ? () => ({ t: now() }) : handlers[message.type as string]
      if (!handler) throw new Error(`unknown request "${String(message.type)}"`)
      send({ id, ok: true, result: await handler(message) })
    } catch (error) {
      send({ id, ok: false, error: (error as Error).stack ?? String(error) })
    }
  })
}

/**
 * The child's clock minus ours, from IPC round trips: the round trip with the smallest delay bounds
 * the error by half of it (typically well under 0.1 ms on one machine).
 */
export async function clockOffset(child: Child): Promise<{ offsetMs: number; errorMs: number }> {
  let best = { offsetMs: 0, errorMs: Number.POSITIVE_INFINITY }
  for (let i = 0; i < 40; i++) {
    const sent = now()
    const { t } = await child.request<{ t: number }>('clock')
    const back = now()
    if ((back - sent) / 2 < best.errorMs)
      best = { offsetMs: t - (sent + back) / 2, errorMs: (back - sent) / 2 }
  }
  return best
}
