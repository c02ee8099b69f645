// The repeating parts of a fair: booths (number, employer, which of its jobs) and sessions (talks,
// live streams, special hours). Each row is a small form of Fields whose paths are "booths.2.number".
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import type { Job } from '../../content/model.ts'
import { api, type Page } from '../api.ts'
import { refs } from '../refs.ts'
import { Field } from './Field.tsx'
import type { FieldSpec } from './kinds.tsx'
import type { Problem } from './validate.ts'
import { setIn, type Value } from './values.ts'

interface RowsProps {
  value: Value[]
  onChange: (next: Value[]) => void
  problem: (path: string) => Problem | undefined
}

const employerOptions = () => refs.value.employers.map((e) => ({ value: e.id, label: e.name }))

export function BoothsEditor({ value, onChange, problem }: RowsProps) {
  const [jobsOf, setJobsOf] = useState<Record<string, Job[]>>({})
  const employers = [
    ...new Set(value.map((b) => b.employerId as string | undefined).filter(Boolean)),
  ] as string[]
  useEffect(() => {
    for (const id of employers) {
      if (jobsOf[id]) continue
      void api<Page<Job>>('GET', `/api/admin/jobs?employerId=${id}&limit=500`)
        .then((page) => setJobsOf((current) => ({ ...current, [id]: page.items })))
        .catch(() => undefined)
    }
  }, [employers.join()])

  const fields = (i: number): FieldSpec[] => [
    { path: `booths.${i}.number`, label: 'admin.f.boothNumber', type: 'text' },
    { path: `booths.${i}.employerId`, label: 'admin.f.employer', type: 'select', options: employerOptions },
    {
      path: `booths.${i}.jobIds`,
      label: 'admin.f.boothJobs',
      type: 'checks',
      options: () =>
        (jobsOf[value[i]?.employerId as string] ?? []).map((j) => ({ value: j.id, label: j.title })),
    },
  ]
  const set = (path: string, next: unknown) => {
    let rows = setIn(value, path.slice('booths.'.length), next)
    // Another employer's booth cannot keep the first one's jobs.
    if (path.endsWith('.employerId')) rows = setIn(rows, path.replace(/employerId$/, 'jobIds'), [])
    onChange(rows)
  }
  return (
    <div class="rows" id="f-booths" tabIndex={-1}>
      {value.length === 0 && <p class="muted">{t('admin.noBooths')}</p>}
      {value.map((booth, i) => (
        <div class="rows__row" key={i} role="group" aria-label={t('admin.boothN', { n: i + 1 })}>
          {fields(i).map((f) => (
            <div class={f.type === 'checks' ? 'rows__jobs' : ''} key={f.path}>
              <Field
                spec={f}
                value={booth[f.path.split('.')[2]!]}
                required={f.type !== 'checks'}
                problem={problem(f.path)}
                onChange={(next) => set(f.path, next)}
                onBlur={() => undefined}
              />
            </div>
          ))}
          <button
            type="button"
            class="btn btn--small btn--danger rows__remove"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('admin.removeBooth', { n: i + 1 })}
          </button>
        </div>
      ))}
      <p>
        <button
          type="button"
          class="btn btn--small"
          onClick={() =>
            onChange([...value, { number: String(value.length + 1), employerId: '', jobIds: [] }])
          }
        >
          {t('admin.addBooth')}
        </button>
      </p>
    </div>
  )
}

export function SessionsEditor({ value, onChange, problem }: RowsProps) {
  const fields = (i: number): FieldSpec[] => [
    { path: `sessions.${i}.title`, label: 'admin.f.sessionTitle', type: 'text' },
    { path: `sessions.${i}.startsAt`, label: 'admin.f.startsAt', type: 'datetime' },
    { path: `sessions.${i}.endsAt`, label: 'admin.f.endsAt', type: 'datetime' },
    { path: `sessions.${i}.place`, label: 'admin.f.place', type: 'text' },
  ]
  return (
    <div class="rows" id="f-sessions" tabIndex={-1}>
      {value.length === 0 && <p class="muted">{t('admin.noSessions')}</p>}
      {value.map((session, i) => (
        <div
          class="rows__row rows__row--session"
          key={i}
          role="group"
          aria-label={t('admin.sessionN', { n: i + 1 })}
        >
          {fields(i).map((f) => (
            <Field
              key={f.path}
              spec={f}
              value={session[f.path.split('.')[2]!]}
              required={!f.path.endsWith('place')}
              problem={problem(f.path)}
              onChange={(next) => onChange(setIn(value, f.path.slice('sessions.'.length), next))}
              onBlur={() => undefined}
            />
          ))}
          <button
            type="button"
            class="btn btn--small btn--danger rows__remove"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('admin.removeSession', { n: i + 1 })}
          </button>
        </div>
      ))}
      <p>
        <button type="button" class="btn btn--small" onClick={() => onChange([...value, { title: '' }])}>
          {t('admin.addSession')}
        </button>
      </p>
    </div>
  )
}
