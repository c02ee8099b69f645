// One job, with everything needed to decide, a QR code to take it away on a phone, and 我要报名.
// The job is remembered while it is shown: if staff withdraw it (or it fills or expires) meanwhile,
// the page stays and says so, rather than vanishing from under the reader.
import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { BENEFITS, EDUCATION, TAGS } from '../../content/catalog.ts'
import type { Job } from '../../content/model.ts'
import { formatDate, formatSalary } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { employersById, here, haversineKm, label, openJobs, snapshot } from '../state/jobs.ts'
import { back, go, link } from '../state/store.ts'
import { formatKm } from '../jobs/JobCard.tsx'
import { QrCode } from '../shared/QrCode.tsx'
import './detail.css'

function Fact({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  )
}

export function JobDetail({ id }: { id: string }) {
  const open = openJobs.value.find((s) => s.job.id === id)?.job
  const seen = useRef<Job | undefined>(open)
  if (open) seen.current = open
  const job = seen.current
  const deviceId = link.value?.device.value?.id
  useEffect(() => link.value?.track('view', 'job', id), [id])

  if (!job) return <p class="empty">{snapshot.value ? t('kiosk.jobGone') : t('kiosk.loading')}</p>
  const withdrawn = !open
  const employer = employersById.value.get(job.employerId)
  const origin = here.value?.location
  const km = origin && job.location ? haversineKm(origin, job.location) : undefined
  const age =
    job.ageMin && job.ageMax
      ? t('kiosk.ageRange', { min: job.ageMin, max: job.ageMax })
      : job.ageMax
        ? t('kiosk.ageMax', { max: job.ageMax })
        : t('kiosk.ageAny')
  const phone = job.contactPhone ?? employer?.contactOffice

  return (
    <article class="detail">
      {withdrawn && (
        <p class="detail__withdrawn" role="alert">
          {t('kiosk.withdrawn')}
        </p>
      )}
      {/* Focusable, so the few long jobs that scroll can be scrolled from a keyboard too. */}
      <div class="detail__body" data-read tabIndex={0}>
        <header class="detail__head">
          <h1 class="detail__title">{job.title}</h1>
          <p class="detail__pay">{formatSalary({ ...job.salary, note: undefined }, lang.value)}</p>
          {job.salary.note && <p class="detail__pay-note">{job.salary.note}</p>}
          <p class="detail__employer">{employer?.name}</p>
          {job.tags.length > 0 && (
            <p class="detail__tags">
              {job.tags.map((tag) => (
                <span key={tag} class={`badge badge--${tag}`}>
                  {label(TAGS[tag])}
                </span>
              ))}
            </p>
          )}
        </header>
        <dl class="facts">
          <Fact name={t('kiosk.factWhere')}>
            {job.township}
            {job.address && ` · ${job.address}`}
            {km !== undefined && ` (${t('kiosk.fromHere', { distance: formatKm(km) })})`}
          </Fact>
          <Fact name={t('kiosk.factHeadcount')}>{t('kiosk.headcount', { count: job.headcount })}</Fact>
          <Fact name={t('kiosk.factAge')}>{age}</Fact>
          {job.education && <Fact name={t('kiosk.factEducation')}>{label(EDUCATION[job.education])}</Fact>}
          {job.hours && <Fact name={t('kiosk.factHours')}>{job.hours}</Fact>}
          {job.benefits.length > 0 && (
            <Fact name={t('kiosk.factBenefits')}>
              {job.benefits.map((b) => label(BENEFITS[b])).join('、')}
            </Fact>
          )}
          {job.duties && <Fact name={t('kiosk.factDuties')}>{job.duties}</Fact>}
          {job.requirements && <Fact name={t('kiosk.factRequirements')}>{job.requirements}</Fact>}
          {phone && <Fact name={t('kiosk.factContact')}>{phone}</Fact>}
          {job.validUntil && (
            <Fact name={t('kiosk.factUntil')}>{formatDate(job.validUntil, lang.value)}</Fact>
          )}
        </dl>
      </div>
      <footer class="detail__actions">
        {deviceId && !withdrawn && (
          <QrCode kind="job" id={job.id} deviceId={deviceId} caption={t('kiosk.takeAway')} />
        )}
        {withdrawn ? (
          <button type="button" class="btn btn--secondary btn--big" onClick={back}>
            {t('kiosk.otherJobs')}
          </button>
        ) : (
          <button
            type="button"
            class="btn btn--primary btn--big"
            onClick={() => go({ name: 'register', target: { jobId: job.id } })}
          >
            {t('kiosk.apply')}
          </button>
        )}
      </footer>
    </article>
  )
}
