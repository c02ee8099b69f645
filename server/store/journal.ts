// An append-only journal of JSON lines with group commit: what only grows (registrations, the audit
// log) is stored here, so storing one record costs the same whether 10 or 100,000 are stored.
// A record is durable once `append` resolves (written and fdatasync'ed). On open, a torn last line
// (a crash in the middle of a write that was never acknowledged) is cut off; a bad line anywhere
// else means the file is damaged, and opening fails without touching it.
import { open, readFile, stat, type FileHandle } from 'node:fs/promises'
import { DataFileError } from './data-file-error.ts'
import { fsyncDir, writeFileDurable } from './durable-file.ts'
import { createGroupCommit } from './group-commit.ts'
import { dirname } from 'node:path'

export interface Journal<R> {
  /** Appends records; resolves once they are on disk. On failure nothing of them stays in the file. */
  append(records: R[]): Promise<void>
  /** Replaces the whole journal with `records` (compaction), atomically and durably. */
  rewrite(records: R[]): Promise<void>
  /** Bytes in the file, and lines since the last rewrite (to decide when to compact). */
  size(): { bytes: number; lines: number }
  close(): Promise<void>
}

export interface OpenedJournal<R> {
  journal: Journal<R>
  records: R[]
  /** Set when a torn last line was cut off at open. */
  repaired?: string
}

export async function openJournal<R>(
  file: string,
  parse: (value: unknown, line: number) => R,
  newestBackup: () => Promise<string | undefined>,
): Promise<OpenedJournal<R>> {
  let text = ''
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const records: R[] = []
  let goodBytes = 0
  let repaired: string | undefined
  let lineNo = 0
  let start = 0
  while (start < text.length) {
    // Yield now and then: a large journal loads while the hub already answers other requests.
    if (lineNo % 5000 === 4999) await new Promise((resolve) => setImmediate(resolve))
    const end = text.indexOf('\n', start)
    const line = end === -1 ? text.slice(start) : text.slice(start, end)
    lineNo++
    const last = end === -1 || end === text.length - 1
    try {
      if (end === -1) throw new Error('line has no end')
      if (line.trim()) records.push(parse(JSON.parse(line), lineNo))
    } catch (error) {
      if (!last)
        throw new DataFileError(file, `line ${lineNo}: ${(error as Error).message}`, await newestBackup())
      repaired = `cut off a torn last line (${line.length} bytes) left by an interrupted write`
      break
    }
    goodBytes += Buffer.byteLength(line, 'utf8') + 1
    start = end + 1
  }

  const created = !text
  let handle: FileHandle = await open(file, 'a')
  if (repaired) {
    await handle.truncate(goodBytes)
    await handle.sync()
  }
  if (created) await fsyncDir(dirname(file))
  let bytes = repaired ? goodBytes : (await stat(file)).size
  let lines = records.length
  let buffer: string[] = []
  // A rewrite swaps the file under the handle: flushes wait for it rather than write to a closed handle.
  let rewriting: Promise<void> | undefined

  const commit = createGroupCommit(async () => {
    while (rewriting) await rewriting
    if (buffer.length === 0) return
    const chunk = buffer.join('')
    buffer = []
    const data = Buffer.from(chunk, 'utf8')
    try {
      let written = 0
      while (written < data.length) {
        const { bytesWritten } = await handle.write(data, written, data.length - written, bytes + written)
        written += bytesWritten
      }
      await handle.datasync()
      bytes += data.length
    } catch (error) {
      // A partial append (disk full) must not leave half a record in the middle of the file.
      await handle.truncate(bytes).catch(() => {})
      throw error
    }
  })

  return {
    records,
    repaired,
    journal: {
      async append(items) {
        if (items.length === 0) return
        const lines0 = items.map((r) => JSON.stringify(r) + '\n')
        buffer.push(...lines0)
        lines += items.length
        try {
          await commit.request()
        } catch (error) {
          lines -= items.length
          throw error
        }
      },
      async rewrite(items) {
        await commit.idle()
        const text = items.map((r) => JSON.stringify(r) + '\n').join('')
        rewriting = (async () => {
          await handle.close()
          try {
            await writeFileDurable(file, text)
            bytes = Buffer.byteLength(text, 'utf8')
            lines = items.length + buffer.length
          } finally {
            handle = await open(file, 'a')
            rewriting = undefined
          }
        })()
        await rewriting
      },
      size: () => ({ bytes, lines }),
      async close() {
        await commit.idle()
        await handle.close()
      },
    },
  }
}
