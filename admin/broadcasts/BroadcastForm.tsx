// Writing an urgent notice: text, level, who receives it and until when, with a preview of how a
// screen will show it. Checked against the hub's BroadcastInput schema before it is sent.
import { useMemo, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { BroadcastInput } from '../../content/model.ts'
import { api, ApiError } from '../api.ts'
import { say, sayError } from '../notice.ts'
import { refs } from '../refs.ts'
import { fromDateTimeInput, toDateTimeInput } from '../dates.ts'
import { fromHub, validate, type Problems } from '../content/validate.ts'
import { problemText } from '../content/Field.tsx'
import type { DeviceName } from './BroadcastsPage.tsx'

type Level = 'info' | 'warning' | 'emergency'
type TargetKind = 'all' | 'venues' | 'devices'
const LEVELS: Level[] = ['info', 'warning', 'emergency']

/** Two hours from now, rounded to the next quarter hour: a sensible default for a same-day notice. */
function defaultUntil(): string {
  const at = new Date(Date.now() + 2 * 3600_000)
  at.setMinutes(Math.ceil(at.getMinutes() / 15) * 15, 0, 0)
  return toDateTimeInput(at.toISOString())
}

export function BroadcastForm({ devices, onSent }: { devices: DeviceName[]; onSent: () => void }) {
  const [text, setText] = useState('')
  const [level, setLevel] = useState<Level>('info')
  const [targetKind, setTargetKind] = useState<TargetKind>('all')
  const [venueIds, setVenueIds] = useState<string[]>([])
  const [deviceIds, setDeviceIds] = useState<string[]>([])
  const [until, setUntil] = useState(defaultUntil)
  const [submitted, setSubmitted] = useState(false)
  const [hubProblems, setHubProblems] = useState<Problems>(new Map())
  const [busy, setBusy] = useState(false)

  const body = {
    text: text.trim(),
    level,
    target: targetKind === 'all' ? { all: true } : targetKind === 'venues' ? { venueIds } : { deviceIds },
    until: fromDateTimeInput(until),
  }
  const problems = useMemo(() => {
    const found = validate(BroadcastInput, body)
    if (targetKind !== 'all' && (targetKind === 'venues' ? venueIds : deviceIds).length === 0)
      found.set('target', { key: 'admin.err.target' })
    if (body.until && Date.parse(body.until) <= Date.now()) found.set('until', { key: 'admin.err.future' })
    return found
  }, [JSON.stringify(body)])
  const shown = (path: string) => hubProblems.get(path) ?? (submitted ? problems.get(path) : undefined)
  const error = (path: string) => {
    const p = shown(path)
    return p ? (
      <span class="field__error" id={`bc-${path}-error`}>
        {problemText(p)}
      </span>
    ) : null
  }
  const aria = (path: string) =>
    shown(path) ? { 'aria-invalid': 'true' as const, 'aria-describedby': `bc-${path}-error` } : {}

  const send = async (event: Event) => {
    event.preventDefault()
    setSubmitted(true)
    setHubProblems(new Map())
    if (problems.size) {
      const first = [...problems.keys()][0]!
      return document.getElementById(`bc-${first.split('.')[0]}`)?.focus()
    }
    setBusy(true)
    try {
      await api('POST', '/api/admin/broadcasts', body)
      say('admin.broadcastSent')
      setText('')
      setSubmitted(false)
      onSent()
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) setHubProblems(fromHub(error.fields))
      else sayError(error)
    } finally {
      setBusy(false)
    }
  }
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id)

  return (
    <form class="panel broadcast-form" noValidate onSubmit={(e) => void send(e)} aria-labelledby="bc-title">
      <h2 class="broadcast-form__title" id="bc-title">
        {t('admin.newBroadcast')}
      </h2>
      <div class="broadcast-form__grid">
        <div class="broadcast-form__fields">
          <label class="field" for="bc-text">
            <span class="field__label">{t('admin.broadcastText')}</span>
          </label>
          <textarea
            id="bc-text"
            class="broadcast-form__text"
            maxLength={500}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            {...aria('text')}
          />
          <span class="field__hint">{t('admin.charsLeft', { n: 500 - text.length })}</span>
          {error('text')}

          <fieldset class="checks" id="bc-level">
            <legend class="field__label">{t('admin.level')}</legend>
            {LEVELS.map((l) => (
              <label class="check" key={l}>
                <input type="radio" name="level" checked={level === l} onChange={() => setLevel(l)} />
                {t(`admin.level.${l}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          <p class="field__hint">{t(`admin.levelHint.${level}` as MessageKey)}</p>

          <fieldset class="checks" id="bc-target" {...aria('target')}>
            <legend class="field__label">{t('admin.target')}</legend>
            {(['all', 'venues', 'devices'] as const).map((k) => (
              <label class="check" key={k}>
                <input
                  type="radio"
                  name="target"
                  checked={targetKind === k}
                  onChange={() => setTargetKind(k)}
                />
                {t(`admin.target.${k}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          {targetKind === 'venues' && (
            <fieldset class="checks broadcast-form__choices">
              <legend class="visually-hidden">{t('admin.target.venues')}</legend>
              {refs.value.venues.map((v) => (
                <label class="check" key={v.id}>
                  <input
                    type="checkbox"
                    checked={venueIds.includes(v.id)}
                    onChange={(e) => setVenueIds(toggle(venueIds, v.id, e.currentTarget.checked))}
                  />
                  {v.name}
                </label>
              ))}
            </fieldset>
          )}
          {targetKind === 'devices' && (
            <fieldset class="checks broadcast-form__choices">
              <legend class="visually-hidden">{t('admin.target.devices')}</legend>
              {devices.length === 0 && <span class="muted">{t('admin.noDevices')}</span>}
              {devices.map((d) => (
                <label class="check" key={d.id}>
                  <input
                    type="checkbox"
                    checked={deviceIds.includes(d.id)}
                    onChange={(e) => setDeviceIds(toggle(deviceIds, d.id, e.currentTarget.checked))}
                  />
                  {d.name}
                </label>
              ))}
            </fieldset>
          )}
          {error('target')}

          <label class="field broadcast-form__until">
            <span class="field__label">{t('admin.until')}</span>
            <input
              id="bc-until"
              type="datetime-local"
              value={until}
              onInput={(e) => setUntil(e.currentTarget.value)}
              {...aria('until')}
            />
            {error('until')}
          </label>
        </div>
        <Preview text={text.trim()} level={level} />
      </div>
      <div class="admin-form-actions broadcast-form__actions">
        <button type="submit" class="btn btn--primary" disabled={busy}>
          {t('admin.sendBroadcast')}
        </button>
      </div>
    </form>
  )
}

/** A small screen drawn the way the big screen shows a notice: a banner, or the whole screen for an emergency. */
function Preview({ text, level }: { text: string; level: Level }) {
  const shown = text || t('admin.previewPlaceholder')
  return (
    <figure class="broadcast-preview">
      <figcaption class="field__label">{t('admin.preview')}</figcaption>
      <div class="broadcast-preview__screen" aria-hidden="true">
        {level === 'emergency' ? (
          <div class="broadcast-preview__emergency">
            <strong>{t('screen.broadcast.urgent')}</strong>
            <span>{shown}</span>
          </div>
        ) : (
          <>
            <div class="broadcast-preview__scene" />
            <div class={`broadcast-preview__banner broadcast-preview__banner--${level}`}>
              <span class="broadcast-preview__chip">
                {t(level === 'warning' ? 'screen.broadcast.urgent' : 'screen.broadcast.notice')}
              </span>
              <span>{shown}</span>
            </div>
            <div class="broadcast-preview__scene broadcast-preview__scene--low" />
          </>
        )}
      </div>
    </figure>
  )
}
