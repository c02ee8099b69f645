// Recording what a socket.io-client socket receives, so a test can wait for an event that may already
// have arrived, and check afterwards what did not arrive.
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client'

export interface Recorder {
  /** Every event received so far, in order. */
  seen: { event: string; payload: unknown }[]
  of<T = unknown>(event: string): T[]
  /** The first `event` (already received or still to come) whose payload matches; rejects after `ms`. */
  waitFor<T = unknown>(event: string, match?: (payload: T) => boolean, ms?: number): Promise<T>
}

export function record(socket: Socket): Recorder {
  const seen: Recorder['seen'] = []
  const waiters = new Set<{ event: string; match: (p: unknown) => boolean; resolve: (p: unknown) => void }>()
  socket.onAny((event: string, payload: unknown) => {
    seen.push({ event, payload })
    for (const w of [...waiters]) {
      if (w.event === event && w.match(payload)) {
        waiters.delete(w)
        w.resolve(payload)
      }
    }
  })
  return {
    seen,
    of: <T>(event: string) => seen.filter((e) => e.event === event).map((e) => e.payload as T),
    waitFor<T>(event: string, match: (payload: T) => boolean = () => true, ms = 3000): Promise<T> {
      const found = seen.find((e) => e.event === event && match(e.payload as T))
      if (found) return Promise.resolve(found.payload as T)
      return new Promise<T>((resolve, reject) => {
        const waiter = {
          event,
          match: match as (p: unknown) => boolean,
          resolve: (p: unknown) => {
            clearTimeout(timer)
            resolve(p as T)
          },
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(
            new Error(`no matching ${event} within ${ms} ms; got: ${seen.map((e) => e.event).join(', ')}`),
          )
        }, ms)
        waiters.add(waiter)
      })
    },
  }
}

/** A socket that connects once, never reconnects, with options (transports, extraHeaders) of the test's choosing. */
export function connectSocket(url: string, options: Partial<ManagerOptions & SocketOptions> = {}): Socket {
  return io(url, { transports: ['websocket'], reconnection: false, forceNew: true, ...options })
}

/** Resolves once the socket is connected; rejects with the connect_error. */
export function connected(socket: Socket, ms = 3000): Promise<void> {
  return outcome(socket, ms).then((error) => {
    if (error) throw error
  })
}

/** Resolves with the connect_error the socket got; rejects if it connected instead. */
export function refused(socket: Socket, ms = 3000): Promise<Error> {
  return outcome(socket, ms).then((error) => {
    if (!error) throw new Error('the socket was accepted')
    return error
  })
}

function outcome(socket: Socket, ms: number): Promise<Error | undefined> {
  if (socket.connected) return Promise.resolve(undefined)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`neither connect nor connect_error within ${ms} ms`)), ms)
    const done = (error: Error | undefined) => {
      clearTimeout(timer)
      socket.off('connect', onConnect)
      socket.off('connect_error', done)
      resolve(error)
    }
    const onConnect = () => done(undefined)
    socket.once('connect', onConnect)
    socket.once('connect_error', done)
  })
}

/** Resolves with the reason once the socket is disconnected; rejects after `ms`. */
export function disconnection(socket: Socket, ms = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not disconnected within ${ms} ms`)), ms)
    socket.once('disconnect', (reason) => {
      clearTimeout(timer)
      resolve(reason)
    })
  })
}
