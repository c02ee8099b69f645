// A lowdb database in one JSON file, written durably with group commit. Every change to it ends in
// `commit()`, which resolves once the whole file (with that change) is on disk.
import { readFile } from 'node:fs/promises'
import { Low, type Adapter } from 'lowdb'
import { DataFileError } from './data-file-error.ts'
import { writeFileDurable } from './durable-file.ts'
import { createGroupCommit } from './group-commit.ts'

export interface JsonDb<T> {
  data: T
  commit(): Promise<void>
  idle(): Promise<void>
}

/** lowdb adapter that fsyncs (see durable-file.ts) and refuses to guess at a file it cannot parse. */
function durableJsonFile<T>(file: string, newestBackup: () => Promise<string | undefined>): Adapter<T> {
  return {
    async read() {
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      try {
        return JSON.parse(text) as T
      } catch (error) {
        throw new DataFileError(file, (error as Error).message, await newestBackup())
      }
    },
    async write(data) {
      await writeFileDurable(file, JSON.stringify(data))
    },
  }
}

/**
 * Opens (or creates with `initial`) a JSON database. `validate` checks what was read and returns a
 * reason when it is not acceptable, which stops start-up like a parse error does.
 */
export async function openJsonDb<T>(
  file: string,
  initial: () => T,
  validate: (data: T) => string | undefined,
  newestBackup: () => Promise<string | undefined>,
): Promise<JsonDb<T> & { created: boolean }> {
  const low = new Low<T>(durableJsonFile<T>(file, newestBackup), null as T)
  await low.read()
  const created = low.data === null || low.data === undefined
  if (created) low.data = initial()
  else {
    const problem = validate(low.data)
    if (problem) throw new DataFileError(file, problem, await newestBackup())
  }
  // No pause before writing: staff edits come one at a time, and devices wait for this write.
  // Edits arriving while a write is under way still share the next one.
  const commit = createGroupCommit(() => low.write(), 0)
  if (created) await commit.request()
  return {
    get data() {
      return low.data
    },
    set data(value: T) {
      low.data = value
    },
    commit: () => commit.request(),
    idle: () => commit.idle(),
    created,
  }
}
