// The pieces every admin list is built from: a filter select with "all", a from/to date pair, and the
// row a table shows when nothing matches.
import { t, type MessageKey } from '../../client/i18n/index.ts'

export interface Option {
  value: string
  label: string
}

export function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string
  label: MessageKey
  value: string
  options: readonly Option[]
  onChange: (value: string) => void
}) {
  return (
    <label class="field">
      <span class="field__label">{t(label)}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('admin.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** From and to, as two date fields; an empty one is no bound. */
export function DateRangeFields({
  from,
  to,
  onChange,
}: {
  from: string
  to: string
  onChange: (name: 'from' | 'to', value: string) => void
}) {
  return (
    <>
      <label class="field">
        <span class="field__label">{t('admin.from')}</span>
        <input type="date" value={from} onChange={(e) => onChange('from', e.currentTarget.value)} />
      </label>
      <label class="field">
        <span class="field__label">{t('admin.to')}</span>
        <input type="date" value={to} onChange={(e) => onChange('to', e.currentTarget.value)} />
      </label>
    </>
  )
}

/** The one row of a table with nothing to show, across all its columns. */
export function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr>
      <td class="table__empty" colSpan={columns}>
        {text}
      </td>
    </tr>
  )
}
