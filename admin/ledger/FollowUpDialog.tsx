// Following up one registration: its status and a note on what was said, with the notes so far.
import { useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { REGISTRATION_STATUSES } from '../../content/catalog.ts'
import { api } from '../api.ts'
import { say, sayError } from '../notice.ts'
import { optionsOf } from '../refs.ts'
import { shortDateTime } from '../dates.ts'
import { Dialog } from '../shell/Dialog.tsx'
import type { LedgerRow } from './LedgerPage.tsx'

interface Props {
  registration: LedgerRow
  onClose: () => void
  onSaved: () => void
}

export function FollowUpDialog({ registration: r, onClose, onSaved }: Props) {
  const [status, setStatus] = useState<string>(r.status)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const save = async (event: Event) => {
    event.preventDefault()
    const body = {
      ...(status !== r.status ? { status } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    }
    if (Object.keys(body).length === 0) return onClose()
    setBusy(true)
    try {
      await api('PATCH', `/api/admin/registrations/${r.id}`, body)
      say('admin.followUpSaved', { code: r.code })
      onSaved()
    } catch (error) {
      // The dialog stays open with the note, so nothing typed is lost.
      sayError(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog title={t('admin.followUpTitle', { code: r.code })} onClose={onClose} wide>
      <form class="admin-form-stack" noValidate onSubmit={(e) => void save(e)}>
        <p class="muted">
          {[r.name, r.phone ?? r.phoneMasked, r.township, shortDateTime(r.createdAt)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <label class="field">
          <span class="field__label">{t('admin.f.followUp')}</span>
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            {optionsOf(REGISTRATION_STATUSES).map((o) => (
              <option
                key={o.value}
                value={o.value}
                disabled={o.value === 'withdrawn' && r.status !== 'withdrawn'}
              >
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="field__label">{t('admin.addNote')}</span>
          <textarea maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        {r.notes.length > 0 && (
          <section aria-label={t('admin.notesSoFar')}>
            <h3 class="field__label">{t('admin.notesSoFar')}</h3>
            <ol class="followup__notes">
              {[...r.notes].reverse().map((n, i) => (
                <li key={i}>
                  <span class="muted">
                    {shortDateTime(n.at)} · {n.by}
                  </span>
                  <p>{n.text}</p>
                </li>
              ))}
            </ol>
          </section>
        )}
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
