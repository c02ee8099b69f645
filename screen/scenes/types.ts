// What every scene is given. Scenes are plain functions of these props plus the language: they keep
// no state beyond the play they are in, so a scene that has played a thousand times leaves nothing.
import type { Fair, Snapshot } from '../../content/model.ts'
import type { DeviceHello } from '../../server/realtime/events.ts'
import type { Layout } from '../frame/useLayout.ts'

export interface SceneProps {
  snapshot: Snapshot
  device: DeviceHello | null
  /** The fair this screen is about, if any (see content.ts screenFair). */
  fair: Fair | undefined
  /** Milliseconds since the epoch, moved on every minute. */
  now: number
  /** How long this play lasts. */
  durationMs: number
  layout: Layout
}
