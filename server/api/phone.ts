// The phone pages opened from QR codes: /m/job/:id and /m/fair/:id, with a registration form that
// posts to /m/register and answers with a confirmation page, JavaScript or not. Opening a page
// with ?d=<device> or ?p=<poster> counts a scan for that source.
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { BENEFITS, EDUCATION } from '../../content/catalog.ts'
import { Id, RegistrationInput, type FieldError, type Job } from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import { newSecret } from '../services/ids.ts'
import { esc, page, salaryText } from './phone-html.ts'

const Source = Type.Object({ d: Type.Optional(Id), p: Type.Optional(Id) })
const IdParams = Type.Object({ id: Id })

type FormValues = Record<string, string | string[] | undefined>

const FIELD_TEXT: Record<string, string> = {
  phone: '请填写11位手机号码',
  consent: '请阅读并勾选同意个人信息说明',
  jobIds: '请至少选择一个岗位',
  name: '姓名请不超过40个字',
}

export default async function phoneRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const bureau = () => app.stores.content.settings().bureauName

  function jobCard(job: Job) {
    const employer = app.stores.content.get('employers', job.employerId)
    const age = job.ageMin || job.ageMax ? `${job.ageMin ?? 16}–${job.ageMax ?? 65}岁` : '不限'
    return `<section class="card"><h2>${esc(job.title)}</h2><div class="salary">${esc(salaryText(job))}</div>
<dl><dt>招聘单位</dt><dd>${esc(employer?.name)}</dd><dt>工作地点</dt><dd>${esc(job.township)} ${esc(job.address)}</dd>
<dt>招聘人数</dt><dd>${job.headcount}人</dd><dt>年龄要求</dt><dd>${age}</dd>
${job.education ? `<dt>学历</dt><dd>${EDUCATION[job.education].zh}</dd>` : ''}
${job.benefits.length ? `<dt>福利</dt><dd>${job.benefits.map((b) => BENEFITS[b].zh).join('、')}</dd>` : ''}
${job.duties ? `<dt>工作内容</dt><dd>${esc(job.duties)}</dd>` : ''}${job.requirements ? `<dt>要求</dt><dd>${esc(job.requirements)}</dd>` : ''}
${job.contactPhone ? `<dt>咨询电话</dt><dd><a href="tel:${esc(job.contactPhone)}">${esc(job.contactPhone)}</a></dd>` : ''}</dl></section>`
  }

  function form(values: FormValues, errors: FieldError[], hidden: string, extra = '') {
    const err = (path: string) => {
      const e = errors.find((f) => f.path === path || f.path.startsWith(`${path}.`))
      return e
        ? `<p class="error" role="alert" id="${path}-error">${esc(FIELD_TEXT[path] ?? e.message)}</p>`
        : ''
    }
    const v = (k: string) => esc(typeof values[k] === 'string' ? values[k] : '')
    return `<form class="card" method="post" action="/m/register"><h2>登记求职意向</h2>${hidden}${extra}${err('jobIds')}
<label for="name">姓名（可不填）</label><input type="text" id="name" name="name" maxlength="40" value="${v('name')}" autocomplete="name">${err('name')}
<label for="phone">手机号码</label><input type="tel" id="phone" name="phone" inputmode="numeric" maxlength="11" value="${v('phone')}" autocomplete="tel" required aria-describedby="phone-error">${err('phone')}
<fieldset style="border:0;padding:0;margin:12px 0 0"><legend style="font-weight:600">称呼</legend>
<label class="choice"><input type="radio" name="gender" value="male"${values.gender === 'male' ? ' checked' : ''}>先生</label>
<label class="choice"><input type="radio" name="gender" value="female"${values.gender === 'female' ? ' checked' : ''}>女士</label></fieldset>
<p class="notice">我们只收集您的手机号码（姓名可不填），仅用于人社部门和招聘单位与您联系，保存不超过${app.config.registrationRetentionDays}天；只有经办工作人员可以查看。您可以随时凭手机号和登记码撤回。</p>
<label class="choice"><input type="checkbox" name="consent" value="true"${values.consent ? ' checked' : ''}>我已阅读并同意以上说明</label>${err('consent')}
<button type="submit">提交登记</button></form>`
  }

  function hiddenFields(values: FormValues) {
    return ['clientId', 'fairId', 'd', 'p']
      .filter((k) => typeof values[k] === 'string' && values[k])
      .map((k) => `<input type="hidden" name="${k}" value="${esc(values[k])}">`)
      .join('')
  }

  function sendPage(reply: FastifyReply, title: string, body: string, status = 200) {
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(page(title, bureau(), body))
  }

  function gone(reply: FastifyReply, what: string) {
    return sendPage(
      reply,
      `${what}已结束`,
      `<section class="card"><h2>该${what}已招满或已下架</h2><p>请咨询现场工作人员或拨打 ${esc(app.stores.content.settings().hotline)}。</p></section>`,
      404,
    )
  }

  function jobPage(reply: FastifyReply, job: Job, values: FormValues, errors: FieldError[] = []) {
    const hidden = hiddenFields(values) + `<input type="hidden" name="jobIds" value="${esc(job.id)}">`
    return sendPage(reply, job.title, jobCard(job) + form(values, errors, hidden), errors.length ? 400 : 200)
  }

  function fairPage(reply: FastifyReply, fairId: string, values: FormValues, errors: FieldError[] = []) {
    const s = app.stores.content.snapshot()
    const fair = s.fairs.find((f) => f.id === fairId)
    if (!fair) return gone(reply, '招聘会')
    const chosen = new Set([values.jobIds ?? []].flat())
    const jobs = fair.booths.flatMap((b) =>
      b.jobIds
        .map((id) => s.jobs.find((j) => j.id === id))
        .filter((j): j is Job => !!j)
        .map((j) => ({ j, booth: b.number })),
    )
    const when = `${new Date(fair.startsAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })} – ${new Date(fair.endsAt).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' })}`
    const venue = fair.venueId ? s.venues.find((v) => v.id === fair.venueId) : undefined
    const head = `<section class="card"><h2>${esc(fair.title)}</h2><dl><dt>时间</dt><dd>${esc(when)}</dd><dt>地点</dt><dd>${esc(venue?.name ?? fair.address)}${venue?.directions ? `<br>${esc(venue.directions)}` : ''}</dd></dl>${fair.description ? `<p>${esc(fair.description)}</p>` : ''}</section>`
    const picks = jobs.length
      ? `<fieldset style="border:0;padding:0"><legend style="font-weight:600">选择感兴趣的岗位（可多选）</legend>${jobs
          .map(
            ({ j, booth }) =>
              `<label class="choice"><input type="checkbox" name="jobIds" value="${esc(j.id)}"${chosen.has(j.id) ? ' checked' : ''}>${esc(booth)} ${esc(j.title)} · ${esc(salaryText(j))}</label>`,
          )
          .join('')}</fieldset>`
      : ''
    const hidden = hiddenFields({ ...values, fairId })
    return sendPage(reply, fair.title, head + form(values, errors, hidden, picks), errors.length ? 400 : 200)
  }

  app.get('/job/:id', { schema: { params: IdParams, querystring: Source } }, async (request, reply) => {
    const job = app.stores.content.snapshot().jobs.find((j) => j.id === request.params.id)
    const source = request.query.d ?? request.query.p
    app.metrics.add('scan', source, 'job', request.params.id)
    if (!job) return gone(reply, '岗位')
    return jobPage(reply, job, { clientId: newSecret().slice(0, 24), d: request.query.d, p: request.query.p })
  })

  app.get('/fair/:id', { schema: { params: IdParams, querystring: Source } }, async (request, reply) => {
    app.metrics.add('scan', request.query.d ?? request.query.p, 'fair', request.params.id)
    return fairPage(reply, request.params.id, {
      clientId: newSecret().slice(0, 24),
      d: request.query.d,
      p: request.query.p,
    })
  })

  app.post('/register', async (request, reply) => {
    const values = (request.body ?? {}) as FormValues
    const str = (k: string) =>
      typeof values[k] === 'string' && values[k] !== '' ? (values[k] as string) : undefined
    const jobIds = [values.jobIds ?? []].flat().filter(Boolean)
    const input = {
      clientId: str('clientId') ?? newSecret().slice(0, 24),
      phone: (str('phone') ?? '').replace(/\s|-/g, ''),
      consent: values.consent === 'true' ? true : undefined,
      ...(jobIds.length ? { jobIds } : {}),
      ...(str('fairId') ? { fairId: str('fairId') } : {}),
      ...(str('name') ? { name: str('name') } : {}),
      ...(str('gender') ? { gender: str('gender') } : {}),
      source: {
        channel: str('p') ? 'poster' : 'phone',
        ...(str('d') ? { device: str('d') } : {}),
        ...(str('p') ? { poster: str('p') } : {}),
      },
    }
    const retry = (errors: FieldError[]) => {
      const jobId = jobIds[0]
      const job = jobId && !str('fairId') ? app.stores.content.get('jobs', jobId) : undefined
      if (job) return jobPage(reply, job, values, errors)
      if (str('fairId')) return fairPage(reply, str('fairId')!, values, errors)
      return sendPage(
        reply,
        '登记失败',
        `<section class="card"><h2>登记失败</h2><p>${esc(errors.map((e) => e.message).join('；'))}</p></section>`,
        400,
      )
    }
    const checked = check(RegistrationInput, input)
    if (!checked.ok) return retry(checked.fields)
    const outcome = await app.registrations.register(checked.value, checked.value.source!)
    if (!outcome.ok) {
      if (outcome.fields) return retry(outcome.fields)
      return sendPage(
        reply,
        '暂时无法登记',
        `<section class="card"><h2>暂时无法登记</h2><p>请稍后再试，或拨打 ${esc(app.stores.content.settings().hotline)}。</p></section>`,
        outcome.status,
      )
    }
    const { code, duplicate } = outcome.body
    return sendPage(
      reply,
      '登记成功',
      `<section class="card" role="status"><h2>${duplicate ? '您已登记过，无需重复登记' : '登记成功'}</h2><p>您的登记码：</p><div class="code">${esc(code)}</div>
<p>工作人员会在3个工作日内按您留下的手机号与您联系。请记下登记码，凭手机号和登记码可以查询或撤回登记。</p></section>`,
      outcome.status,
    )
  })
}
