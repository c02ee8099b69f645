// A visitor's own registration, found with the phone number and the code they were given: looked
// up and withdrawn the same way from the JSON API and from the phone pages.
import type { Registration } from '../../content/model.ts'
import type { RegistrationStore } from '../store/index.ts'
import type { Audit } from './audit.ts'

export function findOwn(store: RegistrationStore, phone: string, code: string): Registration | undefined {
  return store.byPhone(phone).find((r) => r.code === code)
}

/** Marks it withdrawn; it stays in the ledger for the counts, without the name and the note. */
export async function withdrawOwn(
  deps: { store: RegistrationStore; audit: Audit; now: () => number },
  phone: string,
  code: string,
): Promise<Registration | undefined> {
  const found = findOwn(deps.store, phone, code)
  if (!found) return undefined
  if (found.status === 'withdrawn') return found
  const after = await deps.store.update(found.id, (r) => {
    const { name: _n, note: _note, ...rest } = r
    return { ...rest, status: 'withdrawn', updatedAt: new Date(deps.now()).toISOString() }
  })
  await deps.audit.record(undefined, 'withdraw', 'registrations', found.id)
  return after
}
