// The answer to a registration: the short code to keep, what happens next, and one button that opens
// the same fair with the person's details already filled in, to add more jobs there in one go.
import type { Fair, Registration, Snapshot } from '../../../content/model.ts'
import { maskPhone } from '../../../content/privacy.ts'
import { esc, type View } from './html.ts'
import { one, many, type FormValues } from './form.ts'

/** The details carried to the next form, so nothing has to be typed twice (the person's own page). */
const CARRIED = [
  'name',
  'phone',
  'gender',
  'ageBand',
  'township',
  'wants',
  'training',
  'd',
  'p',
  'lang',
] as const

export function confirmation(
  view: View,
  snapshot: Snapshot,
  registration: Registration,
  duplicate: boolean,
  values: FormValues,
  moreAt: Fair | undefined,
): string {
  const { t } = view
  const titles = registration.jobIds
    .map((id) => snapshot.jobs.find((j) => j.id === id)?.title)
    .filter((title): title is string => !!title)
  const fair = registration.fairId ? snapshot.fairs.find((f) => f.id === registration.fairId) : undefined
  const what = [...titles, ...(fair ? [fair.title] : [])]
  const head = duplicate
    ? `<h1>${esc(t('phone.done.duplicate'))}</h1><p>${esc(t('phone.done.duplicateText', { phone: view.hotline }))}</p>`
    : `<h1>${esc(t('phone.done.title'))}</h1><p>${esc(t('phone.done.code'))}</p><div class="code">${esc(registration.code)}</div><p>${esc(t('phone.done.codeHint'))}</p>`
  const carried = CARRIED.flatMap((name) =>
    (name === 'wants' ? many(values, name) : [one(values, name)])
      .filter(Boolean)
      .map((value) => `<input type="hidden" name="${name}" value="${esc(value)}">`),
  ).join('')
  const more = moreAt
    ? `<form method="post" action="/m/fair/${esc(moreAt.id)}">${carried}<input type="hidden" name="consent" value="true"><button type="submit">${esc(t('phone.done.more'))}</button></form>`
    : ''
  return `<section class="card ok" role="status">${head}<dl>${what.length ? `<dt>${esc(t('phone.done.what'))}</dt><dd>${what.map(esc).join('<br>')}</dd>` : ''}<dt>${esc(t('phone.done.phone'))}</dt><dd>${esc(maskPhone(registration.phone))}</dd></dl></section>
<section class="card"><h2>${esc(t('phone.done.next'))}</h2><ul><li>${esc(t('phone.done.nextCall'))}</li>${fair || moreAt ? `<li>${esc(t('phone.done.nextFair'))}</li>` : ''}</ul>${more}<a class="button secondary" href="/m/lookup">${esc(t('phone.done.lookup'))}</a><a class="button secondary" href="/m">${esc(t('phone.done.home'))}</a></section>`
}
