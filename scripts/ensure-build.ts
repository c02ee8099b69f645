// `npm start` builds the faces first when they were never built or their sources changed since.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = ['kiosk', 'screen', 'admin', 'mobile', 'client', 'content', 'astro.config.mjs']
const STAMP = join('dist', 'kiosk', 'index.html')

function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0
if (built === 0 || SOURCES.some((source) => newest(source) > built)) {
  console.log(
    built === 0 ? 'Building the faces (first start)…' : 'Faces changed since the last build; rebuilding…',
  )
  const result = spawnSync(
    process.execPath,
    [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'],
    {
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}
