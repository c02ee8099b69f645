// Reading and writing a form's nested value by dotted path ("salary.min", "booths.2.number"),
// without mutating it, so every keystroke gives Preact a new object to compare.
export type Value = Record<string, unknown>

export function getIn(value: unknown, path: string): unknown {
  let at = value
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<string, unknown>)[part]
  }
  return at
}

/** A copy of `value` with `path` set; `undefined` removes the key, so an emptied optional field is absent. */
export function setIn<T>(value: T, path: string, next: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]]
  const isArray = Array.isArray(value)
  const copy = (isArray ? [...(value as unknown[])] : { ...(value as object) }) as Record<string, unknown>
  if (rest.length === 0) {
    if (next === undefined && !isArray) delete copy[head]
    else copy[head] = next
  } else {
    const child = copy[head]
    const seed = /^\d+$/.test(rest[0]!) ? [] : {}
    const updated = setIn(child && typeof child === 'object' ? child : seed, rest.join('.'), next)
    // An optional object (a location) whose every field was emptied is dropped altogether.
    if (!Array.isArray(updated) && Object.keys(updated as object).length === 0) delete copy[head]
    else copy[head] = updated
  }
  return copy as T
}

/** The fields of a stored item: what the form edits and PUT sends back. */
export function fieldsOf(item: Value): Value {
  const { id: _id, createdAt: _c, updatedAt: _u, rev: _r, ...fields } = item
  return fields
}
