// Choosing the dashboard's period: three presets as toggle buttons, or two dates. Dates typed by
// hand apply once they make a period the hub accepts (start not after end, at most 400 days);
// until then the inputs keep what was typed and say what is wrong.
import { useEffect, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { PRESETS, presetPeriod, type Period } from './period.ts'

const MAX_DAYS = 400

function problem({ from, to }: Period): MessageKey | undefined {
  if (!from || !to) return undefined
  if (from > to) return 'admin.period.reversed'
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_DAYS) return 'admin.period.tooLong'
  return undefined
}

export function PeriodPicker(props: { period: Period; today: string; onChange: (p: Period) => void }) {
  const { period, today, onChange } = props
  const [draft, setDraft] = useState(period)
  useEffect(() => setDraft(period), [period.from, period.to])
  const wrong = problem(draft)
  const set = (change: Partial<Period>) => {
    const next = { ...draft, ...change }
    setDraft(next)
    if (next.from && next.to && !problem(next)) onChange(next)
  }
  return (
    <div class="period" role="group" aria-label={t('admin.period.label')}>
      {PRESETS.map((preset) => {
        const p = presetPeriod(preset, today)
        const on = p.from === period.from && p.to === period.to
        return (
          <button
            type="button"
            key={preset}
            class="btn btn--small"
            aria-pressed={on}
            onClick={() => onChange(p)}
          >
            {t(`admin.period.${preset}`)}
          </button>
        )
      })}
      <label class="period__date">
        <span>{t('admin.period.from')}</span>
        <input
          type="date"
          value={draft.from}
          aria-invalid={wrong ? true : undefined}
          aria-describedby={wrong ? 'period-problem' : undefined}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
      </label>
      <label class="period__date">
        <span>{t('admin.period.to')}</span>
        <input
          type="date"
          value={draft.to}
          aria-invalid={wrong ? true : undefined}
          aria-describedby={wrong ? 'period-problem' : undefined}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
      </label>
      {wrong && (
        <p class="period__problem" id="period-problem" role="alert">
          {t(wrong)}
        </p>
      )}
    </div>
  )
}
