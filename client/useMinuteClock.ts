// The current time for clocks on the kiosk and the screen, updated on each minute boundary.
import { useEffect, useState } from 'preact/hooks'

/**
 * null until the island has hydrated: the HTML is built once, ahead of time, so any time written
 * into it would be wrong, and hydration must see the same markup the build produced.
 */
export function useMinuteClock(): Date | null {
  const [now, setNow] = useState<Date | null>(null)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    const tick = () => {
      const date = new Date()
      setNow(date)
      // Re-arm at the next minute rather than every 60 s, so the display never lags by up to a minute
      // and timer drift cannot build up over months of uptime.
      timer = setTimeout(tick, 60_000 - (date.getTime() % 60_000) + 50)
    }
    tick()
    return () => clearTimeout(timer)
  }, [])
  return now
}
