// The append-only journal (registrations, audit log) and the group commit under it, on real files.
import { open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { DataFileError } from '../../server/store/data-file-error.ts'
import { createGroupCommit } from '../../server/store/group-commit.ts'
import { openJournal } from '../../server/store/journal.ts'
import { tempDir } from '../helpers/hub.ts'

type Rec = { n: number; text?: string }
const dirs: string[] = []

async function journalFile(): Promise<string> {
  const dir = await tempDir('jobhub-journal-')
  dirs.push(dir)
  return join(dir, 'test.jsonl')
}

function parse(value: unknown, line: number): Rec {
  const rec = value as Rec
  if (typeof rec?.n !== 'number') throw new Error(`line ${line} has no n`)
  return rec
}

const noBackup = async () => undefined
const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean)

afterEach(() => {
  vi.restoreAllMocks()
})
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('journal', () => {
  it('has a record on disk once append resolves, and gives it back on reopen', async () => {
    const file = await journalFile()
    const opened = await openJournal(file, parse, noBackup)
    expect(opened.records).toEqual([])
    await opened.journal.append([{ n: 1, text: '登记 "quoted"\nnewline' }])
    // Read from the file by another handle, before close: the append is there, not just buffered.
    expect((await lines(file)).map((l) => JSON.parse(l))).toEqual([{ n: 1, text: '登记 "quoted"\nnewline' }])
    await opened.journal.append([{ n: 2 }, { n: 3 }])
    expect(opened.journal.size()).toEqual({ bytes: (await stat(file)).size, lines: 3 })
    await opened.journal.close()
    const again = await openJournal(file, parse, noBackup)
    expect(again.records.map((r) => r.n)).toEqual([1, 2, 3])
    expect(again.repaired).toBeUndefined()
    await again.journal.close()
  })

  it('coalesces concurrent appends into one write and fdatasync, in order', async () => {
    const file = await journalFile()
    const opened = await openJournal(file, parse, noBackup)
    // Count fdatasyncs on every FileHandle (the journal's handle is one of them).
    const probe = await open(file, 'r')
    const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> }
    await probe.close()
    const datasync = vi.spyOn(proto, 'datasync')

    const appends = Array.from({ length: 200 }, (_, n) => opened.journal.append([{ n }]))
    await Promise.all(appends)
    expect(datasync).toHaveBeenCalledTimes(1)
    expect((await lines(file)).map((l) => JSON.parse(l).n)).toEqual(Array.from({ length: 200 }, (_, n) => n))

    await opened.journal.close()
  })

  it('cuts off a torn last line on open and appends after it', async () => {
    const file = await journalFile()
    const good = '{"n":1}\n{"n":2,"text":"中文"}\n'
    await writeFile(file, good + '{"n":3,"te')
    const opened = await openJournal(file, parse, noBackup)
    expect(opened.records.map((r) => r.n)).toEqual([1, 2])
    expect(opened.repaired).toMatch(/torn last line/)
    expect(await readFile(file, 'utf8')).toBe(good)
    await opened.journal.append([{ n: 3 }])
    await opened.journal.close()
    expect(await readFile(file, 'utf8')).toBe(good + '{"n":3}\n')
  })

  it('refuses a bad line before the end, naming the file, the line and the backup, and leaves it alone', async () => {
    const file = await journalFile()
    const text = '{"n":1}\n{"n":\n{"n":3}\n'
    await writeFile(file, text)
    const error = await openJournal(file, parse, async () => '/backups/2025-01-01/test.jsonl').catch((e) => e)
    expect(error).toBeInstanceOf(DataFileError)
    expect(error.message).toContain(`Data file ${file} could not be read (line 2: `)
    expect(error.message).toContain('/backups/2025-01-01/test.jsonl')
    // A line that parses but is not a record is just as bad.
    await writeFile(file, '{"n":1}\n{"m":2}\n{"n":3}\n')
    await expect(openJournal(file, parse, noBackup)).rejects.toThrow(/line 2 has no n/)
    expect(await readFile(file, 'utf8')).toBe('{"n":1}\n{"m":2}\n{"n":3}\n')
  })

  it('rewrites the whole journal atomically; appends during and after land after it', async () => {
    const file = await journalFile()
    const opened = await openJournal(file, parse, noBackup)
    await opened.journal.append([1, 2, 3, 4, 5].map((n) => ({ n })))
    const rewrite = opened.journal.rewrite([{ n: 2 }, { n: 4 }])
    const during = opened.journal.append([{ n: 6 }])
    await Promise.all([rewrite, during])
    expect((await lines(file)).map((l) => JSON.parse(l).n)).toEqual([2, 4, 6])
    await opened.journal.append([{ n: 7 }])
    expect(opened.journal.size()).toEqual({ bytes: (await stat(file)).size, lines: 4 })
    await opened.journal.close()
    const again = await openJournal(file, parse, noBackup)
    expect(again.records.map((r) => r.n)).toEqual([2, 4, 6, 7])
    await again.journal.close()
  })
})

describe('group commit', () => {
  it('answers every waiting caller with one flush, and a later caller only with a later flush', async () => {
    const releases: (() => void)[] = []
    const commit = createGroupCommit(() => new Promise<void>((resolve) => releases.push(resolve)))
    const done = new Set<string>()
    const track = (name: string, p: Promise<void>) => p.then(() => void done.add(name))
    const early = [track('a', commit.request()), track('b', commit.request()), track('c', commit.request())]
    await vi.waitFor(() => expect(releases).toHaveLength(1), { timeout: 1000, interval: 1 })
    // Asked while the first flush is under way: that flush may not have its data.
    const late = track('late', commit.request())
    releases[0]!()
    await Promise.all(early)
    await vi.waitFor(() => expect(releases).toHaveLength(2), { timeout: 1000, interval: 1 })
    expect([...done].sort()).toEqual(['a', 'b', 'c'])
    releases[1]!()
    await late
    expect(done.has('late')).toBe(true)
    expect(releases).toHaveLength(2)
    await commit.idle()
  })

  it('rejects the callers of a failed flush and keeps serving later ones', async () => {
    let fail = true
    const commit = createGroupCommit(async () => {
      if (fail) throw new Error('disk full')
    })
    await expect(Promise.all([commit.request(), commit.request()])).rejects.toThrow('disk full')
    fail = false
    await expect(commit.request()).resolves.toBeUndefined()
  })
})
