// A visitor's own registration, found with the phone number and the code they were given: looked
// up and withdrawn the same way from the JSON API and from the phone pages.
//
// The code is six digits. Limits per address do not stop someone trying codes for one person's
// number from many addresses, so wrong codes are also counted per phone number: after
// WRONG_PER_PHONE in an hour, that number is locked for the rest of the hour, right code or not.
// Locking out the real person is the lesser harm: the hotline can help them.
import type { Registration } from '../../content/model.ts'
import type { RegistrationStore } from '../store/index.ts'
import type { Audit } from './audit.ts'
import { createWindowLimiter } from './window-limiter.ts'

export const WRONG_PER_PHONE = 10
const HOUR = 3_600_000

export interface OwnLookup {
  found?: Registration
  /** The number is locked for the rest of the hour: nothing was looked at. */
  locked: boolean
}

export interface OwnRegistrations {
  find(phone: string, code: string): OwnLookup
  /** Marks it withdrawn; it stays in the ledger for the counts, without the name and the note. */
  withdraw(phone: string, code: string): Promise<OwnLookup>
}

export function createOwnRegistrations(deps: {
  store: RegistrationStore
  audit: Audit
  now: () => number
}): OwnRegistrations {
  const wrong = createWindowLimiter(WRONG_PER_PHONE, HOUR, deps.now)

  function find(phone: string, code: string): OwnLookup {
    if (wrong.over(phone)) return { locked: true }
    const found = deps.store.byPhone(phone).find((r) => r.code === code)
    if (found) return { found, locked: false }
    wrong.hit(phone)
    return { locked: false }
  }

  return {
    find,
    async withdraw(phone, code) {
      const lookup = find(phone, code)
      if (!lookup.found || lookup.found.status === 'withdrawn') return lookup
      const { found } = lookup
      const after = await deps.store.update(found.id, (r) => {
        const { name: _n, note: _note, ...rest } = r
        return { ...rest, status: 'withdrawn', updatedAt: new Date(deps.now()).toISOString() }
      })
      await deps.audit.record(undefined, 'withdraw', 'registrations', found.id)
      return { found: after ?? found, locked: false }
    },
  }
}
