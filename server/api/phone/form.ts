// The registration form: what it shows (with what was typed kept and each error beside its field)
// and how a posted form becomes a RegistrationInput. The hub validates every field whatever the page
// sent; this file only turns form strings into the input and the hub's field errors into plain words.
import { AGE_BANDS, CATEGORIES } from '../../../content/catalog.ts'
import type { FieldError, RegistrationInput } from '../../../content/model.ts'
import { label, type PhoneKey } from './i18n.ts'
import { esc, type View } from './html.ts'

export type FormValues = Record<string, string | string[] | undefined>

/** Each field's plain message, in the order the form shows the fields. */
const FIELD_KEYS = {
  fairId: 'phone.error.target',
  jobIds: 'phone.error.jobIds',
  name: 'phone.error.name',
  phone: 'phone.error.phone',
  gender: 'phone.error.gender',
  ageBand: 'phone.error.ageBand',
  township: 'phone.error.township',
  wants: 'phone.error.wants',
  note: 'phone.error.note',
  consent: 'phone.error.consent',
} as const satisfies Record<string, PhoneKey>
type Field = keyof typeof FIELD_KEYS

/** The first value of a form field, trimmed; '' when absent. */
export function one(values: FormValues, key: string): string {
  const v = values[key]
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim()
}
export const many = (values: FormValues, key: string): string[] =>
  [values[key] ?? []].flat().filter((v) => v !== '')

/** A mobile number as people type it: spaces, dashes, a +86 in front. */
export function normalizePhone(typed: string): string {
  const digits = typed.replace(/[\s\-()]/g, '')
  return digits.replace(/^(\+?86)(?=1\d{10}$)/, '')
}

/** Turns the posted form into the registration input the service checks; `fields` are local checks. */
export function toInput(
  values: FormValues,
  townships: readonly string[],
): { input: Record<string, unknown>; fields: FieldError[] } {
  const opt = (key: string) => (one(values, key) ? { [key]: one(values, key) } : {})
  const list = (key: string) => (many(values, key).length ? { [key]: many(values, key) } : {})
  const fields: FieldError[] = []
  const township = one(values, 'township')
  // The township list is the bureau's own; a name outside it would not match the ledger's filters.
  if (township && townships.length > 0 && !townships.includes(township)) {
    fields.push({ path: 'township', message: 'must be one of the townships' })
  }
  const input = {
    clientId: one(values, 'clientId'),
    phone: normalizePhone(one(values, 'phone')),
    ...(['true', 'on'].includes(one(values, 'consent')) ? { consent: true } : {}),
    ...list('jobIds'),
    ...opt('fairId'),
    ...opt('name'),
    ...opt('gender'),
    ...opt('ageBand'),
    ...opt('township'),
    ...list('wants'),
    ...(one(values, 'training') === 'true' ? { training: true } : {}),
    ...opt('note'),
    source: {
      channel: one(values, 'p') && !one(values, 'd') ? 'poster' : 'phone',
      ...(one(values, 'd') ? { device: one(values, 'd') } : {}),
      ...(one(values, 'p') ? { poster: one(values, 'p') } : {}),
    },
  } satisfies Partial<Record<keyof RegistrationInput, unknown>>
  return { input, fields }
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length)

/** The hub's field errors as one plain message per form field ('form' for what has no field). */
export function messages(view: View, fields: FieldError[]): Map<Field | 'form', string> {
  const out = new Map<Field | 'form', string>()
  // In the order the form asks, so the summary reads top to bottom like the page.
  const order = [...Object.keys(FIELD_KEYS), 'form']
  const sorted = [...fields].sort(
    (a, b) => rank(order, a.path.split('.')[0]!) - rank(order, b.path.split('.')[0]!),
  )
  for (const f of sorted) {
    const top = f.path.split('.')[0]!
    // A job or fair that no longer exists is named by index (jobIds.0): that is not the visitor's typing.
    const field: Field | 'form' =
      top === 'jobIds' && f.path !== 'jobIds' ? 'fairId' : top in FIELD_KEYS ? (top as Field) : 'form'
    if (out.has(field)) continue
    out.set(field, field === 'form' ? view.t('phone.error.other') : view.t(FIELD_KEYS[field]))
  }
  return out
}

export interface FormOptions {
  title: string
  values: FormValues
  errors: FieldError[]
  /** Hidden fields: clientId, source, lang, the job or fair. */
  hidden: Record<string, string | string[] | undefined>
  /** Content placed before the person's details (a fair's job picker). */
  picks?: string
}

export function registrationForm(view: View, options: FormOptions): string {
  const { t, lang } = view
  const { values } = options
  const errors = messages(view, options.errors)
  const errorId = (field: string) => `${field}-error`
  const error = (field: Field) =>
    errors.has(field) ? `<p class="error" id="${errorId(field)}">${esc(errors.get(field))}</p>` : ''
  const invalid = (field: Field, hint?: string) => {
    const described = [errors.has(field) ? errorId(field) : '', hint ?? ''].filter(Boolean).join(' ')
    return `${errors.has(field) ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}`
  }
  const text = (key: string) => esc(one(values, key))
  const checked = (key: string, value: string) => (many(values, key).includes(value) ? ' checked' : '')
  const radios = (field: Field, legend: string, choices: [string, string][]) =>
    `<fieldset${invalid(field)}><legend class="legend">${esc(legend)}</legend><div class="inline">${choices
      .map(
        ([value, text], i) =>
          `<label class="choice"><input type="radio" name="${field}" value="${esc(value)}" id="${field}-${i}"${checked(field, value)}>${esc(text)}</label>`,
      )
      .join('')}</div>${error(field)}</fieldset>`

  const hidden = Object.entries(options.hidden)
    .flatMap(([name, v]) => [v ?? []].flat().map((value) => [name, value] as const))
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${esc(value)}">`)
    .join('')

  const summary = errors.size
    ? `<div class="card summary" role="alert" tabindex="-1" id="errors" autofocus><h2>${esc(t('phone.form.errors', { n: errors.size }))}</h2><ul>${[
        ...errors,
      ]
        .map(([field, message]) =>
          field === 'form' || field === 'fairId'
            ? `<li>${esc(message)}</li>`
            : `<li><a href="#${field === 'gender' || field === 'ageBand' || field === 'wants' ? `${field}-0` : field}">${esc(message)}</a></li>`,
        )
        .join('')}</ul></div>`
    : ''

  const townships = view.townships.length
    ? `<label for="township">${esc(t('phone.form.township'))}</label><select id="township" name="township"${invalid('township')}><option value="">${esc(t('phone.form.choose'))}</option>${view.townships
        .map((name) => `<option${one(values, 'township') === name ? ' selected' : ''}>${esc(name)}</option>`)
        .join('')}</select>${error('township')}`
    : `<label for="township">${esc(t('phone.form.township'))}</label><input type="text" id="township" name="township" maxlength="40" value="${text('township')}"${invalid('township')}>${error('township')}`

  const wants = `<fieldset${invalid('wants')}><legend class="legend">${esc(t('phone.form.wants'))}</legend>${Object.entries(
    CATEGORIES,
  )
    .map(
      ([key, l], i) =>
        `<label class="choice"><input type="checkbox" name="wants" value="${key}" id="wants-${i}"${checked('wants', key)}>${esc(label(l, lang))}</label>`,
    )
    .join('')}${error('wants')}</fieldset>`

  const days = view.retentionDays
  return `${summary}<form class="card" method="post" action="/m/register" accept-charset="utf-8" novalidate data-remember><h2>${esc(options.title)}</h2>${hidden}${options.picks ?? ''}${errors.has('fairId') ? `<p class="error">${esc(errors.get('fairId'))}</p>` : ''}${errors.has('jobIds') ? `<p class="error">${esc(errors.get('jobIds'))}</p>` : ''}
<label for="name">${esc(t('phone.form.name'))}</label><input type="text" id="name" name="name" maxlength="40" autocomplete="name" value="${text('name')}"${invalid('name')}>${error('name')}
<label for="phone">${esc(t('phone.form.phone'))}</label><p class="hint" id="phone-hint">${esc(t('phone.form.phoneHint'))}</p><input type="tel" id="phone" name="phone" inputmode="numeric" maxlength="16" autocomplete="tel" required value="${text('phone')}"${invalid('phone', 'phone-hint')}>${error('phone')}
${radios('gender', t('phone.form.gender'), [
  ['male', t('phone.form.male')],
  ['female', t('phone.form.female')],
])}
${radios(
  'ageBand',
  t('phone.form.ageBand'),
  AGE_BANDS.map((band) => [band, t(`phone.age.${band}`)]),
)}
${townships}
${wants}
<label class="choice apart"><input type="checkbox" id="training" name="training" value="true"${checked('training', 'true')}>${esc(t('phone.form.training'))}</label>
<label for="note">${esc(t('phone.form.note'))}</label><textarea id="note" name="note" maxlength="300"${invalid('note')}>${text('note')}</textarea>${error('note')}
<div class="notice" id="privacy"><h3>${esc(t('phone.form.privacyTitle'))}</h3><p>${esc(t('phone.form.privacyWhat'))}</p><p>${esc(t('phone.form.privacyWhy'))}</p><p>${esc(t('phone.form.privacyHowLong', { days }))}</p><p>${esc(t('phone.form.privacyWho'))}</p><p>${esc(t('phone.form.privacyWithdraw', { phone: view.hotline }))}</p><p><a href="/m/lookup">${esc(t('phone.done.lookup'))}</a></p></div>
<label class="choice"><input type="checkbox" id="consent" name="consent" value="true" required${checked('consent', 'true')}${invalid('consent')}>${esc(t('phone.form.consent'))}</label>${error('consent')}
<label class="choice" id="remember-box" hidden><input type="checkbox" id="remember">${esc(t('phone.form.remember'))}</label>
<button type="submit">${esc(t('phone.form.submit'))}</button></form>`
}
