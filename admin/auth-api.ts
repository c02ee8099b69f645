// The staff auth calls the sign-in page makes, each answering a message key on failure so the page
// can say what went wrong in the reader's language.
import type { PublicUser } from '../content/model.ts'
import type { MessageKey } from '../client/i18n/index.ts'

export type AuthResult =
  { ok: true; user: PublicUser } | { ok: false; error: MessageKey; params?: Record<string, string> }

async function call(method: string, url: string, body?: object): Promise<Response | undefined> {
  try {
    return await fetch(url, {
      method,
      credentials: 'same-origin',
      ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    })
  } catch {
    return undefined
  }
}

async function failure(res: Response | undefined, fallback: MessageKey): Promise<AuthResult> {
  if (!res) return { ok: false, error: 'admin.offline' }
  if (res.status === 429) return { ok: false, error: 'admin.tooMany' }
  if (res.status === 423) {
    const message = String(((await res.json().catch(() => ({}))) as { message?: string }).message ?? '')
    const until = message.match(/until (\S+?)\.?$/)?.[1]
    const time = until
      ? new Date(until).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' })
      : ''
    return { ok: false, error: 'admin.locked', params: { time } }
  }
  return { ok: false, error: fallback }
}

export async function currentUser(): Promise<PublicUser | undefined> {
  const res = await call('GET', '/api/auth/me')
  return res?.ok ? ((await res.json()) as { user: PublicUser }).user : undefined
}

export async function signIn(username: string, password: string): Promise<AuthResult> {
  const res = await call('POST', '/api/auth/login', { username, password })
  if (res?.ok) return { ok: true, user: ((await res.json()) as { user: PublicUser }).user }
  return failure(res, 'admin.wrongPassword')
}

export async function setUp(token: string, username: string, password: string): Promise<AuthResult> {
  const res = await call('POST', '/api/auth/setup', { token, username, password })
  if (res?.ok) return { ok: true, user: ((await res.json()) as { user: PublicUser }).user }
  return failure(res, res?.status === 400 ? 'admin.usernameRule' : 'admin.setupInvalid')
}

export async function signOut(): Promise<void> {
  await call('POST', '/api/auth/logout')
}
