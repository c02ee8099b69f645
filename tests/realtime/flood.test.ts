// A device that floods the hub with messages is cut off; the hub goes on serving the others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectDevice, next, signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('a flooding device', () => {
  let hub: TestHub
  let cookie: string
  beforeAll(async () => {
    hub = await startHub({ listen: true, demo: false })
    cookie = await signIn(hub.app)
  })
  afterAll(() => hub.close())

  const newDevice = async () => {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/devices',
      headers: { cookie },
      payload: { name: '测试屏', kind: 'screen' },
    })
    return res.json().token as string
  }

  it('is disconnected after more than 100 messages in ten seconds, while a calm one stays', async () => {
    const [flooderToken, calmToken] = [await newDevice(), await newDevice()]
    const flooder = connectDevice(hub.url, flooderToken)
    const calm = connectDevice(hub.url, calmToken)
    await Promise.all([next(flooder, 'hello'), next(calm, 'hello')])
    const gone = next(flooder, 'disconnect')
    for (let i = 0; i < 150; i++) flooder.emit('heartbeat', { rev: 1, app: 'test', uptimeS: i })
    expect(await gone).toBe('io server disconnect')
    calm.emit('heartbeat', { rev: 1, app: 'test', uptimeS: 1 })
    await expect.poll(() => hub.app.devices.status(hub.app.devices.list()[1]!.id).app).toBe('test')
    expect(calm.connected).toBe(true)
    calm.close()
  })
})
