// The bureau's settings on a real hub: an admin changes the name, county, hotline and townships, the
// change reaches connected kiosks and screens at once and is audited; bad input is refused naming the
// field with nothing stored lost; other roles may not change them; taking a township off the list says
// first what still uses it and takes it off the approval list with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Settings } from '../../content/model.ts'
import type { ChangesPayload } from '../../server/realtime/events.ts'
import {
  connectDevice,
  type DeviceClient,
  next,
  signIn,
  staffSession,
  startHub,
  type TestHub,
} from '../helpers/hub.ts'

describe('bureau settings on the hub', () => {
  let hub: TestHub
  let admin: string
  const sockets: DeviceClient[] = []
  const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
    hub.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
  const device = async (name: string, kind: 'kiosk' | 'screen') => {
    const res = await inject('POST', '/api/admin/devices', admin, { name, kind })
    const socket = connectDevice(hub.url, res.json().token)
    sockets.push(socket)
    await next(socket, 'hello')
    return socket
  }
  const settings = () => hub.stores.content.settings()

  beforeAll(async () => {
    hub = await startHub({ listen: true })
    admin = await signIn(hub.app)
  })
  afterAll(async () => {
    for (const s of sockets) s.close()
    await hub?.close()
  })

  it('saves the name, county, hotline and townships, audited, and pushes them to connected devices', async () => {
    const kiosk = await device('车站一体机', 'kiosk')
    const screen = await device('广场大屏', 'screen')
    const rev = hub.stores.content.rev()
    const townships = [...settings().townships, '新港街道']
    const change = {
      bureauName: '湘源县人力资源和社会保障局（就业服务中心）',
      county: '湘源县',
      hotline: '0731-85612345',
      townships,
    }
    const atKiosk = next<ChangesPayload>(kiosk, 'changes')
    const atScreen = next<ChangesPayload>(screen, 'changes')
    const res = await inject('PATCH', '/api/admin/settings', admin, change)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().settings).toMatchObject(change)

    // One new revision carrying the settings, the same on every device.
    for (const pushed of [await atKiosk, await atScreen]) {
      expect(pushed.rev).toBe(rev + 1)
      expect(pushed.ops).toEqual([
        { op: 'put', kind: 'settings', id: 'settings', item: expect.objectContaining(change) },
      ])
    }
    // A device that reconnects (or a phone page) sees the new hotline too.
    expect((await hub.app.inject('/api/catalog')).json().settings.hotline).toBe('0731-85612345')
    expect(hub.stores.audit.list({ kind: 'settings' }, 0, 1).items[0]).toMatchObject({
      action: 'update',
      username: 'admin',
      before: { hotline: '0731-85612333' },
      after: { hotline: '0731-85612345' },
    })
  })

  it('refuses bad input naming each field, and keeps what was stored', async () => {
    const before = structuredClone(settings())
    const rev = hub.stores.content.rev()
    const bad = await inject('PATCH', '/api/admin/settings', admin, {
      bureauName: '',
      hotline: '请拨打12333',
      townships: ['城关镇', 'x'.repeat(41)],
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['bureauName', 'hotline', 'townships.1'])

    const twice = await inject('PATCH', '/api/admin/settings', admin, {
      townships: ['城关镇', '白沙镇', '城关镇'],
    })
    expect(twice.statusCode).toBe(400)
    expect(twice.json().fields).toEqual([{ path: 'townships.2', message: 'repeats "城关镇" (item 1)' }])

    expect(settings()).toEqual(before)
    expect(hub.stores.content.rev()).toBe(rev)
    expect((await inject('GET', '/api/admin/settings', admin)).json().settings).toEqual(before)
  })

  it('lets only an admin change them: an editor, operator or viewer gets 403', async () => {
    const before = structuredClone(settings())
    const cookies = [
      await staffSession(hub.app, 'editor-1', 'editor'),
      await staffSession(hub.app, 'viewer-1', 'viewer'),
      await staffSession(hub.app, 'op-1', 'operator', ['白沙镇']),
    ]
    for (const cookie of cookies) {
      expect((await inject('PATCH', '/api/admin/settings', cookie, { hotline: '12333' })).statusCode).toBe(
        403,
      )
      expect((await inject('GET', '/api/admin/settings/townships', cookie)).statusCode).toBe(403)
      // Reading them stays open to every role: forms and filters need the townships.
      expect((await inject('GET', '/api/admin/settings', cookie)).statusCode).toBe(200)
    }
    expect(settings()).toEqual(before)
  })

  it('says what still uses a township, and a removed one leaves the approval list too', async () => {
    const approval = await inject('PATCH', '/api/admin/settings', admin, {
      approvalTownships: ['白沙镇', '梅溪乡'],
    })
    expect(approval.statusCode, approval.body).toBe(200)
    const used = (await inject('GET', '/api/admin/settings/townships', admin)).json().items as {
      township: string
      content: Record<string, number>
      operators: string[]
      approval: boolean
    }[]
    const baisha = used.find((u) => u.township === '白沙镇')!
    const jobsThere = hub.stores.content.list('jobs').filter((j) => j.township === '白沙镇').length
    expect(jobsThere).toBeGreaterThan(0)
    expect(baisha).toMatchObject({ content: { jobs: jobsThere }, operators: ['op-1'], approval: true })
    // The township added above names nothing yet, so it is not listed.
    expect(used.some((u) => u.township === '新港街道')).toBe(false)

    const townships = settings().townships.filter((name) => name !== '白沙镇' && name !== '新港街道')
    const res = await inject('PATCH', '/api/admin/settings', admin, { townships })
    expect(res.statusCode, res.body).toBe(200)
    const saved = res.json().settings as Settings
    expect(saved.townships).toEqual(townships)
    expect(saved.approvalTownships).toEqual(['梅溪乡'])
    // The content keeps its township: nothing is deleted or rewritten behind the staff's back.
    expect(hub.stores.content.list('jobs').filter((j) => j.township === '白沙镇')).toHaveLength(jobsThere)
    // And the approval list can still be saved afterwards.
    const again = await inject('PATCH', '/api/admin/settings', admin, {
      approvalTownships: ['梅溪乡', '龙潭镇'],
    })
    expect(again.statusCode, again.body).toBe(200)
    const stale = await inject('PATCH', '/api/admin/settings', admin, { approvalTownships: ['白沙镇'] })
    expect(stale.statusCode).toBe(400)
    expect(stale.json().fields[0].path).toBe('approvalTownships')
  })
})
