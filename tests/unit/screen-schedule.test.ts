// The big screen's schedule: daily windows (also across midnight), the default round, and skipping
// scenes that have nothing to show.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCHEDULE, inWindow, minuteOfDay, nextSlot, slotsNow } from '../../screen/schedule.ts'

const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))

describe('the screen schedule', () => {
  it('reads the minute of the day in Beijing time, whatever the machine zone', () => {
    expect(minuteOfDay(new Date('2024-07-15T10:30:00Z'))).toBe(at('18:30'))
    expect(minuteOfDay(new Date('2024-07-15T16:05:00Z'))).toBe(at('00:05'))
  })

  it('opens a window from its start up to (not including) its end, also across midnight', () => {
    const night = { from: '18:00', to: '22:00' }
    expect(inWindow(night, at('17:59'))).toBe(false)
    expect(inWindow(night, at('18:00'))).toBe(true)
    expect(inWindow(night, at('21:59'))).toBe(true)
    expect(inWindow(night, at('22:00'))).toBe(false)
    const late = { from: '22:00', to: '02:00' }
    expect(inWindow(late, at('23:30'))).toBe(true)
    expect(inWindow(late, at('01:59'))).toBe(true)
    expect(inWindow(late, at('12:00'))).toBe(false)
    expect(inWindow({}, at('03:00'))).toBe(true)
    expect(inWindow({ from: '09:00' }, at('08:00'))).toBe(false)
    expect(inWindow({ to: '09:00' }, at('08:00'))).toBe(true)
  })

  it('plays the default round without a schedule, or when none of its windows is open', () => {
    expect(slotsNow(undefined, at('12:00'))).toBe(DEFAULT_SCHEDULE)
    expect(slotsNow([], at('12:00'))).toBe(DEFAULT_SCHEDULE)
    const night = [{ scene: 'fairs' as const, seconds: 20, from: '18:00', to: '22:00' }]
    expect(slotsNow(night, at('12:00'))).toBe(DEFAULT_SCHEDULE)
    expect(slotsNow(night, at('19:00'))).toEqual(night)
  })

  it('moves to the next slot with something to show, round and round', () => {
    const slots = [
      { scene: 'jobs' as const, seconds: 5 },
      { scene: 'policies' as const, seconds: 5 },
      { scene: 'scan' as const, seconds: 5 },
    ]
    const all = () => true
    expect(nextSlot(slots, -1, all)?.index).toBe(0)
    expect(nextSlot(slots, 2, all)?.index).toBe(0)
    expect(nextSlot(slots, 0, (scene) => scene !== 'policies')?.index).toBe(2)
    expect(nextSlot(slots, 0, () => false)).toBeUndefined()
  })
})
