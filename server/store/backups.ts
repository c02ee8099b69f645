// Daily backups: a dated folder in DATA_DIR/backups holding a copy of every data file, the oldest
// removed beyond `keep`. The copy of a file is taken from disk after its pending writes are flushed.
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chinaDay } from '../../client/china-day.ts'
import { fsyncDir } from './durable-file.ts'

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

/** Copies `files` (names inside dataDir) into backups/<date>/ unless today's backup exists. */
export async function backupIfDue(
  dataDir: string,
  files: string[],
  now = new Date(),
  keep = 14,
): Promise<string | undefined> {
  const day = chinaDay(now)
  const dir = join(backupsDir(dataDir), day)
  if (await exists(join(dir, '.complete'))) return undefined
  await mkdir(dir, { recursive: true })
  for (const name of files) {
    if (await exists(join(dataDir, name))) await copyFile(join(dataDir, name), join(dir, name))
  }
  // The marker is written last, so a backup cut short by a crash is never offered for a restore.
  await writeFile(join(dir, '.complete'), '')
  await fsyncDir(dir)
  await prune(dataDir, keep)
  return dir
}

async function prune(dataDir: string, keep: number): Promise<void> {
  const days = (await readdir(backupsDir(dataDir))).filter((d) => DAY.test(d)).sort()
  for (const old of days.slice(0, Math.max(0, days.length - keep))) {
    await rm(join(backupsDir(dataDir), old), { recursive: true, force: true })
  }
}

/** The newest complete backup of `name`, or undefined. */
export async function newestBackup(dataDir: string, name: string): Promise<string | undefined> {
  let days: string[]
  try {
    days = (await readdir(backupsDir(dataDir)))
      .filter((d) => DAY.test(d))
      .sort()
      .reverse()
  } catch {
    return undefined
  }
  for (const day of days) {
    const file = join(backupsDir(dataDir), day, name)
    if ((await exists(join(backupsDir(dataDir), day, '.complete'))) && (await exists(file))) return file
  }
  return undefined
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
