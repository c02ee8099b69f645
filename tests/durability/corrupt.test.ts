// A data file the hub cannot read stops `node server/main.ts` with a message naming the file and the
// newest backup, and nothing in the data directory is written. A torn last journal line (an append
// cut short by a crash) is the one damage the hub repairs by itself.
import { appendFile, cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJob, login, runChildHubToExit, send, startChildHub } from '../helpers/child-hub.ts'
import { tempDir } from '../helpers/hub.ts'

const dirs: string[] = []
let base: string
let backupDay: string
let jobId: string
let registrationIds: string[]

/** A copy of the clean data directory, for one test to damage. */
async function copyOfBase(): Promise<string> {
  const dir = await tempDir('jobhub-corrupt-')
  dirs.push(dir)
  await cp(base, dir, { recursive: true })
  return dir
}

/** Every file under `dir` with its bytes. */
async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      files.set(path, await readFile(path))
    }
  }
  return files
}

/** Starts the hub on `dir`, expects it to refuse, and returns what it printed. */
async function expectRefusal(dir: string): Promise<string> {
  const before = await filesIn(dir)
  const run = await runChildHubToExit(dir)
  expect(run.code).toBe(1)
  expect(run.stdout).not.toContain('is running')
  // Nothing in the data directory was written, created or replaced.
  expect(await filesIn(dir)).toEqual(before)
  return run.stderr
}

beforeAll(async () => {
  base = await tempDir('jobhub-corrupt-base-')
  dirs.push(base)
  const hub = await startChildHub(base)
  const cookie = await login(hub.url)
  jobId = await createJob(hub.url, cookie, '测试食品厂')
  registrationIds = []
  for (let i = 0; i < 3; i++) {
    const res = await send<{ id: string }>(`${hub.url}/api/registrations`, 'POST', {
      clientId: `corrupt-test-${i}`,
      phone: `1370000000${i}`,
      consent: true,
      jobIds: [jobId],
    })
    expect(res.status).toBe(201)
    registrationIds.push(res.body.id)
  }
  expect(await hub.stop()).toBe(0)
  // The hub took a backup at start; it counts once its .complete marker is there.
  const days = await readdir(join(base, 'backups'))
  expect(days).toHaveLength(1)
  backupDay = days[0]!
  expect(await readdir(join(base, 'backups', backupDay))).toContain('.complete')
})

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('a damaged data file', () => {
  it('content.json that does not parse stops the hub, naming the file and the newest backup', async () => {
    const dir = await copyOfBase()
    const file = join(dir, 'content.json')
    await writeFile(file, '{"rev": 3, "jobs": {"job-1": {"title": "普')
    const message = await expectRefusal(dir)
    expect(message).toContain(`Data file ${file} could not be read`)
    expect(message).toContain(`The newest backup is ${join(dir, 'backups', backupDay, 'content.json')}`)
  })

  it('content.json that parses but breaks the schema stops the hub too', async () => {
    const dir = await copyOfBase()
    const file = join(dir, 'content.json')
    const data = JSON.parse(await readFile(file, 'utf8'))
    data.jobs[jobId].salary.min = 'abc'
    await writeFile(file, JSON.stringify(data))
    // Without a complete backup, the message says so rather than naming one.
    await rm(join(dir, 'backups', backupDay, '.complete'))
    const message = await expectRefusal(dir)
    expect(message).toContain(`Data file ${file} could not be read (jobs.${jobId}: `)
    expect(message).toContain('salary')
    expect(message).toContain('There is no backup of it yet.')
  })

  it('registrations.jsonl with a bad line in the middle stops the hub', async () => {
    const dir = await copyOfBase()
    const file = join(dir, 'registrations.jsonl')
    const lines = (await readFile(file, 'utf8')).split('\n')
    expect(lines).toHaveLength(4) // three records and the empty string after the last newline
    lines[1] = lines[1]!.slice(0, 30)
    await writeFile(file, lines.join('\n'))
    const message = await expectRefusal(dir)
    expect(message).toContain(`Data file ${file} could not be read (line 2: `)
    expect(message).toContain(
      `The newest backup is ${join(dir, 'backups', backupDay, 'registrations.jsonl')}`,
    )
  })

  it('registrations.jsonl with a torn last line is repaired: the hub starts with every earlier record', async () => {
    const dir = await copyOfBase()
    const file = join(dir, 'registrations.jsonl')
    const clean = await readFile(file)
    await appendFile(file, '{"op":"put","item":{"id":"reg-torn","clientId":"to')
    const hub = await startChildHub(dir)
    try {
      expect(hub.stderr()).toContain('cut off a torn last line')
      expect(await readFile(file)).toEqual(clean)
      const cookie = await login(hub.url)
      const list = await send<{ items: { id: string }[]; total: number }>(
        `${hub.url}/api/admin/registrations?limit=50`,
        'GET',
        undefined,
        cookie,
      )
      expect(list.body.total).toBe(3)
      expect(list.body.items.map((r) => r.id).sort()).toEqual([...registrationIds].sort())
      // The journal takes new records after the repaired end.
      const res = await send(`${hub.url}/api/registrations`, 'POST', {
        clientId: 'corrupt-test-after',
        phone: '13700000009',
        consent: true,
        jobIds: [jobId],
      })
      expect(res.status).toBe(201)
    } finally {
      expect(await hub.stop()).toBe(0)
    }
    const lines = (await readFile(file, 'utf8')).split('\n')
    expect(lines.slice(0, 3).join('\n') + '\n').toBe(clean.toString('utf8'))
    expect(lines).toHaveLength(5)
    expect(JSON.parse(lines[3]!).item.clientId).toBe('corrupt-test-after')
  })
})
