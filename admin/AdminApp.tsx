// The one island of /admin: asks the hub who is signed in, then shows the sign-in page or the shell.
import './messages.ts'
import { useEffect } from 'preact/hooks'
import { restoreLang } from '../client/i18n/index.ts'
import { currentUser } from './auth-api.ts'
import { user } from './session.ts'
import SignInForm from './SignInForm.tsx'
import { Shell } from './shell/Shell.tsx'

export default function AdminApp() {
  useEffect(restoreLang, [])
  useEffect(() => {
    void currentUser().then((found) => (user.value = found ?? null))
  }, [])
  // Until the hub answers, show nothing rather than a sign-in form that flashes away.
  if (user.value === undefined) return <div class="admin-loading" aria-busy="true" />
  if (user.value === null) return <SignInForm onSignedIn={(found) => (user.value = found)} />
  return <Shell />
}
