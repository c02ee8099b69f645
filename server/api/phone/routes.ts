// The phone pages opened from QR codes, rendered on the hub: /m, /m/job/:id, /m/fair/:id, the form
// posted to /m/register (answering with the confirmation page, JavaScript or not), and looking up or
// withdrawing one's own registration. Opening a page from a QR code (?d=<device> or ?p=<poster>)
// counts a scan for that source; links within the pages carry the source on with n=1, which is not
// counted again.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import {
  Id,
  RegistrationInput,
  type FieldError,
  type Job,
  type Registration,
} from '../../../content/model.ts'
import { check } from '../../../content/validate.ts'
import { rateLimited } from '../../plugins/security.ts'
import { newSecret } from '../../services/ids.ts'
import { retentionDays } from '../../services/retention.ts'
import { confirmation } from './confirmation.ts'
import { fairDetails, fairFor, jobPicker } from './fair-view.ts'
import { many, normalizePhone, one, registrationForm, toInput, type FormValues } from './form.ts'
import { home } from './home-view.ts'
import { esc, sendPage, type View } from './html.ts'
import { pickLang, translator } from './i18n.ts'
import { jobDetails } from './job-view.ts'
import { lookupFailure, lookupForm, lookupResult, withdrawn } from './lookup-view.ts'

const PageQuery = Type.Object({
  d: Type.Optional(Id),
  p: Type.Optional(Id),
  lang: Type.Optional(Type.String({ maxLength: 5 })),
  n: Type.Optional(Type.String({ maxLength: 1 })),
})
const IdParams = Type.Object({ id: Id })
type Query = { d?: string; p?: string; lang?: string; n?: string }

const newClientId = () => newSecret().slice(0, 24)

/** `?d=…` or `?p=…` (with n=1: a link inside the pages, not a new scan), or ''. */
function sourceQuery(source: { d?: string; p?: string }): string {
  if (source.d) return `?d=${encodeURIComponent(source.d)}&n=1`
  if (source.p) return `?p=${encodeURIComponent(source.p)}&n=1`
  return ''
}

export default async function phoneRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const content = app.stores.content

  function view(request: FastifyRequest, reply: FastifyReply, here: string): View {
    const lang = pickLang(request, reply)
    const settings = content.settings()
    return {
      lang,
      t: translator(lang),
      bureau: settings.bureauName,
      hotline: settings.hotline,
      retentionDays: retentionDays(settings, app.config.registrationRetentionDays),
      townships: settings.townships,
      here,
    }
  }

  /** A QR code's hit: a page opened with its source and nothing the pages themselves add. */
  function countScan(query: Query, kind: 'job' | 'fair' | undefined, id: string | undefined) {
    if (query.lang === undefined && query.n === undefined)
      app.metrics.add('scan', query.d ?? query.p, kind, id)
  }

  function gone(reply: FastifyReply, v: View, kind: 'job' | 'fair') {
    const title = v.t(kind === 'job' ? 'phone.gone.job' : 'phone.gone.fair')
    const body = `<section class="card"><h1>${esc(title)}</h1><p>${esc(v.t('phone.gone.text', { phone: v.hotline }))}</p><a class="button" href="/m">${esc(v.t('phone.gone.more'))}</a></section>`
    return sendPage(reply, v, title, body, { status: 404 })
  }

  function message(reply: FastifyReply, v: View, text: string, status: number) {
    const title = v.t('phone.error.title')
    return sendPage(
      reply,
      v,
      title,
      `<section class="card"><h1>${esc(title)}</h1><p>${esc(text)}</p></section>`,
      {
        status,
      },
    )
  }

  function jobPage(reply: FastifyReply, v: View, job: Job, values: FormValues, errors: FieldError[] = []) {
    const snapshot = content.snapshot()
    const form = registrationForm(v, {
      title: v.t('phone.form.title'),
      values,
      errors,
      hidden: {
        clientId: one(values, 'clientId'),
        d: one(values, 'd'),
        p: one(values, 'p'),
        lang: v.lang,
        jobIds: job.id,
      },
    })
    const employer = snapshot.employers.find((e) => e.id === job.employerId)
    const body = jobDetails(v, job, employer, fairFor(snapshot, job.id, app.now())) + form
    return sendPage(reply, v, job.title, body, { status: errors.length ? 400 : 200, remember: true })
  }

  function fairPage(
    reply: FastifyReply,
    v: View,
    fairId: string,
    values: FormValues,
    errors: FieldError[] = [],
  ) {
    const snapshot = content.snapshot()
    const fair = snapshot.fairs.find((f) => f.id === fairId)
    if (!fair) return gone(reply, v, 'fair')
    const form = registrationForm(v, {
      title: v.t('phone.fair.register'),
      values,
      errors,
      hidden: {
        clientId: one(values, 'clientId'),
        d: one(values, 'd'),
        p: one(values, 'p'),
        lang: v.lang,
        fairId,
      },
      picks: jobPicker(v, snapshot, fair, new Set(many(values, 'jobIds'))),
    })
    const body = fairDetails(v, snapshot, fair) + form
    return sendPage(reply, v, fair.title, body, { status: errors.length ? 400 : 200, remember: true })
  }

  // Anything that goes wrong on a phone page answers as a page, in the visitor's language.
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const v = view(request, reply, '/m')
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
    if (status >= 500) request.log.error({ err: error }, 'phone page failed')
    const text =
      status === 429 ? 'phone.error.limited' : status >= 500 ? 'phone.error.unavailable' : 'phone.error.other'
    return message(reply, v, v.t(text, { phone: v.hotline }), status)
  })
  app.setNotFoundHandler((request, reply) => gone(reply, view(request, reply, '/m'), 'job'))

  app.get('/', { schema: { querystring: PageQuery } }, async (request, reply) => {
    countScan(request.query, undefined, undefined)
    const v = view(request, reply, `/m${sourceQuery(request.query)}`)
    const body = home(v, content.snapshot(), app.now(), sourceQuery(request.query))
    return sendPage(reply, v, v.t('phone.home.title'), body)
  })

  app.get('/job/:id', { schema: { params: IdParams, querystring: PageQuery } }, async (request, reply) => {
    const { id } = request.params
    countScan(request.query, 'job', id)
    const v = view(request, reply, `/m/job/${id}${sourceQuery(request.query)}`)
    const job = content.snapshot().jobs.find((j) => j.id === id)
    if (!job) return gone(reply, v, 'job')
    return jobPage(reply, v, job, { clientId: newClientId(), d: request.query.d, p: request.query.p })
  })

  app.get('/fair/:id', { schema: { params: IdParams, querystring: PageQuery } }, async (request, reply) => {
    const { id } = request.params
    countScan(request.query, 'fair', id)
    const v = view(request, reply, `/m/fair/${id}${sourceQuery(request.query)}`)
    return fairPage(reply, v, id, { clientId: newClientId(), d: request.query.d, p: request.query.p })
  })

  /** "Register for more jobs at this fair" from a confirmation: the fair with the details filled in. */
  app.post('/fair/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const values = { ...((request.body ?? {}) as FormValues), clientId: newClientId(), jobIds: [] }
    const source = { d: one(values, 'd'), p: one(values, 'p') }
    const v = view(request, reply, `/m/fair/${request.params.id}${sourceQuery(source)}`)
    return fairPage(reply, v, request.params.id, values)
  })

  app.post('/register', { config: rateLimited(app, 600, '1 minute') }, async (request, reply) => {
    const values = (request.body ?? {}) as FormValues
    const jobIds = many(values, 'jobIds')
    const fairId = one(values, 'fairId')
    const source = { d: one(values, 'd'), p: one(values, 'p') }
    const pagePath = fairId ? `/m/fair/${fairId}` : jobIds.length === 1 ? `/m/job/${jobIds[0]}` : '/m'
    const v = view(request, reply, `${pagePath}${sourceQuery(source)}`)

    const retry = (errors: FieldError[]) => {
      const job =
        !fairId && jobIds.length === 1 ? content.snapshot().jobs.find((j) => j.id === jobIds[0]) : undefined
      if (job) return jobPage(reply, v, job, values, errors)
      if (fairId) return fairPage(reply, v, fairId, values, errors)
      return message(reply, v, v.t('phone.error.target'), 400)
    }

    const { input, fields } = toInput(values, v.townships)
    if (!input.clientId) input.clientId = newClientId()
    const checked = check(RegistrationInput, input)
    if (!checked.ok || fields.length) return retry([...fields, ...(checked.ok ? [] : checked.fields)])
    let outcome = await app.registrations.register(checked.value, checked.value.source!)
    if (!outcome.ok && outcome.status === 409) {
      // The same page sent again with another phone number (back, change, send): a new registration.
      outcome = await app.registrations.register(
        { ...checked.value, clientId: newClientId() },
        checked.value.source!,
      )
    }
    if (!outcome.ok) {
      if (outcome.fields) return retry(outcome.fields)
      const text = outcome.status === 429 ? 'phone.error.limited' : 'phone.error.unavailable'
      return message(reply, v, v.t(text, { phone: v.hotline }), outcome.status)
    }
    const registration: Registration = outcome.registration
    const snapshot = content.snapshot()
    const moreAt = registration.fairId
      ? snapshot.fairs.find((f) => f.id === registration.fairId)
      : fairFor(snapshot, registration.jobIds[0] ?? '', app.now())?.fair
    const body = confirmation(v, snapshot, registration, !!outcome.body.duplicate, values, moreAt)
    const title = v.t(outcome.body.duplicate ? 'phone.done.duplicate' : 'phone.done.title')
    return sendPage(reply, v, title, body, { status: outcome.status })
  })

  const lookupLimit = { config: rateLimited(app, 30, '10 minutes') }

  app.get('/lookup', async (request, reply) => {
    const v = view(request, reply, '/m/lookup')
    return sendPage(reply, v, v.t('phone.lookup.title'), lookupForm(v, {}))
  })

  app.post('/lookup', lookupLimit, async (request, reply) => {
    const values = (request.body ?? {}) as FormValues
    const v = view(request, reply, '/m/lookup')
    const phone = normalizePhone(one(values, 'phone'))
    const code = one(values, 'code').replace(/\s/g, '')
    const errors = { phone: !/^1[3-9]\d{9}$/.test(phone), code: !/^\d{6}$/.test(code) }
    const lookup = errors.phone || errors.code ? { locked: false } : app.own.find(phone, code)
    const found = lookup.found
    if (!found) {
      const form = lookupForm(
        v,
        { phone: one(values, 'phone'), code },
        { ...errors, ...lookupFailure(lookup, !errors.phone && !errors.code) },
      )
      return sendPage(reply, v, v.t('phone.lookup.title'), form, {
        status: errors.phone || errors.code ? 400 : lookup.locked ? 429 : 404,
      })
    }
    return sendPage(reply, v, v.t('phone.lookup.title'), lookupResult(v, content.snapshot(), found, phone))
  })

  app.post('/withdraw', lookupLimit, async (request, reply) => {
    const values = (request.body ?? {}) as FormValues
    const v = view(request, reply, '/m/lookup')
    const lookup = await app.own.withdraw(normalizePhone(one(values, 'phone')), one(values, 'code'))
    if (!lookup.found)
      return sendPage(reply, v, v.t('phone.lookup.title'), lookupForm(v, {}, lookupFailure(lookup, true)), {
        status: lookup.locked ? 429 : 404,
      })
    return sendPage(reply, v, v.t('phone.lookup.withdrawn'), withdrawn(v))
  })
}
