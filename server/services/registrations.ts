// The one path every registration takes, from the phone page (HTTP) and the kiosk (socket) alike:
// check the targets, answer a replay (same clientId) and a duplicate (same phone, same job or fair)
// with the first registration, apply the per-phone and per-device limits, store durably, announce.
// A duplicate is answered without the first registration's code: phone and code are what reads or
// withdraws a registration, and anyone can type someone else's phone number on a kiosk.
import type { Registration, RegistrationInput, RegistrationSource } from '../../content/model.ts'
import { maskPhone } from '../../content/privacy.ts'
import type { ContentStore, RegistrationStore } from '../store/index.ts'
import type { FieldError } from '../../content/model.ts'
import type { RegisteredBody } from '../realtime/events.ts'
import { newDigits, newId } from './ids.ts'
import { createWindowLimiter } from './window-limiter.ts'

export type RegisterResult =
  | {
      ok: true
      status: 200 | 201
      body: RegisteredBody
      registration: Registration
    }
  | { ok: false; status: 400 | 409 | 429 | 503; message: string; fields?: FieldError[] }

export interface Registrations {
  register(input: RegistrationInput, source: RegistrationSource): Promise<RegisterResult>
  onRegistered(listener: (registration: Registration) => void): void
}

export interface RegistrationLimits {
  perPhonePerHour: number
  perDevicePerMinute: number
}
export const DEFAULT_LIMITS: RegistrationLimits = { perPhonePerHour: 30, perDevicePerMinute: 120 }

export function createRegistrations(deps: {
  content: ContentStore
  store: RegistrationStore
  /** Resolves once the store's ledger is loaded (it loads while the hub starts). */
  ready?: Promise<void>
  limits?: RegistrationLimits | false
  log?: { warn(obj: object, msg: string): void }
  now?: () => number
}): Registrations {
  const { content, store } = deps
  const now = deps.now ?? Date.now
  const limits = deps.limits === false ? undefined : (deps.limits ?? DEFAULT_LIMITS)
  const perPhone = limits && createWindowLimiter(limits.perPhonePerHour, 3600_000, now)
  const perDevice = limits && createWindowLimiter(limits.perDevicePerMinute, 60_000, now)
  const listeners: ((r: Registration) => void)[] = []

  function checkTargets(input: RegistrationInput): FieldError[] {
    const fields: FieldError[] = []
    const jobIds = input.jobIds ?? []
    if (jobIds.length === 0 && !input.fairId) {
      fields.push({ path: 'jobIds', message: 'choose at least one job or a fair' })
    }
    jobIds.forEach((id, i) => {
      const job = content.get('jobs', id)
      if (!job || job.status === 'draft' || job.status === 'pending')
        fields.push({ path: `jobIds.${i}`, message: `there is no job ${id}` })
    })
    if (input.fairId) {
      const fair = content.get('fairs', input.fairId)
      if (!fair || fair.status === 'draft' || fair.status === 'pending')
        fields.push({ path: 'fairId', message: `there is no fair ${input.fairId}` })
    }
    return fields
  }

  return {
    onRegistered(listener) {
      listeners.push(listener)
    },
    async register(input, source) {
      await deps.ready
      const replay = store.byClientId(input.clientId)
      if (replay) {
        if (replay.phone !== input.phone) {
          return {
            ok: false,
            status: 409,
            message: 'this clientId was already used for another registration',
          }
        }
        await store.durable(replay.id)
        return { ok: true, status: 200, body: { id: replay.id, code: replay.code }, registration: replay }
      }
      const fields = checkTargets(input)
      if (fields.length > 0) return { ok: false, status: 400, message: 'some fields are not valid', fields }

      const jobIds = input.jobIds ?? []
      const newJobIds = jobIds.filter((id) => !store.forTarget(input.phone, { kind: 'job', id }))
      const fairOnly = jobIds.length === 0
      const first =
        newJobIds.length === 0
          ? fairOnly
            ? store.forTarget(input.phone, { kind: 'fair', id: input.fairId! })
            : store.forTarget(input.phone, { kind: 'job', id: jobIds[0]! })
          : undefined
      if (first) {
        await store.durable(first.id)
        return {
          ok: true,
          status: 200,
          body: { id: first.id, duplicate: true },
          registration: first,
        }
      }

      if (perPhone && !perPhone.hit(input.phone)) {
        deps.log?.warn({ phoneMasked: maskPhone(input.phone) }, 'registration limit per phone reached')
        return {
          ok: false,
          status: 429,
          message: 'too many registrations from this phone number; try again later',
        }
      }
      if (perDevice && source.device && !perDevice.hit(source.device)) {
        deps.log?.warn({ device: source.device }, 'registration limit per device reached')
        return {
          ok: false,
          status: 429,
          message: 'too many registrations from this device; try again in a minute',
        }
      }

      const at = new Date(now()).toISOString()
      const registration: Registration = {
        ...input,
        id: newId('reg'),
        code: newDigits(6),
        jobIds: newJobIds,
        source,
        status: 'new',
        notes: [],
        createdAt: at,
        updatedAt: at,
      }
      try {
        await store.add(registration)
      } catch (error) {
        deps.log?.warn({ err: (error as Error).message }, 'registration could not be stored')
        return { ok: false, status: 503, message: 'the registration could not be saved; please try again' }
      }
      for (const listener of listeners) listener(registration)
      return { ok: true, status: 201, body: { id: registration.id, code: registration.code }, registration }
    },
  }
}
