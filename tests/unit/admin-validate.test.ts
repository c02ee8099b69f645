// The admin form checks values in the browser with TypeBox's interpreter; the hub checks them with
// Ajv. Both read the same schema, and here they must name the same bad fields.
import { describe, expect, it } from 'vitest'
import { FairInput, JobInput } from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import { fromHub, validate } from '../../admin/content/validate.ts'
import { setIn } from '../../admin/content/values.ts'

const good = {
  employerId: 'emp-1',
  title: '普工',
  category: 'manufacturing',
  township: '城关镇',
  salary: { min: 4500, max: 6000, unit: 'month' },
  headcount: 20,
  benefits: ['meals'],
  tags: [],
  status: 'draft',
  validUntil: '2030-01-01T15:59:59.000Z',
}

const hubPaths = (schema: typeof JobInput, value: unknown) => {
  const result = check(schema, structuredClone(value))
  return result.ok ? [] : result.fields.map((f) => f.path).sort()
}

describe('admin form validation', () => {
  it('accepts what the hub accepts', () => {
    expect(validate(JobInput, good).size).toBe(0)
    expect(hubPaths(JobInput, good)).toEqual([])
  })

  it('names the same bad fields as the hub, nested ones by dotted path', () => {
    const bad = {
      ...good,
      title: '',
      salary: { min: -5, unit: 'year' },
      headcount: 0,
      benefits: ['spa'],
      contactPhone: 'call me',
      validUntil: 'soon',
    }
    const { employerId: _, ...noEmployer } = bad
    const browser = [...validate(JobInput, noEmployer).keys()].sort()
    expect(browser).toEqual(hubPaths(JobInput, noEmployer))
    expect(browser).toEqual(
      expect.arrayContaining(['employerId', 'title', 'salary.min', 'salary.unit', 'headcount', 'benefits.0']),
    )
    expect(validate(JobInput, noEmployer).get('title')).toEqual({ key: 'admin.err.required' })
    expect(validate(JobInput, noEmployer).get('contactPhone')).toEqual({ key: 'admin.err.phone' })
    expect(validate(JobInput, noEmployer).get('validUntil')).toEqual({ key: 'admin.err.date' })
  })

  it('checks the rows of a fair', () => {
    const fair = {
      title: '春风行动',
      kind: 'spring-breeze',
      startsAt: '2030-02-01T01:00:00.000Z',
      endsAt: '2030-02-01T08:00:00.000Z',
      booths: [{ number: '', employerId: 'emp-1', jobIds: [] }],
      sessions: [{ title: '直播', startsAt: 'x', endsAt: '2030-02-01T08:00:00.000Z' }],
      status: 'draft',
    }
    expect([...validate(FairInput, fair).keys()].sort()).toEqual(['booths.0.number', 'sessions.0.startsAt'])
  })

  it('turns the hub’s own checks into messages', () => {
    const problems = fromHub([
      { path: 'salary.max', message: 'must not be below salary.min' },
      { path: 'township', message: 'is outside your townships' },
      { path: 'odd', message: 'something new' },
    ])
    expect(problems.get('salary.max')).toEqual({ key: 'admin.err.belowMin' })
    expect(problems.get('township')).toEqual({ key: 'admin.err.township' })
    expect(problems.get('odd')).toEqual({ key: 'admin.err.hub', text: 'something new' })
  })

  it('sets nested values without touching the original, and drops emptied optional objects', () => {
    const value = { location: { lat: 1, lng: 2 }, booths: [{ number: '1' }] }
    const next = setIn(setIn(value, 'location.lat', undefined), 'location.lng', undefined)
    expect(next).toEqual({ booths: [{ number: '1' }] })
    expect(setIn(value, 'booths.0.number', '2').booths[0]).toEqual({ number: '2' })
    expect(value.booths[0]!.number).toBe('1')
  })
})
