import { describe, expect, it } from 'vitest'
import { formatDate, formatSalary, formatTime, maskPhone } from '../../client/format.ts'

describe('formatSalary', () => {
  it('writes a monthly range the way Chinese job tables do', () => {
    expect(formatSalary({ min: 4000, max: 6000, unit: 'month' }, 'zh-CN')).toBe('4000-6000元/月')
    expect(formatSalary({ min: 4000, max: 6000, unit: 'month' }, 'en')).toBe('4,000–6,000 yuan/month')
  })

  it('says "from" when there is no upper bound', () => {
    expect(formatSalary({ min: 200, unit: 'day' }, 'zh-CN')).toBe('200元/天起')
    expect(formatSalary({ min: 200, unit: 'day' }, 'en')).toBe('from 200 yuan/day')
  })

  it('writes a fixed wage once', () => {
    expect(formatSalary({ min: 25, max: 25, unit: 'hour' }, 'zh-CN')).toBe('25元/小时')
    expect(formatSalary({ min: 25, max: 25, unit: 'hour' }, 'en')).toBe('25 yuan/hour')
  })

  it('shows a piece rate with its usual earnings and note', () => {
    expect(formatSalary({ min: 0, unit: 'piece', note: '按件计酬，熟手8000+' }, 'zh-CN')).toBe(
      '计件（按件计酬，熟手8000+）',
    )
    expect(formatSalary({ min: 5000, max: 9000, unit: 'piece' }, 'zh-CN')).toBe('计件，约5000-9000元')
    expect(formatSalary({ min: 5000, max: 9000, unit: 'piece' }, 'en')).toBe(
      'piece rate, about 5,000–9,000 yuan',
    )
  })

  it('adds the note after the amount', () => {
    expect(formatSalary({ min: 5000, max: 7000, unit: 'month', note: '含全勤奖' }, 'zh-CN')).toBe(
      '5000-7000元/月（含全勤奖）',
    )
  })
})

describe('maskPhone', () => {
  it('hides the middle four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('reveals nothing of a value that is not a mobile number', () => {
    expect(maskPhone('12345')).not.toContain('12345')
  })
})

describe('formatDate and formatTime', () => {
  // 16:30 UTC on 14 July is 00:30 on 15 July in China.
  const lateEvening = '2024-07-14T16:30:00Z'

  it('uses China Standard Time whatever the machine is set to', () => {
    expect(formatDate(lateEvening, 'zh-CN')).toBe('2024年7月15日')
    expect(formatTime(lateEvening, 'zh-CN')).toBe('00:30')
  })

  it('writes English dates without commas and a 24-hour clock', () => {
    expect(formatDate(lateEvening, 'en')).toBe('15 July 2024')
    expect(formatTime(new Date('2024-07-15T06:05:00Z'), 'en')).toBe('14:05')
  })

  it('can add the weekday', () => {
    expect(formatDate(lateEvening, 'zh-CN', { weekday: true })).toBe('2024年7月15日星期一')
    expect(formatDate(lateEvening, 'en', { weekday: true })).toBe('Monday, 15 July 2024')
  })
})
