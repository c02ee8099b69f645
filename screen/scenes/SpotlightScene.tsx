// One employer at a time: who they are, their booth at this fair, and the jobs they are filling.
// Each play shows the next employer, so a day's rotation introduces them all.
import { useMemo, useState } from 'preact/hooks'
import type { Salary } from '../../content/model.ts'
import { formatSalary } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { spotlights } from '../content.ts'
import type { SceneProps } from './types.ts'
import './SpotlightScene.css'

const JOBS = { landscape: 4, portrait: 6 }
let cursor = 0

const plainSalary = ({ note: _note, ...salary }: Salary) => salary

export function SpotlightScene({ snapshot, fair, now, layout }: SceneProps) {
  const all = useMemo(() => spotlights(snapshot, fair, now), [snapshot, fair, now])
  // Chosen once per play; edits during the play update the same employer.
  const [employerId] = useState(() => all[cursor++ % Math.max(1, all.length)]?.employer.id)
  const spot = all.find((s) => s.employer.id === employerId) ?? all[0]
  if (!spot) return null
  const { employer, jobs, booth } = spot
  const shown = jobs.slice(0, JOBS[layout])
  const l = lang.value
  const about = [employer.industry, employer.township].filter(Boolean).join(' · ')
  return (
    <section class="scene spotlight" aria-labelledby="spotlight-title">
      <div class="spotlight__head">
        <div class="spotlight__who">
          <p class="chip">{t('screen.spotlight.kicker')}</p>
          <h2 id="spotlight-title" class="spotlight__name">
            {employer.name}
          </h2>
          {about && <p class="spotlight__about">{about}</p>}
        </div>
        {booth && (
          <p class="spotlight__booth">
            <span>{t('screen.spotlight.booth')}</span>
            <strong>{booth}</strong>
          </p>
        )}
      </div>
      {employer.description && <p class="spotlight__description">{employer.description}</p>}
      <div class="card spotlight__jobs">
        <h3 class="spotlight__jobs-title">{t('screen.spotlight.jobs')}</h3>
        <ul class="spotlight__list">
          {shown.map((job) => (
            <li key={job.id} class="spotlight__job" data-job-id={job.id}>
              <span class="spotlight__job-title">{job.title}</span>
              <span class="spotlight__job-salary">{formatSalary(plainSalary(job.salary), l)}</span>
              <span class="spotlight__job-count">{t('screen.jobs.people', { count: job.headcount })}</span>
            </li>
          ))}
        </ul>
        {jobs.length > shown.length && (
          <p class="spotlight__more">{t('screen.spotlight.more', { count: jobs.length - shown.length })}</p>
        )}
      </div>
    </section>
  )
}
