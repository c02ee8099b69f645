// /m: what the general QR code (and anyone typing the phone address) opens. Fairs first, since
// that is where people are called to, then the open jobs, then the way to one's own registration.
import type { Snapshot } from '../../../content/model.ts'
import { formatDate, formatSalary, formatTime } from '../../../client/format.ts'
import { esc, type View } from './html.ts'

/** Links keep the scan's source, so a registration made after browsing is still attributed. */
export function home(view: View, snapshot: Snapshot, now: number, query: string): string {
  const { t, lang } = view
  const fairs = snapshot.fairs
    .filter((f) => Date.parse(f.endsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const employers = new Map(snapshot.employers.map((e) => [e.id, e.name]))
  const jobs = [...snapshot.jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const none = `<p>${esc(t('phone.home.none'))}</p>`
  const steps = ['phone.home.step1', 'phone.home.step2', 'phone.home.step3'] as const
  return `<section class="card"><h1>${esc(t('phone.home.title'))}</h1><p>${esc(t('phone.home.intro'))}</p><h2>${esc(t('phone.home.steps'))}</h2><ol>${steps.map((key) => `<li>${esc(t(key))}</li>`).join('')}</ol></section>
<section class="card list"><h2>${esc(t('phone.home.fairs'))}</h2>${
    fairs.length
      ? fairs
          .map(
            (f) =>
              `<a href="/m/fair/${esc(f.id)}${esc(query)}"><strong>${esc(f.title)}</strong><span>${esc(`${formatDate(f.startsAt, lang)} ${formatTime(f.startsAt, lang)}–${formatTime(f.endsAt, lang)}`)}</span></a>`,
          )
          .join('')
      : none
  }</section>
<section class="card list"><h2>${esc(t('phone.home.jobs'))}</h2>${
    jobs.length
      ? jobs
          .map(
            (j) =>
              `<a href="/m/job/${esc(j.id)}${esc(query)}"><strong>${esc(j.title)}</strong><span>${esc(formatSalary(j.salary, lang))} · ${esc(employers.get(j.employerId))} · ${esc(j.township)}</span></a>`,
          )
          .join('')
      : none
  }</section>
<a class="button secondary" href="/m/lookup">${esc(t('phone.home.lookup'))}</a>`
}
