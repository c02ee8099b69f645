// A job in full, as a visitor reads it on a phone: pay first, then where, who, what and whom to call.
import { BENEFITS, EDUCATION, TAGS } from '../../../content/catalog.ts'
import type { Employer, Fair, Job } from '../../../content/model.ts'
import { formatDate, formatSalary } from '../../../client/format.ts'
import { label } from './i18n.ts'
import { esc, type View } from './html.ts'

const row = (term: string, value: string) => (value ? `<dt>${esc(term)}</dt><dd>${value}</dd>` : '')
const tel = (number: string | undefined) =>
  number ? `<a href="tel:${esc(number.replace(/[^0-9+]/g, ''))}">${esc(number)}</a>` : ''

/** Where the job is shown at a fair, for the line "at fair X, booth N". */
export interface FairBooth {
  fair: Fair
  booth: string
}

export function jobDetails(view: View, job: Job, employer: Employer | undefined, at?: FairBooth): string {
  const { t, lang } = view
  const age =
    job.ageMin || job.ageMax
      ? t('phone.job.ageValue', { min: job.ageMin ?? 16, max: job.ageMax ?? 65 })
      : t('phone.job.ageAny')
  const tags = job.tags.length
    ? `<p class="tags">${job.tags.map((tag) => `<span>${esc(label(TAGS[tag], lang))}</span>`).join('')}</p>`
    : ''
  const fairLine = at
    ? `<p><a href="/m/fair/${esc(at.fair.id)}">${esc(t('phone.job.atFair', { fair: at.fair.title, booth: at.booth }))}</a></p>`
    : ''
  return `<section class="card"><h1>${esc(job.title)}</h1><div class="salary">${esc(formatSalary(job.salary, lang))}</div>${tags}${fairLine}<dl>
${row(t('phone.job.employer'), esc(employer?.name))}
${row(t('phone.job.address'), esc([job.township, job.address].filter(Boolean).join(' ')))}
${row(t('phone.job.headcount'), esc(t('phone.job.headcountValue', { n: job.headcount })))}
${row(t('phone.job.age'), esc(age))}
${job.education ? row(t('phone.job.education'), esc(label(EDUCATION[job.education], lang))) : ''}
${row(t('phone.job.hours'), esc(job.hours))}
${job.benefits.length ? row(t('phone.job.benefits'), esc(job.benefits.map((b) => label(BENEFITS[b], lang)).join(lang === 'en' ? ', ' : '、'))) : ''}
${row(t('phone.job.duties'), esc(job.duties))}
${row(t('phone.job.requirements'), esc(job.requirements))}
${row(t('phone.job.contact'), tel(job.contactPhone ?? employer?.contactOffice ?? view.hotline))}
${job.validUntil ? row(t('phone.job.validUntil'), esc(formatDate(job.validUntil, lang))) : ''}
</dl>${employer?.description ? `<h2>${esc(t('phone.job.aboutEmployer'))}</h2><p>${esc(employer.description)}</p>` : ''}</section>`
}
