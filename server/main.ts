// Starts the hub: reads the configuration, opens the data directory, builds the app, listens, and
// prints where every face is. Stops cleanly on SIGINT/SIGTERM, writing everything pending first.
import { buildApp, LOG_REDACT } from './app.ts'
import { ConfigError, LISTEN_BACKLOG, loadConfig } from './config.ts'
import { demoContent, demoDevices } from './demo.ts'
import { FACES } from './plugins/faces.ts'
import { DataFileError, openStores } from './store/index.ts'

async function main() {
  const config = loadConfig()
  const stores = await openStores({
    dataDir: config.dataDir,
    ...(config.demo ? { initialContent: () => demoContent() } : {}),
    log: (message) => console.warn(message),
    // Devices coming back after a restart get content first; the ledger loads once the hub listens.
    deferLedger: true,
  })
  // The ledger loads while the hub starts; if its file is damaged the hub stops, as for any file.
  stores.ready.catch((error) => fail(error))
  const firstStart = stores.content.created
  const app = await buildApp({
    config,
    stores,
    logger: { level: config.logLevel, redact: LOG_REDACT },
  })
  const bootstrap = await app.auth.bootstrap(config.adminUser, config.adminPassword)
  const devices = config.demo
    ? await demoDevices(config.dataDir, app.devices, firstStart, stores.content.list('venues'))
    : []
  await app.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG })
  stores.loadLedger()
  await app.scheduler.daily()

  const url = config.publicUrl
  const lines = [
    '',
    `Job information hub is running (content rev ${stores.content.rev()}, data in ${config.dataDir})`,
    '',
    `  Kiosk    ${url}${FACES.kiosk}${tokenFor(devices, 'kiosk')}`,
    `  Screen   ${url}${FACES.screen}${tokenFor(devices, 'screen')}`,
    `  Admin    ${url}${FACES.admin}`,
    `  Phone    ${url}${FACES.phone}${firstJob(stores)}`,
    '',
  ]
  if (bootstrap.created)
    lines.push(`  Sign in to the admin as "${bootstrap.created}" with the ADMIN_PASSWORD you set.`)
  else if (bootstrap.setupToken)
    lines.push(
      `  First start: create the first admin at ${url}${FACES.admin}#setup=${bootstrap.setupToken}`,
      '  (this link works once; or set ADMIN_USER and ADMIN_PASSWORD and start again)',
    )
  else lines.push('  Sign in to the admin with your staff account.')
  if (devices.length)
    lines.push(
      '  The kiosk and screen links above carry demo device tokens; real devices are paired from the admin.',
    )
  console.log(lines.join('\n') + '\n')

  let closing = false
  const stop = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'stopping: finishing pending writes')
    await app.close()
    await stores.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

function tokenFor(devices: { kind: string; token: string }[], kind: string): string {
  const device = devices.find((d) => d.kind === kind)
  return device ? `#token=${device.token}` : ''
}

function firstJob(stores: Awaited<ReturnType<typeof openStores>>): string {
  const job = stores.content.snapshot().jobs[0]
  return job ? `/job/${job.id}` : ''
}

function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof DataFileError) {
    console.error(`\n${error.message}\n`)
  } else {
    console.error(error)
  }
  process.exit(1)
}

main().catch(fail)
