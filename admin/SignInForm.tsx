// The staff sign-in form. It checks that both fields are filled; talking to POST /api/auth/login
// comes with the admin's own issue, so for now it says plainly that sign-in is not connected.
import type { TargetedSubmitEvent } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { LanguageToggle } from '../client/LanguageToggle.tsx'
import { restoreLang, t, type MessageKey } from '../client/i18n/index.ts'
import './SignInForm.css'

export default function SignInForm() {
  // A key, not text, so the message follows a change of language.
  const [error, setError] = useState<MessageKey | null>(null)
  useEffect(restoreLang, [])

  const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const filled = ['username', 'password'].every((name) => String(form.get(name) ?? '').trim() !== '')
    setError(filled ? 'admin.notConnected' : 'admin.required')
  }

  return (
    <div class="admin-signin">
      <header class="admin-signin__bar">
        <p class="admin-signin__brand">
          {t('common.serviceName')}
          <span class="admin-signin__console">{t('admin.console')}</span>
        </p>
        <LanguageToggle />
      </header>
      <main class="admin-signin__main">
        <form class="admin-signin__card" method="post" noValidate onSubmit={onSubmit}>
          <h1 class="admin-signin__title">{t('admin.signInTitle')}</h1>
          <p class="admin-signin__hint">{t('admin.signInHint')}</p>
          <label class="admin-signin__field">
            <span>{t('admin.username')}</span>
            <input name="username" autocomplete="username" autocapitalize="off" spellcheck={false} required />
          </label>
          <label class="admin-signin__field">
            <span>{t('admin.password')}</span>
            <input name="password" type="password" autocomplete="current-password" required />
          </label>
          <p class="admin-signin__error" role="alert">
            {error && t(error)}
          </p>
          <button type="submit" class="admin-signin__submit">
            {t('admin.signIn')}
          </button>
        </form>
      </main>
    </div>
  )
}
