// Staff sign-in, and the first start's one-time setup (/admin#setup=TOKEN, printed by the hub) that
// creates the first admin. Signed in, it says who is signed in; the admin's own issue builds the
// pages behind it.
import type { TargetedSubmitEvent } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { PublicUser } from '../content/model.ts'
import { LanguageToggle } from '../client/LanguageToggle.tsx'
import { restoreLang, t, type MessageKey } from '../client/i18n/index.ts'
import { currentUser, setUp, signIn, signOut, type AuthResult } from './auth-api.ts'
import './SignInForm.css'

type Problem = { key: MessageKey; params?: Record<string, string> }

/** Takes the setup token out of the address bar, so it is not left in history or on screen. */
function takeSetupToken(): string | undefined {
  const match = location.hash.match(/setup=([A-Za-z0-9_-]+)/)
  if (match) history.replaceState(null, '', location.pathname + location.search)
  return match?.[1]
}

export default function SignInForm() {
  // A key, not text, so the message follows a change of language.
  const [problem, setProblem] = useState<Problem | null>(null)
  const [user, setUser] = useState<PublicUser | undefined>()
  const [setupToken, setSetupToken] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  useEffect(restoreLang, [])
  useEffect(() => {
    setSetupToken(takeSetupToken())
    void currentUser().then(setUser)
  }, [])

  const settle = (result: AuthResult) => {
    setBusy(false)
    if (result.ok) {
      setUser(result.user)
      setSetupToken(undefined)
      setProblem(null)
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

  const bar = (
    <header class="admin-signin__bar">
      <p class="admin-signin__brand">
        {t('common.serviceName')}
        <span class="admin-signin__console">{t('admin.console')}</span>
      </p>
      <LanguageToggle />
    </header>
  )

  if (user) {
    return (
      <div class="admin-signin">
        {bar}
        <main class="admin-signin__main">
          <section class="admin-signin__card">
            <h1 class="admin-signin__title">
              {t('admin.signedIn', {
                name: user.displayName ?? user.username,
                role: t(`admin.role.${user.role}`),
              })}
            </h1>
            <p class="admin-signin__hint">{t('admin.comingSoon')}</p>
            <button
              type="button"
              class="admin-signin__submit"
              onClick={() => void signOut().then(() => setUser(undefined))}
            >
              {t('admin.signOut')}
            </button>
          </section>
        </main>
      </div>
    )
  }

  return (
    <div class="admin-signin">
      {bar}
      <main class="admin-signin__main">
        <form class="admin-signin__card" method="post" noValidate onSubmit={onSubmit}>
          <h1 class="admin-signin__title">{t(setupToken ? 'admin.setupTitle' : 'admin.signInTitle')}</h1>
          <p class="admin-signin__hint">{t(setupToken ? 'admin.setupHint' : 'admin.signInHint')}</p>
          <label class="admin-signin__field">
            <span>{t('admin.username')}</span>
            <input name="username" autocomplete="username" autocapitalize="off" spellcheck={false} required />
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
      </main>
    </div>
  )
}
