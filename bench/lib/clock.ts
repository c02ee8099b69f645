// One clock for every process of a benchmark. performance.timeOrigin + performance.now() is an
// absolute, sub-millisecond time; processes on the same machine share the wall clock it is derived
// from, but each derives its origin once at start, so we still measure the offset between the bench
// and a child (see calibrate) instead of trusting it.

export const now = (): number => performance.timeOrigin + performance.now()
