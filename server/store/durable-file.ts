// Writing a file so that, once the promise resolves, its new content survives a crash or power cut:
// write a temp file, fsync it, rename it over the old one, then fsync the directory so the rename
// itself is on disk. lowdb's own writer (steno) renames atomically but never fsyncs, hence this file.
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

let counter = 0
export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${++counter}.tmp`)
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => {})
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  await rename(temp, file)
  await fsyncDir(dirname(file))
}
