// Import of the 岗位信息表: staff choose or drop the spreadsheet they already keep, see every row as
// the hub read it with each bad cell marked and its reason, and import only once nothing is bad.
// The hub does all the reading and checking (the same code as the import itself), so the preview
// can never promise what the import then refuses.
import { useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { allowed } from '../session.ts'
import { href } from '../router.ts'
import { loadRefs } from '../refs.ts'
import { FilePicker } from './FilePicker.tsx'
import { PreviewTable } from './PreviewTable.tsx'
import { ImportError, uploadTable, type ImportResult, type Preview } from './upload.ts'
import './ImportPage.css'

const ROUTE = '/api/admin/import/jobs'

type Step =
  | { name: 'choose' }
  | { name: 'uploading'; phase: 'preview' | 'import'; done: number; preview?: Preview }
  | { name: 'preview'; preview: Preview }
  | { name: 'failed'; message: string; fields: { path: string; message: string }[] }
  | { name: 'imported'; result: ImportResult; matched: number }

export function ImportPage() {
  const [file, setFile] = useState<File>()
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const canWrite = allowed('content:write')

  const fail = (error: unknown) => {
    if (error instanceof ImportError && error.preview)
      return setStep({ name: 'preview', preview: error.preview })
    const e = error as ImportError
    if (e.status === 401) return setStep({ name: 'choose' })
    setStep({
      name: 'failed',
      message: e.status === 0 ? t('admin.offline') : e.message,
      fields: e.fields ?? [],
    })
  }

  const preview = async (chosen: File) => {
    setFile(chosen)
    setStep({ name: 'uploading', phase: 'preview', done: 0 })
    try {
      const result = await uploadTable<Preview>(`${ROUTE}?dryRun=true`, chosen, (done) =>
        setStep({ name: 'uploading', phase: 'preview', done }),
      )
      setStep({ name: 'preview', preview: result })
    } catch (error) {
      fail(error)
    }
  }

  const run = async (checked: Preview) => {
    if (!file) return
    setStep({ name: 'uploading', phase: 'import', done: 0, preview: checked })
    try {
      const result = await uploadTable<ImportResult>(ROUTE, file, (done) =>
        setStep({ name: 'uploading', phase: 'import', done, preview: checked }),
      )
      // Employers the rows named that were already known, counted once each.
      const matched = new Set(checked.rows.filter((r) => r.employer.existing).map((r) => r.employer.name))
        .size
      setStep({ name: 'imported', result, matched })
      void loadRefs(true)
    } catch (error) {
      fail(error)
    }
  }

  const shown = step.name === 'preview' ? step.preview : step.name === 'uploading' ? step.preview : undefined

  return (
    <section aria-labelledby="import-title" class="import-page">
      <div class="page-head">
        <h1 class="page-title" id="import-title">
          {t('admin.nav.import')}
        </h1>
        <a class="btn" href={`${ROUTE}/template.csv`} download>
          {t('admin.import.template')}
        </a>
      </div>
      <p class="muted import-page__intro">{t('admin.import.intro')}</p>
      {canWrite ? (
        <FilePicker file={file} busy={step.name === 'uploading'} onFile={(f) => void preview(f)} />
      ) : (
        <p class="panel muted">{t('admin.err.forbidden')}</p>
      )}

      {step.name === 'uploading' && (
        <div class="panel import-progress">
          <label for="import-progress">
            {t(step.phase === 'preview' ? 'admin.import.checking' : 'admin.import.importing', {
              file: file?.name ?? '',
            })}
          </label>
          <progress id="import-progress" max={100} value={Math.round(step.done * 100)}>
            {Math.round(step.done * 100)}%
          </progress>
          <span class="import-progress__figure" aria-hidden="true">
            {step.done < 1 ? `${Math.round(step.done * 100)}%` : t('admin.import.reading')}
          </span>
        </div>
      )}

      {step.name === 'failed' && (
        <div class="panel import-failed" role="alert">
          <h2 class="import-page__subtitle">{t('admin.import.failed')}</h2>
          <p>{step.message}</p>
          {step.fields.length > 0 && (
            <ul>
              {step.fields.map((f) => (
                <li key={f.path}>
                  {f.path}：{f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {step.name === 'imported' && (
        <div class="panel import-done" role="status">
          <h2 class="import-page__subtitle">{t('admin.import.done', { created: step.result.created })}</h2>
          <p>
            {t('admin.import.doneEmployers', {
              matched: step.matched,
              created: step.result.employersCreated,
            })}
          </p>
          {step.result.employers.length > 0 && (
            <p class="muted">
              {t('admin.import.newEmployers')}
              {step.result.employers.map((e) => e.name).join('、')}
            </p>
          )}
          <div class="row-actions">
            <a class="btn btn--primary" href={href('jobs')}>
              {t('admin.import.seeJobs')}
            </a>
            <button
              type="button"
              class="btn"
              onClick={() => (setFile(undefined), setStep({ name: 'choose' }))}
            >
              {t('admin.import.another')}
            </button>
          </div>
        </div>
      )}

      {shown && (
        <PreviewTable
          preview={shown}
          busy={step.name === 'uploading'}
          onImport={step.name === 'preview' && canWrite ? () => void run(shown) : undefined}
        />
      )}
    </section>
  )
}
