// How long registrations are kept: the bureau's own setting when staff have set one, otherwise the
// hub's REGISTRATION_RETENTION_DAYS. The daily purge, the phone page's privacy notice and the admin
// all read it here, so what visitors are told is what the hub does.
import type { Settings } from '../../content/model.ts'

export function retentionDays(settings: Settings, fallbackDays: number): number {
  return settings.registrationRetentionDays ?? fallbackDays
}

/** The instant before which a registration is past its retention at `now`. */
export function retentionCutoff(days: number, now: number): number {
  return now - days * 86_400_000
}
