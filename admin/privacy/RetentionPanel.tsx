// How long registrations are kept. The hub deletes older ones once a day; before staff shorten the
// period they see how many registrations the next purge would then delete.
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { api, query } from '../api.ts'
import { say, sayError } from '../notice.ts'

interface SettingsView {
  retention: { days: number; defaultDays: number; expiring: number }
}

export function RetentionPanel() {
  const [current, setCurrent] = useState<SettingsView['retention'] | null>(null)
  const [days, setDays] = useState('')
  const [preview, setPreview] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const valid = /^[0-9]{1,5}$/.test(days) && Number(days) >= 1 && Number(days) <= 36500

  useEffect(() => {
    void api<SettingsView>('GET', '/api/admin/settings')
      .then((view) => {
        setCurrent(view.retention)
        setDays(String(view.retention.days))
      })
      .catch(sayError)
  }, [])
  // What the next purge would delete with the number being typed, once typing pauses.
  useEffect(() => {
    if (!valid || !current || Number(days) === current.days) return setPreview(null)
    const timer = setTimeout(() => {
      void api<SettingsView>('GET', `/api/admin/settings${query({ retentionDays: days })}`)
        .then((view) => setPreview(view.retention.expiring))
        .catch(() => setPreview(null))
    }, 300)
    return () => clearTimeout(timer)
  }, [days, current?.days])

  const save = async (event: Event) => {
    event.preventDefault()
    if (!valid) return document.getElementById('retention-days')?.focus()
    setBusy(true)
    try {
      const view = await api<SettingsView>('PATCH', '/api/admin/settings', {
        registrationRetentionDays: Number(days),
      })
      setCurrent(view.retention)
      setPreview(null)
      say('admin.privacy.retentionSaved', { n: view.retention.days })
    } catch (error) {
      sayError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="panel privacy-panel" aria-labelledby="retention-title">
      <h2 class="privacy-panel__title" id="retention-title">
        {t('admin.privacy.retentionTitle')}
      </h2>
      <p class="muted privacy-panel__hint">
        {current && t('admin.privacy.retentionHint', { n: current.days, d: current.defaultDays })}
      </p>
      <form class="privacy-panel__row" noValidate onSubmit={(e) => void save(e)}>
        <div class="field">
          <label class="field__label" for="retention-days">
            {t('admin.privacy.retentionDays')}
          </label>
          <input
            id="retention-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={36500}
            step={1}
            value={days}
            aria-invalid={valid ? undefined : 'true'}
            aria-describedby="retention-days-note"
            onInput={(e) => setDays(e.currentTarget.value)}
          />
          <span class={valid ? 'field__hint' : 'field__error'} id="retention-days-note">
            {valid
              ? preview !== null
                ? t('admin.privacy.wouldDelete', { n: preview })
                : t('admin.privacy.daysRule')
              : t('admin.privacy.daysRule')}
          </span>
        </div>
        <button type="submit" class="btn btn--primary" disabled={busy || !current}>
          {t('admin.save')}
        </button>
      </form>
    </section>
  )
}
