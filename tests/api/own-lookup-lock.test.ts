// Someone who knows a person's phone number must not find their registration by trying all the
// six-digit codes from many addresses: wrong codes are counted per number, and after ten in an
// hour that number is locked (right code or not) on the JSON API and the phone pages alike, for
// the rest of the hour only, and no other number is touched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { WRONG_PER_PHONE } from '../../server/services/own-registration.ts'

describe('wrong registration codes are limited per phone number', () => {
  let hub: TestHub
  let ids: Seeded
  let clock = Date.parse('2026-12-03T02:00:00Z')
  const codes: Record<string, string> = {}

  const register = async (phone: string, n: number) => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: { clientId: `lock-client-${n}`, phone, consent: true, jobIds: [ids.jobIds[0]] },
    })
    expect(res.statusCode, res.body).toBe(201)
    codes[phone] = res.json().code
  }
  const wrongCode = (phone: string) => (codes[phone] === '000000' ? '111111' : '000000')
  /** From a new address each time, as a script spread over many machines would. */
  const lookup = (phone: string, code: string, i: number) =>
    hub.app.inject({
      method: 'POST',
      url: '/api/registrations/lookup',
      remoteAddress: `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      payload: { phone, code },
    })
  const phonePage = (url: string, phone: string, code: string) =>
    hub.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ phone, code }).toString(),
    })

  beforeAll(async () => {
    hub = await startHub({ demo: false, now: () => clock })
    ids = await seed(hub.app, await signIn(hub.app))
    await register('13500000001', 1)
    await register('13500000002', 2)
  })
  afterAll(() => hub.close())

  it('locks a number after ten wrong codes, then refuses even the right one, and nobody else', async () => {
    const target = '13500000001'
    for (let i = 0; i < WRONG_PER_PHONE; i++)
      expect((await lookup(target, wrongCode(target), i)).statusCode).toBe(404)

    const locked = await lookup(target, codes[target]!, 99)
    expect(locked.statusCode).toBe(429)
    expect(locked.json().message).toContain('Too many wrong codes')
    expect(locked.body).not.toContain(codes[target]!)
    const withdraw = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations/withdraw',
      payload: { phone: target, code: codes[target] },
    })
    expect(withdraw.statusCode).toBe(429)
    expect(hub.stores.registrations.byPhone(target)[0]!.status).toBe('new')

    // The phone pages say so in words, with the hotline.
    const page = await phonePage('/m/lookup', target, codes[target]!)
    expect(page.statusCode).toBe(429)
    expect(page.body).toContain('输错登记码的次数太多')
    expect(page.body).toContain(hub.stores.content.settings().hotline)
    expect((await phonePage('/m/withdraw', target, codes[target]!)).statusCode).toBe(429)

    // Another person's number is not affected.
    const other = await lookup('13500000002', codes['13500000002']!, 100)
    expect(other.statusCode).toBe(200)
  })

  it('lets the person in again after the hour', async () => {
    clock += 3_600_000
    const res = await lookup('13500000001', codes['13500000001']!, 200)
    expect(res.statusCode).toBe(200)
    expect(res.json().code).toBe(codes['13500000001'])
  })
})
