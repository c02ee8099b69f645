// The table as the hub read it: one row per spreadsheet row, each bad cell red with its reason in
// it, warnings in amber. "Next problem" walks the bad rows from the keyboard; the import button
// exists only once no row is bad, because the hub imports all rows or none.
import { useRef, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import type { CellIssue, Preview, PreviewRow } from './upload.ts'

/** Drawing 5,000 rows at once would freeze the page; bad rows are always drawn. */
const MAX_ROWS = 300

interface Props {
  preview: Preview
  busy: boolean
  onImport: (() => void) | undefined
}

export function PreviewTable({ preview, busy, onImport }: Props) {
  const { summary } = preview
  const [onlyBad, setOnlyBad] = useState(summary.bad > 0)
  const cursor = useRef(-1)
  const bad = preview.rows.filter((r) => !r.ok)
  const listed = onlyBad ? bad : preview.rows
  const rows = listed.filter((r, i) => i < MAX_ROWS || !r.ok)
  const columns = preview.columns

  const nextBad = () => {
    if (bad.length === 0) return
    cursor.current = (cursor.current + 1) % bad.length
    const target = document.getElementById(`import-row-${bad[cursor.current]!.row}`)
    target?.scrollIntoView({ block: 'center' })
    target?.focus()
  }

  return (
    <div class="panel import-preview">
      <h2 class="import-page__subtitle">{t('admin.import.preview')}</h2>
      <p class="import-preview__summary" aria-live="polite">
        {t('admin.import.summary', { total: summary.total, ok: summary.ok })}{' '}
        {summary.bad > 0 ? (
          <strong class="import-preview__bad">{t('admin.import.badRows', { bad: summary.bad })}</strong>
        ) : (
          <strong class="import-preview__good">{t('admin.import.noBad')}</strong>
        )}
        {summary.employersToCreate > 0 &&
          ` ${t('admin.import.willCreate', { count: summary.employersToCreate })}`}
      </p>
      {preview.ignoredColumns.length > 0 && (
        <p class="muted">{t('admin.import.ignored', { columns: preview.ignoredColumns.join('、') })}</p>
      )}
      {preview.skippedRows.length > 0 && (
        <p class="muted">
          {t('admin.import.skipped', { rows: preview.skippedRows.map((r) => r.row).join('、') })}
        </p>
      )}
      <div class="toolbar import-preview__tools">
        {summary.bad > 0 && (
          <>
            <button type="button" class="btn" onClick={nextBad}>
              {t('admin.import.nextBad')}
            </button>
            <label class="check">
              <input
                type="checkbox"
                checked={onlyBad}
                onChange={(e) => setOnlyBad(e.currentTarget.checked)}
              />
              {t('admin.import.onlyBad')}
            </label>
            <p class="import-preview__fix">{t('admin.import.fixHint')}</p>
          </>
        )}
        <span class="toolbar__spacer" />
        {onImport && summary.bad === 0 && summary.ok > 0 && (
          <button type="button" class="btn btn--primary" disabled={busy} onClick={onImport}>
            {t('admin.import.run', { count: summary.ok })}
          </button>
        )}
      </div>
      <div class="table-wrap import-preview__wrap">
        <table class="table import-table">
          <caption class="visually-hidden">{t('admin.import.preview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.import.row')}</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
              <th scope="col">{t('admin.import.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Row key={r.row} row={r} columns={columns} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < listed.length && (
        <p class="muted">{t('admin.import.more', { shown: rows.length, total: listed.length })}</p>
      )}
    </div>
  )
}

function Row({ row, columns }: { row: PreviewRow; columns: string[] }) {
  const issuesOf = (list: CellIssue[], column: string) => list.filter((i) => i.column === column)
  // Reasons about a column the table lacks (say, a township worked out from the address) still
  // need a place: the last column lists them with every other reason for the row.
  const listedIssues = [
    ...row.errors.map((e) => ({ ...e, bad: true })),
    ...row.warnings.filter((w) => !columns.includes(w.column)).map((w) => ({ ...w, bad: false })),
  ]
  return (
    <tr
      id={`import-row-${row.row}`}
      tabIndex={-1}
      data-row={row.row}
      class={row.ok ? undefined : 'import-row--bad'}
    >
      <th scope="row">
        {t('admin.import.rowN', { row: row.row })}
        {!row.ok && <span class="badge badge--bad import-row__flag">{t('admin.import.bad')}</span>}
      </th>
      {columns.map((column) => {
        const errors = issuesOf(row.errors, column)
        const warnings = issuesOf(row.warnings, column)
        return (
          <td
            key={column}
            data-column={column}
            class={errors.length ? 'import-cell--bad' : warnings.length ? 'import-cell--warn' : undefined}
          >
            <span class="import-cell__value">{row.cells[column] || '—'}</span>
            {errors.map((e, i) => (
              <span class="import-cell__reason" key={`e${i}`}>
                {t('admin.import.error')}
                {e.message}
              </span>
            ))}
            {warnings.map((w, i) => (
              <span class="import-cell__note" key={`w${i}`}>
                {t('admin.import.warning')}
                {w.message}
              </span>
            ))}
          </td>
        )
      })}
      <td class="import-row__issues">
        {listedIssues.length === 0
          ? '—'
          : listedIssues.map((i, n) => (
              <span key={n} class={i.bad ? 'import-cell__reason' : 'import-cell__note'}>
                {i.cell ? `${i.cell} ` : ''}
                {i.column}：{i.message}
              </span>
            ))}
      </td>
    </tr>
  )
}
