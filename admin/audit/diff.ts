// Before and after of an audit entry as the fields that changed, flattened to paths ("salary.min"),
// so a reader sees "headcount 20 → 25" instead of two walls of JSON.
export interface Change {
  path: string
  before?: string
  after?: string
}

/** Bookkeeping every change carries; showing it would bury what someone actually changed. */
const NOISE = new Set(['updatedAt', 'createdAt', 'id', 'rev'])

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (!prefix && NOISE.has(key)) continue
      flatten(inner, prefix ? `${prefix}.${key}` : key, out)
    }
    return
  }
  // Lists of plain values read best on one line; lists of objects (booths) as compact JSON.
  const text = Array.isArray(value)
    ? value.every((v) => typeof v !== 'object' || v === null)
      ? value.join('、')
      : JSON.stringify(value)
    : value === undefined || value === null
      ? ''
      : String(value)
  out.set(prefix || '(value)', text)
}

export function changes(before: unknown, after: unknown): Change[] {
  const a = new Map<string, string>()
  const b = new Map<string, string>()
  if (before !== undefined) flatten(before, '', a)
  if (after !== undefined) flatten(after, '', b)
  const paths = [...new Set([...a.keys(), ...b.keys()])]
  return paths
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => ({
      path,
      ...(a.has(path) ? { before: a.get(path) } : {}),
      ...(b.has(path) ? { after: b.get(path) } : {}),
    }))
}
