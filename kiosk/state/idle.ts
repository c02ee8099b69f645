// Idle detection: after IDLE s without a touch the kiosk asks "still there?" for COUNTDOWN s, then ends
// the session. Both can be shortened with ?idle=S&countdown=S in the kiosk's address (tests, and staff
// trying a kiosk out), never lengthened past the defaults' purpose of wiping what the last person left.
import { signal } from '@preact/signals'

const IDLE_S = 60
const COUNTDOWN_S = 10

function fromQuery(name: string, fallback: number): number {
  if (typeof location === 'undefined') return fallback
  const value = Number(new URLSearchParams(location.search).get(name))
  return Number.isFinite(value) && value > 0 && value <= fallback ? value : fallback
}

/** Seconds left before the session ends, while the countdown shows; null otherwise. */
export const countdown = signal<number | null>(null)

/**
 * Watches for touches while `active()` says someone is using the kiosk; calls `expire` when the
 * countdown runs out. Returns a function that stops watching.
 */
export function watchIdle(active: () => boolean, expire: () => void): () => void {
  const idleMs = fromQuery('idle', IDLE_S) * 1000
  const countdownS = fromQuery('countdown', COUNTDOWN_S)
  let lastTouch = Date.now()
  const touched = () => {
    lastTouch = Date.now()
    if (countdown.value !== null) countdown.value = null
  }
  // Capture phase: a touch counts even when the component under it stops the event.
  const events = ['pointerdown', 'keydown', 'wheel'] as const
  for (const name of events) document.addEventListener(name, touched, { capture: true, passive: true })
  // One coarse tick rather than a timer re-armed on every touch: cheap over months of uptime.
  const timer = setInterval(() => {
    if (!active()) {
      lastTouch = Date.now()
      countdown.value = null
      return
    }
    const idleFor = Date.now() - lastTouch
    if (idleFor < idleMs) return
    const left = Math.ceil(countdownS - (idleFor - idleMs) / 1000)
    if (left > 0) countdown.value = left
    else {
      countdown.value = null
      expire()
    }
  }, 250)
  return () => {
    clearInterval(timer)
    for (const name of events) document.removeEventListener(name, touched, { capture: true })
  }
}
