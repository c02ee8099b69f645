// A device's secret token: handed over once in the address (`/kiosk#token=T`) or collected after staff
// enter the pairing code, then kept in local storage. The token never stays in the address bar, where
// anyone photographing the screen or reading the browser history would see it.

export type DeviceKind = 'kiosk' | 'screen'

const key = (kind: DeviceKind) => `jobhub.${kind}.token`

/** Moves a `#token=` from the address into storage, then returns the stored token, if any. */
export function takeToken(kind: DeviceKind): string | undefined {
  const hash = new URLSearchParams(location.hash.slice(1))
  const fromHash = hash.get('token')
  if (fromHash) {
    saveToken(kind, fromHash)
    hash.delete('token')
    const rest = hash.toString()
    history.replaceState(null, '', location.pathname + location.search + (rest ? `#${rest}` : ''))
  }
  try {
    return localStorage.getItem(key(kind)) ?? fromHash ?? undefined
  } catch {
    return fromHash ?? undefined
  }
}

export function saveToken(kind: DeviceKind, token: string): void {
  try {
    localStorage.setItem(key(kind), token)
  } catch {
    // Without storage the device pairs again after a reboot; nothing else can be done.
  }
}

export function forgetToken(kind: DeviceKind): void {
  try {
    localStorage.removeItem(key(kind))
  } catch {
    // Nothing stored, nothing to forget.
  }
}

interface PairingTicket {
  code: string
  claim: string
  expiresAt: string
}

/**
 * Asks the hub for a pairing code, calls `show` with it, and waits until staff have entered it in
 * the admin page; resolves with the token. A code that expires is replaced by a fresh one.
 */
export async function pair(
  kind: DeviceKind,
  show: (code: string) => void,
  signal: AbortSignal,
  pollMs = 3000,
): Promise<string> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  while (!signal.aborted) {
    let ticket: PairingTicket
    try {
      const response = await fetch('/api/device/pairing', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind }),
        signal,
      })
      if (!response.ok) throw new Error(`pairing: ${response.status}`)
      ticket = (await response.json()) as PairingTicket
    } catch {
      if (signal.aborted) break
      await sleep(pollMs * 3)
      continue
    }
    show(ticket.code)
    const expires = Date.parse(ticket.expiresAt)
    while (!signal.aborted && Date.now() < expires) {
      await sleep(pollMs)
      try {
        const response = await fetch('/api/device/pairing/collect', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: ticket.code, claim: ticket.claim }),
          signal,
        })
        if (response.status === 404) break
        if (response.status !== 200) continue
        const body = (await response.json()) as { token: string }
        saveToken(kind, body.token)
        return body.token
      } catch {
        // The hub is away for a moment: keep the code on screen and ask again.
      }
    }
  }
  throw new DOMException('pairing stopped', 'AbortError')
}
