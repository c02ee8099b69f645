// The bar across the top: the service, who is signed in and as what, the language, a new password,
// and signing out.
import { useState } from 'preact/hooks'
import { LanguageToggle } from '../../client/LanguageToggle.tsx'
import { t } from '../../client/i18n/index.ts'
import { signOut } from '../auth-api.ts'
import { user } from '../session.ts'
import { disconnectLive } from '../live.ts'
import { PasswordDialog } from './PasswordDialog.tsx'

export function TopBar() {
  const me = user.value!
  const [changing, setChanging] = useState(false)
  return (
    <header class="admin-top">
      <p class="admin-top__brand">
        {t('common.serviceName')}
        <span class="admin-top__console">{t('admin.console')}</span>
      </p>
      <p class="admin-top__user">
        <span class="visually-hidden">{t('admin.signedInAs')}</span>
        <strong>{me.displayName ?? me.username}</strong>
        <span class="admin-top__role">{t(`admin.role.${me.role}`)}</span>
        {me.role === 'operator' && me.townships.length > 0 && (
          <span class="admin-top__townships">{me.townships.join('、')}</span>
        )}
      </p>
      <LanguageToggle />
      <button type="button" class="admin-top__button" onClick={() => setChanging(true)}>
        {t('admin.changePassword')}
      </button>
      <button
        type="button"
        class="admin-top__button"
        onClick={() =>
          void signOut().then(() => {
            disconnectLive()
            user.value = null
          })
        }
      >
        {t('admin.signOut')}
      </button>
      {changing && <PasswordDialog onClose={() => setChanging(false)} />}
    </header>
  )
}
