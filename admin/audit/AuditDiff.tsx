// One entry's changes as a small table: field, before, after. A creation or deletion lists many
// fields, so it starts folded; an update usually changes a few and shows them at once.
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { changes } from './diff.ts'

/** Field paths that have a label in the catalogue already; the rest show as their path. */
const LABELS: Record<string, MessageKey> = {
  title: 'admin.f.title',
  name: 'admin.f.name',
  status: 'admin.f.status',
  headcount: 'admin.f.headcount',
  township: 'admin.f.township',
  category: 'admin.f.category',
  'salary.min': 'admin.f.salaryMin',
  'salary.max': 'admin.f.salaryMax',
  'salary.unit': 'admin.f.salaryUnit',
  validUntil: 'admin.f.validUntil',
  startsAt: 'admin.f.startsAt',
  endsAt: 'admin.f.endsAt',
  role: 'admin.users.role',
  townships: 'admin.users.townships',
  displayName: 'admin.users.displayName',
  username: 'admin.username',
  disabled: 'admin.users.disabled',
  phone: 'admin.regPhone',
  note: 'admin.addNote',
  registrationRetentionDays: 'admin.privacy.retentionDays',
}

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text)
/** A value, or a dash where the field was not set at all (so an empty cell is never ambiguous). */
const cell = (className: string, value: string | undefined) =>
  value === undefined || value === '' ? (
    <td class="muted">—</td>
  ) : (
    <td class={className} title={value}>
      {clip(value)}
    </td>
  )

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const list = changes(before, after)
  if (list.length === 0) return null
  const table = (
    <table class="audit-diff">
      <thead>
        <tr>
          <th scope="col">{t('admin.audit.field')}</th>
          <th scope="col">{t('admin.audit.before')}</th>
          <th scope="col">{t('admin.audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((c) => (
          <tr key={c.path}>
            <th scope="row">{LABELS[c.path] ? t(LABELS[c.path]!) : c.path}</th>
            {cell('audit-diff__before', c.before)}
            {cell('audit-diff__after', c.after)}
          </tr>
        ))}
      </tbody>
    </table>
  )
  if (before !== undefined && after !== undefined && list.length <= 6) return table
  return (
    <details class="audit-details">
      <summary>{t('admin.audit.fields', { n: list.length })}</summary>
      {table}
    </details>
  )
}
