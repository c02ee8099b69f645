// Shown over the page when the hub answers 401: the session timed out or was ended elsewhere. Signing
// in here keeps the page exactly as it was, form contents and all; the action can then be repeated.
import type { PublicUser } from '../../content/model.ts'
import { t } from '../../client/i18n/index.ts'
import SignInForm from '../SignInForm.tsx'
import { Dialog } from './Dialog.tsx'

export function ReauthDialog(props: { username: string; onSignedIn: (user: PublicUser) => void }) {
  return (
    <Dialog title={t('admin.sessionExpired')}>
      <p class="admin-dialog__lead">{t('admin.sessionExpiredHint')}</p>
      <SignInForm embedded={{ username: props.username }} onSignedIn={props.onSignedIn} />
    </Dialog>
  )
}
