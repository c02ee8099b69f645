// A short message after an action ("已保存", "已发布 3 条"), shown by the shell in a live region so
// screen readers hear it too. A key and params, not text, so it follows a change of language.
import { signal } from '@preact/signals'
import type { MessageKey } from '../client/i18n/index.ts'

export interface Notice {
  key: MessageKey
  params?: Record<string, string | number>
  tone: 'ok' | 'error'
  /** Raw text from the hub when there is no key for it (shown after the keyed text). */
  detail?: string
}

export const notice = signal<Notice | null>(null)
let timer: ReturnType<typeof setTimeout> | undefined

export function say(key: MessageKey, params?: Record<string, string | number>, tone: Notice['tone'] = 'ok') {
  notice.value = { key, tone, ...(params ? { params } : {}) }
  clearTimeout(timer)
  // Errors stay until the next message: someone who looked away must still be able to read them.
  if (tone === 'ok') timer = setTimeout(() => (notice.value = null), 5000)
}

/** Says what went wrong with a failed call, in the reader's language where the status tells us. */
export function sayError(error: unknown) {
  const status = (error as { status?: number }).status
  const message = (error as { message?: string }).message
  if (status === 401) return // the sign-in dialog says it
  const key: MessageKey =
    status === 0
      ? 'admin.offline'
      : status === 403
        ? 'admin.err.forbidden'
        : status === 404
          ? 'admin.err.notFound'
          : status === 409
            ? 'admin.err.conflict'
            : 'admin.err.failed'
  notice.value = { key, tone: 'error', ...(message && status !== 0 ? { detail: message } : {}) }
  clearTimeout(timer)
}
