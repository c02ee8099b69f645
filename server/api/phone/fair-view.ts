// A fair on a phone: when, where and how to get there, and its employers with their jobs as boxes
// to tick, so one registration can cover several jobs at the fair.
import type { Fair, Job, Snapshot } from '../../../content/model.ts'
import { formatDate, formatSalary, formatTime } from '../../../client/format.ts'
import { esc, type View } from './html.ts'

/** The fair's open jobs, booth by booth, with their employer's name. */
export function fairJobs(snapshot: Snapshot, fair: Fair) {
  const jobs = new Map(snapshot.jobs.map((j) => [j.id, j]))
  const employers = new Map(snapshot.employers.map((e) => [e.id, e]))
  return fair.booths
    .map((b) => ({
      booth: b.number,
      employer: employers.get(b.employerId)?.name ?? '',
      jobs: b.jobIds.map((id) => jobs.get(id)).filter((j): j is Job => !!j),
    }))
    .filter((b) => b.jobs.length > 0)
}

export function fairDetails(view: View, snapshot: Snapshot, fair: Fair): string {
  const { t, lang } = view
  const venue = fair.venueId ? snapshot.venues.find((v) => v.id === fair.venueId) : undefined
  const when = `${formatDate(fair.startsAt, lang, { weekday: true })} ${formatTime(fair.startsAt, lang)}–${formatTime(fair.endsAt, lang)}`
  const where = [venue?.name, venue?.address ?? fair.address].filter(Boolean).map(esc).join('<br>')
  const directions = venue?.directions
  const sessions = fair.sessions.length
    ? `<dt>${esc(t('phone.fair.sessions'))}</dt><dd><ul class="plain">${fair.sessions
        .map(
          (s) =>
            `<li>${esc(formatTime(s.startsAt, lang))}–${esc(formatTime(s.endsAt, lang))} ${esc(s.title)}${s.place ? ` · ${esc(s.place)}` : ''}</li>`,
        )
        .join('')}</ul></dd>`
    : ''
  return `<section class="card"><h1>${esc(fair.title)}</h1><dl><dt>${esc(t('phone.fair.when'))}</dt><dd>${esc(when)}</dd><dt>${esc(t('phone.fair.venue'))}</dt><dd>${where}</dd>${directions ? `<dt>${esc(t('phone.fair.directions'))}</dt><dd>${esc(directions)}</dd>` : ''}${sessions}</dl>${fair.description ? `<p>${esc(fair.description)}</p>` : ''}</section>`
}

/** The boxes to tick, grouped by booth; `chosen` keeps what was ticked when the form comes back. */
export function jobPicker(view: View, snapshot: Snapshot, fair: Fair, chosen: ReadonlySet<string>): string {
  const booths = fairJobs(snapshot, fair)
  if (booths.length === 0) return ''
  const { t, lang } = view
  return `<fieldset><legend class="legend">${esc(t('phone.fair.pick'))}</legend>${booths
    .map(
      (b) =>
        `<p class="booth">${esc(t('phone.fair.booth', { n: b.booth }))} · ${esc(b.employer)}</p>${b.jobs
          .map(
            (j) =>
              `<label class="choice"><input type="checkbox" name="jobIds" value="${esc(j.id)}"${chosen.has(j.id) ? ' checked' : ''}><span>${esc(j.title)} · ${esc(formatSalary(j.salary, lang))}</span></label>`,
          )
          .join('')}`,
    )
    .join('')}</fieldset>`
}

/** The fair, running or coming, that shows this job (the soonest), with the job's booth. */
export function fairFor(
  snapshot: Snapshot,
  jobId: string,
  now: number,
): { fair: Fair; booth: string } | undefined {
  let best: { fair: Fair; booth: string } | undefined
  for (const fair of snapshot.fairs) {
    if (Date.parse(fair.endsAt) <= now) continue
    const booth = fair.booths.find((b) => b.jobIds.includes(jobId))
    if (booth && (!best || fair.startsAt < best.fair.startsAt)) best = { fair, booth: booth.number }
  }
  return best
}
