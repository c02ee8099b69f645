// The screen's one shared piece of state: its device link, started by ScreenApp and read by the
// frame and the overlays. Everything else a scene needs comes in as props.
import { signal } from '@preact/signals'
import type { DeviceLink } from '../client/device/index.ts'

export const link = signal<DeviceLink | null>(null)

/**
 * `?soak=200` plays every slot for that many milliseconds instead of its seconds: the soak benchmark
 * runs thousands of rotations in minutes. Read once: a screen's address never changes while it runs.
 */
export function soakMs(): number | undefined {
  if (typeof location === 'undefined') return undefined
  const value = Number(new URLSearchParams(location.search).get('soak'))
  return Number.isFinite(value) && value >= 50 ? value : undefined
}
