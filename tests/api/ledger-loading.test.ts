// After a restart the hub listens before the registration ledger is loaded: requests that need the
// ledger wait for it, so a replay or a duplicate sent in that moment is still recognised.
import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app.ts'
import { openStores } from '../../server/store/index.ts'
import { seed } from '../helpers/fixtures.ts'
import { signIn, startHub } from '../helpers/hub.ts'

describe('the ledger loading after the hub listens', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('serves content at once and answers registrations once the ledger is in', async () => {
    const first = await startHub({ demo: false })
    const ids = await seed(first.app, await signIn(first.app))
    const payload = {
      clientId: 'before-restart-1',
      phone: '13812340000',
      consent: true,
      jobIds: [ids.jobIds[0]],
    }
    const original = (await first.app.inject({ method: 'POST', url: '/api/registrations', payload })).json()
    await first.close({ keepData: true })

    const stores = await openStores({ dataDir: first.dataDir, deferLedger: true })
    const app = await buildApp({ config: first.config, stores })
    cleanups.push(async () => {
      await app.close()
      await stores.close()
      await rm(first.dataDir, { recursive: true, force: true })
    })
    await app.ready()
    expect((await app.inject('/api/jobs')).json().total).toBe(3)
    let answered = false
    const replay = app.inject({ method: 'POST', url: '/api/registrations', payload }).then((res) => {
      answered = true
      return res
    })
    const duplicate = app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: { ...payload, clientId: 'after-restart-2' },
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(answered).toBe(false)
    stores.loadLedger()
    expect((await replay).json()).toEqual(original)
    expect((await duplicate).json()).toEqual({ id: original.id, duplicate: true })
  })
})
