import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Browser and kill -9 tests start real processes; two cores do not take more in parallel.
    maxWorkers: 2,
    // Pages hydrate slower on a loaded two-core machine than expect.poll's default second.
    expect: { poll: { timeout: 10_000 } },
  },
})
