// Pairing: a kiosk or screen without a token shows a six-digit code; staff type it here with a name
// and, optionally, the venue, and the device receives its token by itself a moment later.
import { useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { api, ApiError } from '../api.ts'
import { say, sayError } from '../notice.ts'
import { refs } from '../refs.ts'
import { fromHub, type Problems } from '../content/validate.ts'
import { problemText } from '../content/Field.tsx'

export function PairForm({ onPaired }: { onPaired: () => void }) {
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [venueId, setVenueId] = useState('')
  const [problems, setProblems] = useState<Problems>(new Map())
  const [busy, setBusy] = useState(false)

  const submit = async (event: Event) => {
    event.preventDefault()
    const found: Problems = new Map()
    if (!/^[0-9]{6}$/.test(code)) found.set('code', { key: 'admin.err.code' })
    if (!name.trim()) found.set('name', { key: 'admin.err.required' })
    setProblems(found)
    if (found.size) return document.getElementById(`pair-${[...found.keys()][0]}`)?.focus()
    setBusy(true)
    try {
      await api('POST', '/api/admin/devices/pair', {
        code,
        name: name.trim(),
        ...(venueId ? { venueId } : {}),
      })
      say('admin.paired', { name: name.trim() })
      setCode('')
      setName('')
      onPaired()
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) setProblems(fromHub(error.fields))
      else sayError(error)
    } finally {
      setBusy(false)
    }
  }
  const problem = (path: string) => problems.get(path)
  const described = (path: string) =>
    problem(path) ? { 'aria-invalid': 'true' as const, 'aria-describedby': `pair-${path}-error` } : {}
  const error = (path: string) =>
    problem(path) && (
      <span class="field__error" id={`pair-${path}-error`}>
        {problemText(problem(path)!)}
      </span>
    )

  return (
    <form class="panel pair-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="pair-title">
      <h2 class="pair-form__title" id="pair-title">
        {t('admin.pairTitle')}
      </h2>
      <p class="muted pair-form__hint">{t('admin.pairHint')}</p>
      <div class="pair-form__row">
        <label class="field">
          <span class="field__label">{t('admin.pairCode')}</span>
          <input
            id="pair-code"
            class="pair-form__code"
            inputMode="numeric"
            autocomplete="off"
            maxLength={6}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
            {...described('code')}
          />
          {error('code')}
        </label>
        <label class="field">
          <span class="field__label">{t('admin.deviceName')}</span>
          <input
            id="pair-name"
            value={name}
            placeholder={t('admin.deviceNameHint')}
            onInput={(e) => setName(e.currentTarget.value)}
            {...described('name')}
          />
          {error('name')}
        </label>
        <label class="field">
          <span class="field__label">{t('admin.f.venue')}</span>
          <select
            id="pair-venueId"
            value={venueId}
            onChange={(e) => setVenueId(e.currentTarget.value)}
            {...described('venueId')}
          >
            <option value="">{t('admin.none')}</option>
            {refs.value.venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          {error('venueId')}
        </label>
        <button type="submit" class="btn btn--primary" disabled={busy}>
          {t('admin.pair')}
        </button>
      </div>
    </form>
  )
}
