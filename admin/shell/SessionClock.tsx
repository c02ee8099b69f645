// Makes the idle timeout visible: a few minutes before the hub would end a session nobody is using,
// a banner says so and offers to carry on; once the time is up the sign-in dialog comes over the page
// at once (keeping whatever was typed), instead of at the next click.
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { api } from '../api.ts'
import { lastActivity, sessionExpired } from '../session.ts'

const WARN_MS = 5 * 60_000
const TICK_MS = 15_000

export function SessionClock() {
  const [idleMs, setIdleMs] = useState<number | undefined>()
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    void api<{ idleMinutes?: number }>('GET', '/api/auth/me')
      .then((me) => me.idleMinutes && setIdleMs(me.idleMinutes * 60_000))
      .catch(() => undefined)
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  const left = idleMs === undefined ? Infinity : lastActivity.value + idleMs - now
  // Asking the hub rather than assuming: work in another tab may have kept the session alive.
  const check = () => void api('GET', '/api/auth/me').catch(() => undefined)
  useEffect(() => {
    if (left <= 0 && !sessionExpired.value) check()
  }, [left <= 0])

  if (left > WARN_MS || left <= 0 || sessionExpired.value) return null
  return (
    <div class="admin-session-warning" role="alert">
      <span>{t('admin.session.warning', { n: Math.max(1, Math.ceil(left / 60_000)) })}</span>
      <button type="button" class="btn btn--small" onClick={check}>
        {t('admin.session.keep')}
      </button>
    </div>
  )
}
