// Group commit: callers that ask for durability while a write is under way wait for the next write,
// and every caller waiting for that write is answered by it. Under load this turns hundreds of
// requests a second into a handful of fsyncs, without ever answering before the data is on disk.

export interface GroupCommit {
  /** Resolves once a flush that started after this call has completed. */
  request(): Promise<void>
  /** Resolves when nothing is waiting or being written. */
  idle(): Promise<void>
}

export function createGroupCommit(flush: () => Promise<void>, delayMs = 2): GroupCommit {
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = []
  let running: Promise<void> | undefined

  async function loop(): Promise<void> {
    // A short pause lets requests arriving together share one flush.
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs))
    while (waiting.length > 0) {
      const batch = waiting
      waiting = []
      try {
        await flush()
        for (const w of batch) w.resolve()
      } catch (error) {
        // Newest first, so callers taking their changes back undo them in the reverse order they were made;
        // and let them do that before the next flush writes memory out.
        for (const w of [...batch].reverse()) w.reject(error)
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    running = undefined
  }

  return {
    request() {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject })
        running ??= loop()
      })
    },
    async idle() {
      while (running) await running
    },
  }
}
