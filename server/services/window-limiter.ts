// A fixed-window counter per key: "at most `limit` in each `windowMs`". Used for limits that HTTP
// rate limiting cannot express because the key is inside the payload (a phone, a device).
export interface WindowLimiter {
  /** Counts one hit for `key`; false when the key is over its limit in the current window. */
  hit(key: string): boolean
  /** Whether `key` has used up its limit in the current window (counts nothing). */
  over(key: string): boolean
}

export function createWindowLimiter(
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
): WindowLimiter {
  let windowStart = now()
  let counts = new Map<string, number>()
  const turn = () => {
    const at = now()
    if (at - windowStart >= windowMs) {
      windowStart = at
      counts = new Map()
    }
  }
  return {
    over(key) {
      turn()
      return (counts.get(key) ?? 0) >= limit
    },
    hit(key) {
      turn()
      const count = (counts.get(key) ?? 0) + 1
      counts.set(key, count)
      return count <= limit
    },
  }
}
