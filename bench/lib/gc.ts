// Memory as a child process reports it to the bench (run with --expose-gc).
// 'compact' uses last-resort collections, which also compact the heap and give freed pages back to
// the system, so RSS shows what is live. 'regular' is a plain gc(): RSS then still holds heap pages
// that start-up once needed, which makes a before/after difference depend on the start-up's history.
import { sleep } from './stats.ts'

export type Collect = 'none' | 'regular' | 'compact'

export async function memoryUsage(collect: Collect): Promise<NodeJS.MemoryUsage> {
  if (collect !== 'none' && globalThis.gc) {
    // Several passes with pauses: weak callbacks and finalizers free more on the next pass.
    for (let i = 0; i < 3; i++) {
      if (collect === 'compact') globalThis.gc({ type: 'major', execution: 'sync', flavor: 'last-resort' })
      else globalThis.gc()
      await sleep(100)
    }
  }
  return process.memoryUsage()
}
