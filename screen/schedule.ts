// Which scene plays next: the device's schedule (set by staff per device) with its daily time windows,
// or a default one. Pure functions, so the rotation is tested without waiting for a clock.
import type { DeviceConfig } from '../content/model.ts'

export type SceneSlot = NonNullable<DeviceConfig['scenes']>[number]
export type SceneName = SceneSlot['scene']

/**
 * What a screen shows when staff set nothing: the job board most of the time, the QR call to action
 * twice a round (a passer-by should never wait long for it), and the rest once.
 */
export const DEFAULT_SCHEDULE: readonly SceneSlot[] = [
  { scene: 'jobs', seconds: 40 },
  { scene: 'scan', seconds: 15 },
  { scene: 'fairs', seconds: 20 },
  { scene: 'spotlight', seconds: 20 },
  { scene: 'scan', seconds: 15 },
  { scene: 'policies', seconds: 20 },
]

const DAY_MINUTES = 1440
// Windows are Beijing time like every time the faces show (format.ts): a screen whose OS clock is set
// to another zone must not start the night-market scenes at the wrong hour. China has no daylight
// saving, so a fixed offset is exact.
const BEIJING_OFFSET_MINUTES = 480

/** Minutes since midnight, Beijing time. */
export function minuteOfDay(now: Date): number {
  const minutes = Math.floor(now.getTime() / 60_000) + BEIJING_OFFSET_MINUTES
  return ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** Whether a slot's daily window contains `minute`; a window may run past midnight (18:00–02:00). */
export function inWindow(slot: Pick<SceneSlot, 'from' | 'to'>, minute: number): boolean {
  const from = slot.from ? minutesOf(slot.from) : 0
  const to = slot.to ? minutesOf(slot.to) : DAY_MINUTES
  if (from === to) return true
  return from < to ? minute >= from && minute < to : minute >= from || minute < to
}

/**
 * The slots that may play at `minute`: the staff's slots whose window is open, or the default
 * schedule when none is (no schedule at all, or daytime on a screen set up for night-market hours).
 */
export function slotsNow(configured: readonly SceneSlot[] | undefined, minute: number): readonly SceneSlot[] {
  const open = (configured ?? []).filter((slot) => inWindow(slot, minute))
  return open.length > 0 ? open : DEFAULT_SCHEDULE
}

/**
 * The slot after position `from` in `slots` whose scene has something to show, or undefined when no
 * scene has (the screen then shows its static card).
 */
export function nextSlot(
  slots: readonly SceneSlot[],
  from: number,
  available: (scene: SceneName) => boolean,
): { index: number; slot: SceneSlot } | undefined {
  for (let step = 1; step <= slots.length; step++) {
    const index = (from + step) % slots.length
    const slot = slots[index]!
    if (available(slot.scene)) return { index, slot }
  }
  return undefined
}
