// `npm run dev`: the hub on HUB_PORT (8080) and Astro's dev server with live reload in front of it;
// Astro proxies /api, /socket.io, /qr and /m to the hub (see astro.config.mjs).
import { spawn } from 'node:child_process'
import { join } from 'node:path'

const hubPort = process.env.HUB_PORT ?? process.env.PORT ?? '8080'
const env = { ...process.env, PORT: hubPort, HUB_PORT: hubPort }
const children = [
  spawn(process.execPath, ['--watch-path=server', '--watch-path=content', 'server/main.ts'], {
    stdio: 'inherit',
    env,
  }),
  spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host'], {
    stdio: 'inherit',
    env,
  }),
]
const stop = () => {
  for (const child of children) child.kill('SIGTERM')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children)
  child.on('exit', (code) => {
    stop()
    process.exitCode = code ?? 0
  })
