// The 岗位信息表 on A4, as bureaus pin it up in service halls: one line per job with what people ask
// first (pay, place, who may apply, whom to call) and a small QR code per job that opens it on the
// phone, plus one code for the whole list. Long tables run onto more pages with the header repeated.
import { useEffect, useState } from 'preact/hooks'
import { lang, t } from '../../client/i18n/index.ts'
import { formatDate, formatSalary, formatTime } from '../../client/format.ts'
import { EDUCATION } from '../../content/catalog.ts'
import type { Settings } from '../../content/model.ts'
import { labelOf } from '../refs.ts'
import { sayError } from '../notice.ts'
import { fairJobs, loadFair, loadSettings, loadTownshipJobs, qrUrl, type PrintJob } from './data.ts'

type Source = { fairId: string } | { township: string }

export function JobSheet({ source, poster }: { source: Source; poster: string }) {
  const [title, setTitle] = useState('')
  const [jobs, setJobs] = useState<PrintJob[]>()
  const [settings, setSettings] = useState<Settings>()
  const [at] = useState(() => new Date())
  const key = 'fairId' in source ? source.fairId : source.township
  useEffect(() => {
    loadSettings()
      .then((c) => setSettings(c.settings))
      .catch(sayError)
    if ('fairId' in source) {
      loadFair(source.fairId)
        .then((fair) => {
          setTitle(t('admin.print.fairTableTitle', { name: fair.title }))
          setJobs(fairJobs(fair))
        })
        .catch(sayError)
    } else {
      setTitle(t('admin.print.tableTitle', { name: source.township }))
      loadTownshipJobs(source.township).then(setJobs).catch(sayError)
    }
  }, [key])
  if (!jobs) return null

  const l = lang.value
  const pageQr =
    'fairId' in source ? qrUrl('fair', source.fairId, poster) : qrUrl('register', 'register', poster)
  return (
    <article class="print-sheet job-sheet" aria-label={title}>
      <header class="job-sheet__head">
        <div>
          <p class="job-sheet__bureau">{settings?.bureauName}</p>
          <h1 class="job-sheet__title">{title}</h1>
          <p class="job-sheet__meta">
            {t('admin.print.updated', { time: `${formatDate(at, l)} ${formatTime(at, l)}` })}
            {settings && ` · ${t('common.hotline', { phone: settings.hotline })}`}
          </p>
        </div>
        <figure class="job-sheet__qr">
          <img src={pageQr} alt={t('admin.print.scanPage')} />
          <figcaption>{t('admin.print.scanPage')}</figcaption>
        </figure>
      </header>
      <table class="job-sheet__table">
        {/* Widths in mm that add up to the 186 mm between A4's margins. */}
        <colgroup>
          {[7, 29, 26, 9, 27, 25, 17, 23, 23].map((mm, i) => (
            <col key={i} style={{ width: `${mm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('admin.print.col.no')}</th>
            <th scope="col">{t('admin.print.col.employer')}</th>
            <th scope="col">{t('admin.print.col.job')}</th>
            <th scope="col">{t('admin.print.col.headcount')}</th>
            <th scope="col">{t('admin.print.col.salary')}</th>
            <th scope="col">{t('admin.print.col.place')}</th>
            <th scope="col">{t('admin.print.col.needs')}</th>
            <th scope="col">{t('admin.print.col.phone')}</th>
            <th scope="col">{t('admin.print.col.qr')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.length === 0 && (
            <tr>
              <td colSpan={9}>{t('admin.print.noJobs')}</td>
            </tr>
          )}
          {jobs.map((job, i) => (
            <tr key={job.id} data-job={job.id}>
              <td>{i + 1}</td>
              <td>{job.employerName}</td>
              <th scope="row">{job.title}</th>
              <td>{job.headcount}</td>
              <td>{formatSalary(job.salary, l)}</td>
              <td>{job.address ?? job.township}</td>
              <td>{needs(job)}</td>
              <td class="job-sheet__phone">{job.contactPhone ?? settings?.hotline}</td>
              <td>
                <img class="job-sheet__job-qr" src={qrUrl('job', job.id, poster)} alt={job.title} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}

/** "18-50岁 · 初中": age and schooling, the two things that rule people in or out. */
function needs(job: PrintJob): string {
  const zh = lang.value === 'zh-CN'
  const age =
    job.ageMin !== undefined && job.ageMax !== undefined
      ? `${job.ageMin}-${job.ageMax}${zh ? '岁' : ''}`
      : job.ageMax !== undefined
        ? zh
          ? `${job.ageMax}岁以下`
          : `up to ${job.ageMax}`
        : job.ageMin !== undefined
          ? zh
            ? `${job.ageMin}岁以上`
            : `${job.ageMin}+`
          : ''
  const school = job.education && job.education !== 'any' ? labelOf(EDUCATION, job.education) : ''
  return [age, school].filter(Boolean).join(' · ') || '—'
}
