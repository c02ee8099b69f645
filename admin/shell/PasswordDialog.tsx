// Changing one's own password: the current one, then the new one twice.
import type { TargetedSubmitEvent } from 'preact'
import { useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { api, ApiError } from '../api.ts'
import { say } from '../notice.ts'
import { reconnectLive } from '../live.ts'
import { Dialog } from './Dialog.tsx'

export function PasswordDialog({ onClose }: { onClose: () => void }) {
  const [problem, setProblem] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)
  const onSubmit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const current = String(form.get('current') ?? '')
    const password = String(form.get('password') ?? '')
    if (!current || !password) return setProblem('admin.required')
    if (password.length < 10) return setProblem('admin.passwordShort')
    if (password !== form.get('repeat')) return setProblem('admin.passwordMismatch')
    setBusy(true)
    try {
      await api('POST', '/api/auth/password', { current, password })
      // The hub ended every session of this account, live link included; this page has a new one.
      reconnectLive()
      say('admin.passwordChanged')
      onClose()
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0
      setProblem(
        status === 403 ? 'admin.currentWrong' : status === 429 ? 'admin.tooMany' : 'admin.err.failed',
      )
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog title={t('admin.changePassword')} onClose={onClose}>
      <form class="admin-form-stack" noValidate onSubmit={(e) => void onSubmit(e)}>
        <label class="field">
          <span class="field__label">{t('admin.currentPassword')}</span>
          <input name="current" type="password" autocomplete="current-password" required />
        </label>
        <label class="field">
          <span class="field__label">{t('admin.newPassword')}</span>
          <input
            name="password"
            type="password"
            autocomplete="new-password"
            required
            aria-describedby="pw-hint"
          />
          <span class="field__hint" id="pw-hint">
            {t('admin.passwordShort')}
          </span>
        </label>
        <label class="field">
          <span class="field__label">{t('admin.passwordRepeat')}</span>
          <input name="repeat" type="password" autocomplete="new-password" required />
        </label>
        <p class="field__error" role="alert">
          {problem && t(problem)}
        </p>
        <div class="admin-form-actions">
          <button type="button" class="btn" onClick={onClose}>
            {t('admin.cancel')}
          </button>
          <button type="submit" class="btn btn--primary" disabled={busy}>
            {t('admin.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
