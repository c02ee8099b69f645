// Plays the schedule: one timer at a time, re-armed at the end of each slot, so nothing piles up over
// months. Windows and what each scene has to show are looked at afresh at every step.
import { useEffect, useRef, useState } from 'preact/hooks'
import { minuteOfDay, nextSlot, slotsNow, type SceneName, type SceneSlot } from '../schedule.ts'

export interface Play {
  slot: SceneSlot
  /** Counts plays, so that a scene following itself starts afresh (it is the component's key). */
  n: number
  durationMs: number
}

const RETRY_MS = 1_000

export function useRotation(
  configured: readonly SceneSlot[] | undefined,
  available: (scene: SceneName) => boolean,
  soakMs: number | undefined,
): Play | null {
  const [play, setPlay] = useState<Play | null>(null)
  // The timer reads the latest schedule and content through this, without restarting on each change.
  const latest = useRef({ configured, available })
  latest.current = { configured, available }
  // A new schedule from staff starts at its first slot at once.
  const scheduleKey = JSON.stringify(configured ?? null)
  // Counts across schedules too: a new schedule's first play must not reuse the last play's key.
  const plays = useRef(0)

  useEffect(() => {
    let position = -1
    let timer: ReturnType<typeof setTimeout>
    const step = () => {
      const slots = slotsNow(latest.current.configured, minuteOfDay(new Date()))
      const next = nextSlot(slots, position, latest.current.available)
      if (!next) {
        // Nothing to show yet (content still loading): look again soon.
        setPlay(null)
        timer = setTimeout(step, RETRY_MS)
        return
      }
      position = next.index
      const durationMs = soakMs ?? next.slot.seconds * 1000
      setPlay({ slot: next.slot, n: ++plays.current, durationMs })
      timer = setTimeout(step, durationMs)
    }
    step()
    return () => clearTimeout(timer)
  }, [scheduleKey, soakMs])

  return play
}
