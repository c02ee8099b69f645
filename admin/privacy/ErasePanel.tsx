// Deleting a person's registrations when they ask: type their phone number, see how many
// registrations it matches (masked), confirm, and they are gone (the hub audits it).
import { useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { api } from '../api.ts'
import { say, sayError } from '../notice.ts'

interface Match {
  matches: number
  phoneMasked: string
}

export function ErasePanel() {
  const [phone, setPhone] = useState('')
  const [problem, setProblem] = useState(false)
  const [found, setFound] = useState<Match | null>(null)
  const [busy, setBusy] = useState(false)

  const look = async (event: Event) => {
    event.preventDefault()
    if (!/^1[3-9][0-9]{9}$/.test(phone)) return setProblem(true)
    setBusy(true)
    try {
      // POST, never a query string: a full phone number must not end up in an address or a log.
      setFound(await api<Match>('POST', '/api/admin/registrations/erase', { phone, dryRun: true }))
    } catch (error) {
      sayError(error)
    } finally {
      setBusy(false)
    }
  }
  const erase = async () => {
    setBusy(true)
    try {
      const done = await api<{ deleted: number; phoneMasked: string }>(
        'POST',
        '/api/admin/registrations/erase',
        { phone },
      )
      say('admin.privacy.erased', { n: done.deleted, phone: done.phoneMasked })
      setPhone('')
      setFound(null)
    } catch (error) {
      sayError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="panel privacy-panel" aria-labelledby="erase-title">
      <h2 class="privacy-panel__title" id="erase-title">
        {t('admin.privacy.eraseTitle')}
      </h2>
      <p class="muted privacy-panel__hint">{t('admin.privacy.eraseHint')}</p>
      <form class="privacy-panel__row" noValidate onSubmit={(e) => void look(e)}>
        <div class="field">
          <label class="field__label" for="erase-phone">
            {t('admin.privacy.phone')}
          </label>
          <input
            id="erase-phone"
            inputMode="numeric"
            autocomplete="off"
            maxLength={11}
            size={14}
            value={phone}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'erase-phone-error' : undefined}
            onInput={(e) => {
              setPhone(e.currentTarget.value.replace(/\D/g, ''))
              setProblem(false)
              setFound(null)
            }}
          />
          {problem && (
            <span class="field__error" id="erase-phone-error">
              {t('admin.privacy.phoneRule')}
            </span>
          )}
        </div>
        <button type="submit" class="btn" disabled={busy}>
          {t('admin.privacy.find')}
        </button>
      </form>
      {found && (
        <div class="privacy-panel__found" role="status">
          {found.matches === 0 ? (
            <p>{t('admin.privacy.none', { phone: found.phoneMasked })}</p>
          ) : (
            <>
              <p>{t('admin.privacy.matches', { n: found.matches, phone: found.phoneMasked })}</p>
              <div class="row-actions">
                <button type="button" class="btn btn--danger" disabled={busy} onClick={() => void erase()}>
                  {t('admin.privacy.confirmErase', { n: found.matches })}
                </button>
                <button type="button" class="btn" onClick={() => setFound(null)}>
                  {t('admin.cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  )
}
