// Identifiers and secrets.
import { createHash, randomBytes, randomInt } from 'node:crypto'

/** A new id such as "job-k3x9q2m7ab": a kind prefix and 10 random base-36 characters. */
export function newId(prefix: string): string {
  let s = ''
  for (let i = 0; i < 10; i++) s += '0123456789abcdefghijklmnopqrstuvwxyz'[randomInt(36)]
  return `${prefix}-${s}`
}

/** A secret for a device token or session: 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}

/** A code people read and type: `digits` random digits. */
export function newDigits(digits: number): string {
  return String(randomInt(10 ** digits)).padStart(digits, '0')
}
