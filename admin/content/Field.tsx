// One form control with its label, hint and problem, wired for screen readers (aria-invalid,
// aria-describedby) and with stable ids, so tests and people find it by its label.
import type { ComponentChildren } from 'preact'
import { t } from '../../client/i18n/index.ts'
import { fromDateInput, fromDateTimeInput, toDateInput, toDateTimeInput } from '../dates.ts'
import type { FieldSpec } from './kinds.tsx'
import type { Problem } from './validate.ts'

interface Props {
  spec: FieldSpec
  value: unknown
  required: boolean
  problem: Problem | undefined
  onChange: (value: unknown) => void
  onBlur: () => void
  /** Prefix of the element ids, when one page shows the same path twice (booth rows). */
  idPrefix?: string
}

export const fieldId = (path: string, prefix = 'f') => `${prefix}-${path.replace(/\./g, '-')}`

export function problemText(problem: Problem): string {
  return problem.text ?? t(problem.key, problem.params)
}

export function Field({ spec, value, required, problem, onChange, onBlur, idPrefix }: Props) {
  const id = fieldId(spec.path, idPrefix)
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [problem ? errorId : '', 'hint' in spec && spec.hint ? hintId : '']
    .filter(Boolean)
    .join(' ')
  const aria = {
    id,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': required ? ('true' as const) : undefined,
    onBlur,
  }
  const label = (
    <span class="field__label">
      {t(spec.label)}
      {required && (
        <span class="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </span>
  )
  const below = (
    <>
      {'hint' in spec && spec.hint && (
        <span class="field__hint" id={hintId}>
          {t(spec.hint)}
        </span>
      )}
      {problem && (
        <span class="field__error" id={errorId}>
          {problemText(problem)}
        </span>
      )}
    </>
  )
  const wrap = (control: ComponentChildren) => (
    <div class={`field field--span${spec.span ?? 1}`}>
      <label for={id}>{label}</label>
      {control}
      {below}
    </div>
  )

  switch (spec.type) {
    case 'text':
    case 'url':
      return wrap(
        <input
          {...aria}
          type={spec.type}
          value={(value as string | undefined) ?? ''}
          onInput={(e) =>
            onChange(e.currentTarget.value === '' && !required ? undefined : e.currentTarget.value)
          }
        />,
      )
    case 'textarea':
      return wrap(
        <textarea
          {...aria}
          value={(value as string | undefined) ?? ''}
          onInput={(e) =>
            onChange(e.currentTarget.value === '' && !required ? undefined : e.currentTarget.value)
          }
        />,
      )
    case 'number':
      return wrap(
        <input
          {...aria}
          type="number"
          inputMode="decimal"
          step="any"
          value={value === undefined ? '' : String(value)}
          onInput={(e) => {
            const text = e.currentTarget.value
            onChange(text === '' ? undefined : Number(text))
          }}
        />,
      )
    case 'date':
      return wrap(
        <input
          {...aria}
          type="date"
          value={toDateInput(value as string | undefined)}
          onInput={(e) => onChange(fromDateInput(e.currentTarget.value))}
        />,
      )
    case 'datetime':
      return wrap(
        <input
          {...aria}
          type="datetime-local"
          value={toDateTimeInput(value as string | undefined)}
          onInput={(e) => onChange(fromDateTimeInput(e.currentTarget.value))}
        />,
      )
    case 'checkbox':
      return (
        <div class={`field field--span${spec.span ?? 1} field--checkbox`}>
          <label class="check">
            <input
              {...aria}
              type="checkbox"
              checked={Boolean(value)}
              onChange={(e) => onChange(e.currentTarget.checked || undefined)}
            />
            {t(spec.label)}
          </label>
          {below}
        </div>
      )
    case 'select':
      return wrap(
        <select
          {...aria}
          value={(value as string | undefined) ?? ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
        >
          <option value="">{required ? t('admin.choose') : t('admin.none')}</option>
          {spec.options().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>,
      )
    case 'checks': {
      const list = (value as string[] | undefined) ?? []
      return (
        <fieldset
          class={`field checks field--span${spec.span ?? 1}`}
          id={id}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
        >
          <legend class="field__label">{t(spec.label)}</legend>
          {spec.options().map((o) => (
            <label class="check" key={o.value}>
              <input
                type="checkbox"
                checked={list.includes(o.value)}
                onChange={(e) =>
                  onChange(e.currentTarget.checked ? [...list, o.value] : list.filter((v) => v !== o.value))
                }
                onBlur={onBlur}
              />
              {o.label}
            </label>
          ))}
          {below}
        </fieldset>
      )
    }
    default:
      return null
  }
}
