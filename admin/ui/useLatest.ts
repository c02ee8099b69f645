// Staff change filters faster than the hub answers on a busy day. Answers can arrive out of order,
// and a slow answer to the filter chosen before must not overwrite the newer one on screen.
import { useRef } from 'preact/hooks'

/** Wraps each request of a page; only the answer to the most recent one ever resolves. */
export function useLatest(): <T>(request: Promise<T>) => Promise<T> {
  const latest = useRef(0)
  return <T>(request: Promise<T>) => {
    const ticket = ++latest.current
    // An outdated answer is dropped: its promise never settles, so nothing is drawn from it.
    return request.then((value) => (ticket === latest.current ? value : new Promise<T>(() => {})))
  }
}
