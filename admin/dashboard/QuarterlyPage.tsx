// The quarterly statistics table the province asks for, per township with the county's total, for a
// chosen quarter; exported as CSV or Excel by the hub, and with each figure's definition underneath
// so staff can say what was counted.
import { useEffect, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import type { Figure, QuarterRow, QuarterTable } from '../../server/services/quarterly.ts'
import { api, query } from '../api.ts'
import { sayError } from '../notice.ts'
import { replaceQuery, type Route } from '../router.ts'
import { scope } from '../session.ts'
import { today } from '../dates.ts'
import { useLatest } from '../ui/useLatest.ts'

const FIGURES: Figure[] = [
  'fairs',
  'employers',
  'postings',
  'headcount',
  'reached',
  'registrations',
  'intentions',
  'hires',
]

/** This quarter and the seven before it, newest first: two years of reports. */
function recentQuarters(day = today()): string[] {
  let year = Number(day.slice(0, 4))
  let q = Math.ceil(Number(day.slice(5, 7)) / 3)
  const quarters: string[] = []
  for (let i = 0; i < 8; i++) {
    quarters.push(`${year}-Q${q}`)
    if (--q === 0) [q, year] = [4, year - 1]
  }
  return quarters
}

export function QuarterlyPage({ route }: { route: Route }) {
  const quarters = recentQuarters()
  const asked = route.query.get('quarter') ?? ''
  const quarter = /^\d{4}-Q[1-4]$/.test(asked) ? asked : quarters[0]!
  const [table, setTable] = useState<(QuarterTable & { title: string }) | null>(null)
  const latest = useLatest()
  useEffect(() => {
    setTable(null)
    latest(api<QuarterTable & { title: string }>('GET', `/api/admin/stats/quarterly${query({ quarter })}`))
      .then(setTable)
      .catch(sayError)
  }, [quarter])
  const options = quarters.includes(quarter) ? quarters : [quarter, ...quarters]
  const name = (q: string) => t('admin.quarter.option', { year: q.slice(0, 4), q: q.slice(6) })
  const townships = scope.value
  const line = (r: QuarterRow, label: string, total = false) => (
    <tr key={label} class={total ? 'quarter__total' : undefined}>
      <th scope="row">{label}</th>
      {FIGURES.map((f) => (
        <td class="num" key={f}>
          {r[f]}
        </td>
      ))}
    </tr>
  )

  return (
    <section aria-labelledby="quarter-title">
      <div class="page-head">
        <h1 class="page-title" id="quarter-title">
          {t('admin.quarter.title')}
        </h1>
        <div class="row-actions">
          <a class="btn" href={`/api/admin/stats/quarterly.csv${query({ quarter })}`} download>
            {t('admin.quarter.csv')}
          </a>
          <a class="btn btn--primary" href={`/api/admin/stats/quarterly.xlsx${query({ quarter })}`} download>
            {t('admin.quarter.xlsx')}
          </a>
        </div>
      </div>
      <div class="toolbar">
        <label class="field">
          <span class="field__label">{t('admin.quarter.pick')}</span>
          <select
            id="quarter-pick"
            value={quarter}
            onChange={(e) => replaceQuery('quarterly', { quarter: e.currentTarget.value })}
          >
            {options.map((q) => (
              <option key={q} value={q}>
                {name(q)}
              </option>
            ))}
          </select>
        </label>
        {table && (
          <p class="muted quarter__period">{t('admin.quarter.period', { from: table.from, to: table.to })}</p>
        )}
        {townships && (
          <p class="muted quarter__period">
            {t('admin.quarter.scoped', { townships: townships.join('、') })}
          </p>
        )}
      </div>
      {!table ? (
        <p class="panel muted">{t('admin.loading')}</p>
      ) : (
        <>
          <div class="table-wrap panel quarter">
            <table class="table">
              <caption class="quarter__caption">{table.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.quarter.township')}</th>
                  {FIGURES.map((f) => (
                    <th scope="col" class="num" key={f}>
                      {t(`admin.quarter.col.${f}` as MessageKey)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{table.rows.map((r) => line(r, r.township || t('admin.quarter.unassigned')))}</tbody>
              <tfoot>{line(table.total, t('admin.quarter.total'), true)}</tfoot>
            </table>
          </div>
          <section class="panel quarter__defs" aria-labelledby="quarter-defs">
            <h2 class="dash-heading" id="quarter-defs">
              {t('admin.quarter.defsTitle')}
            </h2>
            <dl>
              {FIGURES.map((f) => (
                <div key={f}>
                  <dt>{t(`admin.quarter.col.${f}` as MessageKey)}</dt>
                  <dd>{t(`admin.quarter.def.${f}` as MessageKey)}</dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
    </section>
  )
}
