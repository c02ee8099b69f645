// The frame around every admin page: the bar with who is signed in, the navigation on the left, the
// page itself, a live region for short messages, and the dialogs for a new password and for signing
// in again when the session ends (drawn over the page, so nothing on it is lost).
import { Fragment } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { allowed, sessionExpired, user } from '../session.ts'
import { route } from '../router.ts'
import { notice } from '../notice.ts'
import { reconnectLive } from '../live.ts'
import { PAGES } from './pages.tsx'
import { TopBar } from './TopBar.tsx'
import { Nav } from './Nav.tsx'
import { ReauthDialog } from './ReauthDialog.tsx'
import { SessionClock } from './SessionClock.tsx'
import '../ui/ui.css'
import './Shell.css'

export function Shell() {
  const current = route.value
  const visible = PAGES.filter((p) => allowed(p.permission))
  const page = visible.find((p) => p.key === current.path[0]) ?? visible[0]!
  // A different person signing in on the expired session's dialog gets a fresh page, not the last one's.
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    document.title = `${t(page.label)} · ${t('admin.pageTitle')}`
  }, [page.key, t(page.label)])
  // A message belongs to the page it was said on: moving on clears it.
  const where = current.path.join('/')
  useEffect(() => {
    notice.value = null
  }, [where])
  const message = notice.value

  return (
    <div class="admin-shell">
      <a
        class="admin-skip"
        href="#admin-main"
        onClick={(e) => (e.preventDefault(), document.getElementById('admin-main')?.focus())}
      >
        {t('admin.skipToMain')}
      </a>
      <TopBar />
      <Nav pages={visible} current={page.key} />
      <main id="admin-main" class="admin-main" tabIndex={-1} key={generation}>
        {/* Keyed by page: several pages draw the same component (every content list), and one page's
            state (the employers just loaded) must not be drawn with the next one's columns. */}
        <Fragment key={page.key}>{page.render(current)}</Fragment>
      </main>
      <div
        class={`admin-notice${message ? ` admin-notice--${message.tone}` : ''}`}
        role="status"
        aria-live="polite"
      >
        {message && (
          <>
            {t(message.key, message.params)}
            {message.detail && <span class="admin-notice__detail">{message.detail}</span>}
            <button
              type="button"
              class="admin-notice__close"
              onClick={() => (notice.value = null)}
              aria-label={t('admin.close')}
            >
              ×
            </button>
          </>
        )}
      </div>
      <SessionClock />
      {sessionExpired.value && user.value && (
        <ReauthDialog
          username={user.value.username}
          onSignedIn={(next) => {
            if (next.id !== user.value?.id) setGeneration((g) => g + 1)
            user.value = next
            sessionExpired.value = false
            reconnectLive()
          }}
        />
      )}
    </div>
  )
}
