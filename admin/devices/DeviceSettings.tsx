// A device's settings: name, venue, orientation and language, and for a screen its fair and scene
// schedule. Saving PATCHes the device; the hub pushes the new config to it at once if it is online.
// Checked in the browser with the hub's own schema first, so mistakes show next to their field.
import { useEffect, useState } from 'preact/hooks'
import Type from 'typebox'
import { t } from '../../client/i18n/index.ts'
import { DevicePatch, type DeviceConfig, type Fair } from '../../content/model.ts'
import { api, ApiError, type Page } from '../api.ts'
import { say, sayError } from '../notice.ts'
import { refs } from '../refs.ts'
import { Dialog } from '../shell/Dialog.tsx'
import { problemText } from '../content/Field.tsx'
import { fromHub, validate, type Problems } from '../content/validate.ts'
import { SceneSlots, type Slot } from './SceneSlots.tsx'
import type { DeviceRow } from './DevicesPage.tsx'

type Orientation = NonNullable<DeviceConfig['orientation']>
const ORIENTATIONS: Orientation[] = ['auto', 'landscape', 'portrait']
const Body = Type.Omit(DevicePatch, ['kind'])

interface Props {
  device: DeviceRow
  onClose: () => void
  onSaved: () => void
}

export function DeviceSettings({ device, onClose, onSaved }: Props) {
  const config = device.config ?? {}
  const screen = device.kind === 'screen'
  const [name, setName] = useState(device.name)
  const [venueId, setVenueId] = useState(device.venueId ?? '')
  const [orientation, setOrientation] = useState<Orientation>(config.orientation ?? 'auto')
  const [lang, setLang] = useState<'zh-CN' | 'en'>(config.lang ?? 'zh-CN')
  const [fairId, setFairId] = useState(config.fairId ?? '')
  const [slots, setSlots] = useState<Slot[]>(config.scenes ?? [])
  const [fairs, setFairs] = useState<Fair[]>([])
  const [problems, setProblems] = useState<Problems>(new Map())
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!screen) return
    api<Page<Fair>>('GET', '/api/admin/fairs?limit=200')
      .then((page) => setFairs(page.items.filter((f) => f.status !== 'cancelled')))
      .catch(sayError)
  }, [])

  const body = () => {
    const next: DeviceConfig = {
      ...config,
      orientation,
      lang,
      ...(screen ? { scenes: slots } : {}),
    }
    delete next.fairId
    if (screen && fairId) next.fairId = fairId
    // null takes the device off its venue (a field left out would keep the old one).
    return { name: name.trim(), venueId: venueId || null, config: next }
  }

  const save = async (event: Event) => {
    event.preventDefault()
    const value = body()
    const found = validate(Body, value)
    // A window needs both ends: the screen cannot tell what "from 18:00" alone means.
    slots.forEach((slot, i) => {
      if (Boolean(slot.from) !== Boolean(slot.to)) {
        found.set(`config.scenes.${i}.${slot.from ? 'to' : 'from'}`, { key: 'admin.settings.bothOrNone' })
      }
    })
    setProblems(found)
    if (found.size) return focusFirst()
    setBusy(true)
    try {
      const saved = await api<DeviceRow>('PATCH', `/api/admin/devices/${device.id}`, value)
      say('admin.settings.saved', { name: saved.name })
      onSaved()
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) {
        setProblems(fromHub(error.fields))
        focusFirst()
      } else sayError(error)
    } finally {
      setBusy(false)
    }
  }

  const described = (path: string) =>
    problems.get(path) ? { 'aria-invalid': 'true' as const, 'aria-describedby': `ds-${path}-error` } : {}
  const error = (path: string) =>
    problems.get(path) && (
      <span class="field__error" id={`ds-${path}-error`}>
        {problemText(problems.get(path)!)}
      </span>
    )

  return (
    <Dialog title={t('admin.settings.title', { name: device.name })} onClose={onClose} wide>
      <form class="device-settings" noValidate onSubmit={(e) => void save(e)}>
        <div class="device-settings__grid">
          <label class="field">
            <span class="field__label">{t('admin.deviceName')}</span>
            <input value={name} onInput={(e) => setName(e.currentTarget.value)} {...described('name')} />
            {error('name')}
          </label>
          <div class="field">
            <label class="field__label" for="ds-venue">
              {t('admin.f.venue')}
            </label>
            <select
              id="ds-venue"
              value={venueId}
              onChange={(e) => setVenueId(e.currentTarget.value)}
              aria-describedby="ds-venue-hint"
              {...described('venueId')}
            >
              <option value="">{t('admin.settings.noVenue')}</option>
              {refs.value.venues.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
            <span class="field__hint" id="ds-venue-hint">
              {t('admin.settings.venueHint')}
            </span>
            {error('venueId')}
          </div>
          <fieldset class="field device-settings__choice">
            <legend class="field__label">{t('admin.settings.orientation')}</legend>
            <div class="checks">
              {ORIENTATIONS.map((o) => (
                <label class="check" key={o}>
                  <input
                    type="radio"
                    name="orientation"
                    checked={orientation === o}
                    onChange={() => setOrientation(o)}
                  />
                  {t(`admin.settings.orientation.${o}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div class="field">
            <label class="field__label" for="ds-lang">
              {t('admin.settings.lang')}
            </label>
            <select
              id="ds-lang"
              value={lang}
              onChange={(e) => setLang(e.currentTarget.value as 'zh-CN' | 'en')}
            >
              <option value="zh-CN">{t('admin.settings.lang.zh')}</option>
              <option value="en">{t('admin.settings.lang.en')}</option>
            </select>
          </div>
          {screen && (
            <div class="field device-settings__wide">
              <label class="field__label" for="ds-fair">
                {t('admin.settings.fair')}
              </label>
              <select
                id="ds-fair"
                value={fairId}
                onChange={(e) => setFairId(e.currentTarget.value)}
                aria-describedby="ds-fair-hint"
                {...described('config.fairId')}
              >
                <option value="">{t('admin.none')}</option>
                {/* A fair chosen earlier stays selectable even if it is no longer listed. */}
                {fairId && !fairs.some((f) => f.id === fairId) && <option value={fairId}>{fairId}</option>}
                {fairs.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.title}
                  </option>
                ))}
              </select>
              <span class="field__hint" id="ds-fair-hint">
                {t('admin.settings.fairHint')}
              </span>
              {error('config.fairId')}
            </div>
          )}
        </div>
        {screen && <SceneSlots slots={slots} problems={problems} onChange={setSlots} />}
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

/** Moves the focus to the first field marked wrong, once it is drawn. */
function focusFirst() {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('.device-settings [aria-invalid="true"]')?.focus(),
  )
}
