// The one day helper everything counts with: China's calendar day whatever the machine's zone.
import { describe, expect, it } from 'vitest'
import { chinaDay, chinaDayStart, chinaDaysBetween, eachDay, shiftDay } from '../../client/china-day.ts'

describe('China days', () => {
  it('turns at 16:00 UTC, which is midnight in Beijing', () => {
    expect(chinaDay('2026-06-30T15:59:59.999Z')).toBe('2026-06-30')
    expect(chinaDay('2026-06-30T16:00:00Z')).toBe('2026-07-01')
    expect(chinaDay(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
    expect(new Date(chinaDayStart('2026-07-01')).toISOString()).toBe('2026-06-30T16:00:00.000Z')
  })

  it('counts days between instants as a person in China would say them', () => {
    const lateEvening = Date.parse('2026-03-01T15:30:00Z') // 23:30 in Beijing
    expect(chinaDaysBetween(lateEvening, Date.parse('2026-03-01T16:10:00Z'))).toBe(1) // 00:10 next day
    expect(chinaDaysBetween(lateEvening, Date.parse('2026-03-01T01:00:00Z'))).toBe(0) // 09:00 same day
  })

  it('walks calendar days across month, year and leap-day ends', () => {
    expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29')
    expect(shiftDay('2026-01-01', -1)).toBe('2025-12-31')
    expect(eachDay('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
    expect(eachDay('2026-03-02', '2026-03-01')).toEqual([])
    expect(eachDay('2026-01-01', '2030-01-01', 3)).toHaveLength(3)
  })
})
