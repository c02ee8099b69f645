// Staff sign-in, and the first start's one-time setup (/admin#setup=TOKEN, printed by the hub) that
// creates the first admin. The same form, without its page around it, signs staff in again when the
// session ends while they work (see shell/ReauthDialog.tsx).
import type { TargetedSubmitEvent } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { PublicUser } from '../content/model.ts'
import { LanguageToggle } from '../client/LanguageToggle.tsx'
import { t, type MessageKey } from '../client/i18n/index.ts'
import { setUp, signIn, type AuthResult } from './auth-api.ts'
import './SignInForm.css'

type Problem = { key: MessageKey; params?: Record<string, string> }

/** Takes the setup token out of the address bar, so it is not left in history or on screen. */
function takeSetupToken(): string | undefined {
  const match = location.hash.match(/setup=([A-Za-z0-9_-]+)/)
  if (match) history.replaceState(null, '', location.pathname + location.search)
  return match?.[1]
}

interface Props {
  onSignedIn: (user: PublicUser) => void
  /** Inside the session-expired dialog: no page bar, no setup, the username filled in. */
  embedded?: { username: string }
}

export default function SignInForm({ onSignedIn, embedded }: Props) {
  // A key, not text, so the message follows a change of language.
  const [problem, setProblem] = useState<Problem | null>(null)
  const [setupToken, setSetupToken] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!embedded) setSetupToken(takeSetupToken())
  }, [])

  const settle = (result: AuthResult) => {
    setBusy(false)
    if (result.ok) {
      setSetupToken(undefined)
      setProblem(null)
      onSignedIn(result.user)
    } else setProblem({ key: result.error, ...(result.params ? { params: result.params } : {}) })
  }

  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const username = String(form.get('username') ?? '').trim()
    const password = String(form.get('password') ?? '')
    if (!username || !password) return setProblem({ key: 'admin.required' })
    if (setupToken) {
      if (!/^[A-Za-z0-9_.-]{3,40}$/.test(username)) return setProblem({ key: 'admin.usernameRule' })
      if (password.length < 10) return setProblem({ key: 'admin.passwordShort' })
      if (password !== form.get('repeat')) return setProblem({ key: 'admin.passwordMismatch' })
    }
    setBusy(true)
    void (setupToken ? setUp(setupToken, username, password) : signIn(username, password)).then(settle)
  }

  const Heading = embedded ? 'h2' : 'h1'
  const form = (
    <form class="admin-signin__card" method="post" noValidate onSubmit={onSubmit}>
      <Heading class="admin-signin__title">
        {t(setupToken ? 'admin.setupTitle' : 'admin.signInTitle')}
      </Heading>
      <p class="admin-signin__hint">{t(setupToken ? 'admin.setupHint' : 'admin.signInHint')}</p>
      <label class="admin-signin__field">
        <span>{t('admin.username')}</span>
        <input
          name="username"
          autocomplete="username"
          autocapitalize="off"
          spellcheck={false}
          required
          {...(embedded ? { defaultValue: embedded.username } : {})}
        />
      </label>
      <label class="admin-signin__field">
        <span>{t('admin.password')}</span>
        <input
          name="password"
          type="password"
          autocomplete={setupToken ? 'new-password' : 'current-password'}
          required
        />
      </label>
      {setupToken && (
        <label class="admin-signin__field">
          <span>{t('admin.passwordRepeat')}</span>
          <input name="repeat" type="password" autocomplete="new-password" required />
        </label>
      )}
      <p class="admin-signin__error" role="alert">
        {problem && t(problem.key, problem.params)}
      </p>
      <button type="submit" class="admin-signin__submit" disabled={busy}>
        {t(setupToken ? 'admin.createAdmin' : 'admin.signIn')}
      </button>
    </form>
  )
  if (embedded) return form

  const bar = (
    <header class="admin-signin__bar">
      <p class="admin-signin__brand">
        {t('common.serviceName')}
        <span class="admin-signin__console">{t('admin.console')}</span>
      </p>
      <LanguageToggle />
    </header>
  )

  return (
    <div class="admin-signin">
      {bar}
      <main class="admin-signin__main">{form}</main>
    </div>
  )
}
