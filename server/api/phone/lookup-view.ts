// Looking up and withdrawing one's own registration with the phone number and the code. Everything
// goes by POST: a phone number never sits in an address, a history or a server log.
import { REGISTRATION_STATUSES } from '../../../content/catalog.ts'
import type { Registration, Snapshot } from '../../../content/model.ts'
import { formatDate, formatTime } from '../../../client/format.ts'
import { maskPhone } from '../../../content/privacy.ts'
import type { OwnLookup } from '../../services/own-registration.ts'
import { esc, type View } from './html.ts'
import { label } from './i18n.ts'

export interface LookupErrors {
  phone?: boolean
  code?: boolean
  notFound?: boolean
  /** Too many wrong codes for this number this hour. */
  locked?: boolean
}

/** What the form says after a lookup that found nothing (`tried`: the phone and code were well formed). */
export const lookupFailure = (lookup: OwnLookup, tried: boolean): LookupErrors =>
  lookup.locked ? { locked: true } : { notFound: tried }

export function lookupForm(view: View, values: { phone?: string; code?: string }, errors: LookupErrors = {}) {
  const { t } = view
  const err = (id: string, text: string) => `<p class="error" id="${id}-error">${esc(text)}</p>`
  const aria = (on: boolean | undefined, id: string) =>
    on ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''
  return `<form class="card" method="post" action="/m/lookup" accept-charset="utf-8" novalidate><h1>${esc(t('phone.lookup.title'))}</h1><p>${esc(t('phone.lookup.intro'))}</p>
${errors.notFound ? `<p class="error" role="alert">${esc(t('phone.lookup.notFound'))}</p>` : ''}${errors.locked ? `<p class="error" role="alert">${esc(t('phone.lookup.locked', { phone: view.hotline }))}</p>` : ''}<input type="hidden" name="lang" value="${view.lang}">
<label for="phone">${esc(t('phone.form.phone'))}</label><input type="tel" id="phone" name="phone" inputmode="numeric" maxlength="16" autocomplete="tel" required value="${esc(values.phone)}"${aria(errors.phone, 'phone')}>${errors.phone ? err('phone', t('phone.error.phone')) : ''}
<label for="code">${esc(t('phone.lookup.code'))}</label><input type="text" id="code" name="code" inputmode="numeric" maxlength="6" autocomplete="off" required value="${esc(values.code)}"${aria(errors.code, 'code')}>${errors.code ? err('code', t('phone.error.code')) : ''}
${errors.phone || errors.code ? `<div role="alert" class="error">${esc(t('phone.form.errors', { n: Number(!!errors.phone) + Number(!!errors.code) }))}</div>` : ''}<button type="submit">${esc(t('phone.lookup.submit'))}</button></form>`
}

/** The registration found; the withdraw button repeats phone and code in hidden fields (a POST). */
export function lookupResult(view: View, snapshot: Snapshot, r: Registration, phone: string): string {
  const { t, lang } = view
  const what = [
    ...r.jobIds.map((id) => snapshot.jobs.find((j) => j.id === id)?.title ?? id),
    ...(r.fairId ? [snapshot.fairs.find((f) => f.id === r.fairId)?.title ?? r.fairId] : []),
  ]
  const withdraw =
    r.status === 'withdrawn'
      ? ''
      : `<form method="post" action="/m/withdraw"><input type="hidden" name="phone" value="${esc(phone)}"><input type="hidden" name="code" value="${esc(r.code)}"><input type="hidden" name="lang" value="${lang}"><p>${esc(t('phone.lookup.withdrawHint'))}</p><button type="submit" class="danger">${esc(t('phone.lookup.withdraw'))}</button></form>`
  return `<section class="card"><h1>${esc(t('phone.lookup.title'))}</h1><dl><dt>${esc(t('phone.done.code'))}</dt><dd>${esc(r.code)}</dd><dt>${esc(t('phone.done.phone'))}</dt><dd>${esc(maskPhone(r.phone))}</dd><dt>${esc(t('phone.done.what'))}</dt><dd>${what.map(esc).join('<br>')}</dd><dt>${esc(t('phone.lookup.createdAt'))}</dt><dd>${esc(`${formatDate(r.createdAt, lang)} ${formatTime(r.createdAt, lang)}`)}</dd><dt>${esc(t('phone.lookup.status'))}</dt><dd>${esc(label(REGISTRATION_STATUSES[r.status], lang))}</dd></dl>${withdraw}</section>`
}

export function withdrawn(view: View): string {
  const { t } = view
  return `<section class="card ok" role="status"><h1>${esc(t('phone.lookup.withdrawn'))}</h1><p>${esc(t('phone.lookup.withdrawnText'))}</p><a class="button secondary" href="/m">${esc(t('phone.done.home'))}</a></section>`
}
