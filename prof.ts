import { makeContent, writeContent, writeRegistrations } from './bench/lib/fixtures.ts'
const dir = '/tmp/prof-data'
import { rmSync, mkdirSync, existsSync } from 'node:fs'
if (!existsSync(dir + '/content.json')) {
  mkdirSync(dir, { recursive: true })
  const c = makeContent({ jobs: 10000, employers: 500 })
  await writeContent(dir, c)
  const jobId = Object.keys(c.jobs)[0]!
  await writeRegistrations(dir, 100000, jobId as never)
}
let t = performance.now()
const lap = (l: string) => { const n = performance.now(); console.log(l, (n - t).toFixed(0)); t = n }
const { openRegistrationStore } = await import('./server/store/registration-store.ts'); lap('import reg store')
const { openStores } = await import('./server/store/index.ts'); lap('import stores')
const { buildApp } = await import('./server/app.ts'); lap('import app')
const r = await openRegistrationStore(dir, async () => undefined); lap('open registrations'); await r.close()
const s = await openStores({ dataDir: dir }); lap('open all stores')
