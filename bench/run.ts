// `npm run bench` runs every benchmark; `node bench/run.ts propagation memory` runs those named.
// Each prints its figures next to a floor measured in the same run, then all go into one table and
// into bench/out/latest.json. Benchmarks report; they do not assert: a missed target is a finding.
// BENCH_PROFILE=1 writes the hub's CPU profiles to bench/out/profiles (open them in Chrome DevTools);
// BENCH_VERBOSE=1 shows what the child processes print.
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { ledger } from './ledger.ts'
import { kioskBench, kioskSoakMinutes } from './kiosk.ts'
import { memory } from './memory.ts'
import { phone } from './phone.ts'
import { propagation } from './propagation.ts'
import { reconnect } from './reconnect.ts'
import { registrations } from './registrations.ts'
import { screenBench, soakMinutes } from './screen.ts'
import { startup } from './startup.ts'
import { killAll } from './lib/child.ts'
import { table, type BenchResult } from './lib/report.ts'

/**
 * The job-table import benchmark (bench/import.ts, kept by its author) reports its own shape; this
 * turns it into rows. Loaded only when run, so the others do not depend on what it imports.
 */
async function jobImport(): Promise<Pick<BenchResult, 'rows' | 'details'>> {
  const { benchImport } = await import('./import.ts')
  const r = await benchImport()
  return {
    rows: [
      {
        figure: 'preview (dry run), slower format',
        value: r.previewMs,
        unit: 'ms',
        target: '< 3000 ms',
        met: r.previewMs < 3000,
      },
      {
        figure: 'import, slower format',
        value: r.importMs,
        unit: 'ms',
        target: '< 5000 ms',
        met: r.importMs < 5000,
      },
    ],
    details: { rows: r.rows, csv: r.csv, xlsx: r.xlsx },
  }
}

const BENCHES = {
  propagation,
  reconnect,
  registrations,
  memory,
  startup,
  import: jobImport,
  ledger,
  phone,
  screen: screenBench,
  kiosk: kioskBench,
}
type Name = keyof typeof BENCHES
/** No benchmark may hang the run: each is abandoned (its children killed at exit) after this. */
const BENCH_TIMEOUT_MS = 180_000

const asked = process.argv.slice(2)
const unknown = asked.filter((a) => !(a in BENCHES))
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`)
  process.exit(2)
}
const names = (asked.length > 0 ? asked : Object.keys(BENCHES)) as Name[]

const results: BenchResult[] = []
for (const name of names) {
  // Other work on the machine moves every figure: say how busy it was (the floors are measured in the
  // same run so that ratios stay meaningful, but absolute figures do not).
  const load = loadavg()[0]!
  console.log(`\n== ${name} == (load average ${load.toFixed(2)} on ${cpus().length} cores)`)
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      // The screen's and kiosk's soaks run as long as they are asked to (SCREEN_SOAK_MINUTES,
      // KIOSK_SOAK_MINUTES), plus their other parts.
      const soak = name === 'screen' ? soakMinutes() : name === 'kiosk' ? kioskSoakMinutes() : 0
      const limit = BENCH_TIMEOUT_MS + soak * 60_000
      timer = setTimeout(() => reject(new Error(`timed out after ${limit / 1000} s`)), limit)
    })
    const { rows, details } = await Promise.race([BENCHES[name](), timeout])
    results.push({
      name,
      rows,
      details: { loadAverageAtStart: load, ...details },
      seconds: (performance.now() - started) / 1000,
    })
  } catch (error) {
    // An abandoned benchmark must not leave its processes running into the next one.
    killAll()
    console.error(error)
    results.push({
      name,
      rows: [],
      details: { loadAverageAtStart: load },
      error: String((error as Error).message ?? error),
      seconds: (performance.now() - started) / 1000,
    })
  } finally {
    clearTimeout(timer)
  }
  const last = results.at(-1)!
  console.log(table([last]))
  console.log(`(${last.seconds.toFixed(1)} s)`)
}

console.log(
  `\nResults (node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB):\n`,
)
console.log(table(results))
const out = new URL('./out/', import.meta.url)
await mkdir(out, { recursive: true })
const json = {
  at: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: process.platform,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryBytes: totalmem(),
  },
  results,
}
await writeFile(new URL('latest.json', out), JSON.stringify(json, null, 2) + '\n')
console.log(`\nwritten to bench/out/latest.json`)
process.exit(results.some((r) => r.error) ? 1 : 0)
