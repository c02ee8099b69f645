// A screen's scene schedule: an ordered list of slots (scene, seconds, an optional daily window in
// Beijing time), edited as rows with move up/down buttons rather than drag and drop, so the order
// can be changed from the keyboard and read out by a screen reader.
import { actionOn, type MessageKey, t } from '../../client/i18n/index.ts'
import type { DeviceConfig } from '../../content/model.ts'
import { problemText } from '../content/Field.tsx'
import type { Problems } from '../content/validate.ts'

export type Slot = NonNullable<DeviceConfig['scenes']>[number]
type SceneName = Slot['scene']

export const SCENES: SceneName[] = ['jobs', 'fairs', 'spotlight', 'scan', 'policies']
const sceneLabel = (scene: SceneName) => t(`admin.scene.${scene}` as MessageKey)

interface Props {
  slots: Slot[]
  problems: Problems
  onChange: (slots: Slot[]) => void
}

export function SceneSlots({ slots, problems, onChange }: Props) {
  const set = (index: number, change: Partial<Slot>) =>
    onChange(slots.map((slot, i) => (i === index ? clean({ ...slot, ...change }) : slot)))
  const move = (index: number, by: -1 | 1) => {
    const next = [...slots]
    ;[next[index], next[index + by]] = [next[index + by]!, next[index]!]
    onChange(next)
    // The focus follows the moved slot, so pressing the button again keeps moving it.
    requestAnimationFrame(() =>
      document.getElementById(`slot-${index + by}-${by < 0 ? 'up' : 'down'}`)?.focus(),
    )
  }
  const error = (path: string) => {
    const problem = problems.get(path)
    return problem ? { problem, id: `ds-${path.replace(/\./g, '-')}-error` } : undefined
  }
  const aria = (path: string) => {
    const e = error(path)
    return e ? { 'aria-invalid': 'true' as const, 'aria-describedby': e.id } : {}
  }
  const message = (path: string) => {
    const e = error(path)
    return (
      e && (
        <span class="field__error" id={e.id}>
          {problemText(e.problem)}
        </span>
      )
    )
  }

  return (
    <fieldset class="scene-slots">
      <legend class="field__label">{t('admin.settings.scenes')}</legend>
      <p class="field__hint" id="scene-slots-hint">
        {t('admin.settings.scenesHint')}
      </p>
      {slots.length === 0 && <p class="muted scene-slots__empty">{t('admin.settings.noScenes')}</p>}
      <ol class="scene-slots__list">
        {slots.map((slot, i) => {
          const base = `config.scenes.${i}`
          const label = t('admin.settings.slot', { n: i + 1 })
          return (
            // The group names the slot for each of its fields; the list item keeps the list a list.
            <li key={i}>
              <div class="scene-slot" role="group" aria-label={label}>
                <span class="scene-slot__n" aria-hidden="true">
                  {i + 1}
                </span>
                <div class="field">
                  <label class="field__label" for={`slot-${i}-scene`}>
                    {t('admin.settings.scene')}
                  </label>
                  <select
                    id={`slot-${i}-scene`}
                    value={slot.scene}
                    onChange={(e) => set(i, { scene: e.currentTarget.value as SceneName })}
                    {...aria(`${base}.scene`)}
                  >
                    {SCENES.map((scene) => (
                      <option key={scene} value={scene}>
                        {sceneLabel(scene)}
                      </option>
                    ))}
                  </select>
                  {message(`${base}.scene`)}
                </div>
                <label class="field scene-slot__seconds">
                  <span class="field__label">{t('admin.settings.seconds')}</span>
                  <input
                    type="number"
                    inputMode="numeric"
                    min={5}
                    max={600}
                    value={Number.isNaN(slot.seconds) ? '' : slot.seconds}
                    onInput={(e) => set(i, { seconds: e.currentTarget.valueAsNumber })}
                    {...aria(`${base}.seconds`)}
                  />
                  {message(`${base}.seconds`)}
                </label>
                <label class="field">
                  <span class="field__label">{t('admin.settings.from')}</span>
                  <input
                    type="time"
                    value={slot.from ?? ''}
                    onInput={(e) => set(i, { from: e.currentTarget.value })}
                    {...aria(`${base}.from`)}
                  />
                  {message(`${base}.from`)}
                </label>
                <label class="field">
                  <span class="field__label">{t('admin.settings.to')}</span>
                  <input
                    type="time"
                    value={slot.to ?? ''}
                    onInput={(e) => set(i, { to: e.currentTarget.value })}
                    {...aria(`${base}.to`)}
                  />
                  {message(`${base}.to`)}
                </label>
                <div class="row-actions scene-slot__actions">
                  <button
                    type="button"
                    class="btn btn--small"
                    id={`slot-${i}-up`}
                    disabled={i === 0}
                    aria-label={actionOn('admin.settings.up', label)}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="btn btn--small"
                    id={`slot-${i}-down`}
                    disabled={i === slots.length - 1}
                    aria-label={actionOn('admin.settings.down', label)}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="btn btn--small btn--danger"
                    aria-label={actionOn('admin.settings.remove', label)}
                    onClick={() => onChange(slots.filter((_, j) => j !== i))}
                  >
                    {t('admin.settings.remove')}
                  </button>
                </div>
              </div>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        class="btn"
        disabled={slots.length >= 50}
        onClick={() => onChange([...slots, { scene: SCENES[slots.length % SCENES.length]!, seconds: 20 }])}
      >
        {t('admin.settings.add')}
      </button>
    </fieldset>
  )
}

/** An emptied time field means "no window": the key goes, rather than an empty string the hub refuses. */
function clean(slot: Slot): Slot {
  const { from, to, ...rest } = slot
  return { ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) }
}
