import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOG_REDACT } from '../../server/app.ts'
import { seed, type Seeded } from '../helpers/fixtures.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('structured logs', () => {
  let hub: TestHub
  let ids: Seeded
  const lines: string[] = []
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    hub = await startHub({ demo: false, logger: { level: 'info', redact: LOG_REDACT, stream } })
    ids = await seed(hub.app, await signIn(hub.app))
  })
  afterAll(() => hub.close())

  it('are JSON and never carry a full phone number, password or session cookie', async () => {
    const phone = '13812349876'
    for (let i = 0; i < 32; i++) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/registrations',
        payload: { clientId: `logs-test-${i}-abc`, phone, consent: true, fairId: ids.fairId },
      })
      if (res.statusCode === 201)
        await hub.stores.registrations.update(res.json().id, (r) => ({ ...r, status: 'withdrawn' }))
    }
    await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'a-wrong-secret-pw' },
    })
    await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: { clientId: 'x', phone: '13912345678' },
    })
    const text = lines.join('')
    expect(lines.length).toBeGreaterThan(10)
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow()
    expect(text).toContain('138****9876')
    expect(text).not.toContain(phone)
    expect(text).not.toContain('13912345678')
    expect(text).not.toContain('a-wrong-secret-pw')
    expect(text).not.toMatch(/jh_session=[A-Za-z0-9_-]{10}/)
  })
})
