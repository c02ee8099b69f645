// POST /api/admin/import/jobs: the 岗位信息表 staff keep as a spreadsheet (CSV or XLSX) becomes jobs,
// and employers not yet known, in one content revision. `?dryRun=true` previews every row without
// storing anything. GET /api/admin/import/jobs/template.csv is the table to start from.
import compress from '@fastify/compress'
import multipart from '@fastify/multipart'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import Type from 'typebox'
import type { Job } from '../../../content/model.ts'
import { planImport, type ImportPlan } from '../../import/job-rows.ts'
import { readTable } from '../../import/read-table.ts'
import { TEMPLATE_FILENAME, templateCsv } from '../../import/template.ts'
import { httpError } from '../../plugins/errors.ts'
import { statusAfterApproval } from '../../services/approval.ts'
import { newId } from '../../services/ids.ts'
import { townshipScope } from '../../services/permissions.ts'
import type { Change } from '../../store/content-store.ts'

const MAX_FILE_MB = 10
/** How many bad cells the error's `fields` lists; the rows carry all of them. */
const MAX_FIELDS = 200

const ImportQuery = Type.Object({
  dryRun: Type.Boolean({ default: false }),
  status: Type.Enum(['published', 'draft'], { default: 'published' }),
})

export default async function importRoutes(fastify: FastifyInstance) {
  // Only this plugin takes uploads, so the multipart parser is registered here and nowhere else.
  await fastify.register(multipart, {
    limits: { fileSize: MAX_FILE_MB * 1024 * 1024, files: 1, fields: 10, parts: 11 },
  })
  // A 5,000-row preview is some 4 MB of JSON, most of it the same few words; gzipped it is a tenth,
  // which on a township office's line is seconds saved. Small answers are sent as they are.
  await fastify.register(compress, { global: true, encodings: ['gzip'], threshold: 64 * 1024 })
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const content = app.stores.content

  app.get('/jobs/template.csv', async (_request, reply) =>
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="jobs-template.csv"; filename*=UTF-8''${encodeURIComponent(TEMPLATE_FILENAME)}`,
      )
      .send(templateCsv(content.settings(), app.now())),
  )

  app.post(
    '/jobs',
    { schema: { querystring: ImportQuery }, config: { permission: 'content:write' } },
    async (request, reply) => {
      const upload = await readUpload(request)
      const table = await readTable(upload.data, upload.filename)
      // From here to content.apply nothing awaits, so the employers matched are the ones stored.
      const plan = planImport(table, {
        settings: content.settings(),
        employers: content.list('employers'),
        jobs: content.list('jobs'),
        scope: townshipScope(request.user),
        now: app.now(),
        status: request.query.status,
      })
      const preview = {
        rows: plan.rows,
        summary: plan.summary,
        columns: plan.columns,
        ignoredColumns: plan.ignoredColumns,
        skippedRows: plan.skippedRows,
      }
      if (request.query.dryRun) return preview

      // All or nothing: a table imported in part leaves staff to work out which rows went in, and a
      // second upload of the corrected file would then duplicate those. So one bad row stops the
      // import, and the answer is the full preview, every bad cell named, for them to fix and retry.
      if (plan.summary.bad > 0) {
        return reply.status(400).send({
          statusCode: 400,
          error: 'Bad Request',
          message: `有${plan.summary.bad}行有问题，没有导入任何岗位。请改好标出的单元格后重新上传。`,
          fields: badCells(plan),
          ...preview,
        })
      }
      if (plan.summary.ok === 0) throw httpError(400, '表格里没有岗位：表头下面是空的')

      const at = new Date(app.now()).toISOString()
      const settings = content.settings()
      const jobs: Job[] = plan.rows.map((r) => ({
        ...r.job!,
        // An operator's import waits for approval like a job entered by hand (services/approval.ts).
        status: statusAfterApproval(
          settings,
          request.user,
          'jobs',
          r.job!.status,
          r.job!.township,
        ) as Job['status'],
        id: newId('job'),
        createdAt: at,
        updatedAt: at,
      }))
      const changes: Change[] = [
        // Employers first: a device applying the ops in order never sees a job without its employer.
        ...plan.employers.map((e): Change => ({ kind: 'employers', id: e.id, next: e })),
        ...jobs.map((j): Change => ({ kind: 'jobs', id: j.id, next: j })),
      ]
      const { rev } = await content.apply(changes)
      await app.audit.record(request.user, 'import', 'jobs', undefined, undefined, {
        file: upload.filename,
        status: request.query.status,
        created: jobs.length,
        employersCreated: plan.employers.length,
        employerIds: plan.employers.map((e) => e.id),
        rev,
      })
      return reply.status(201).send({
        created: jobs.length,
        pending: jobs.filter((j) => j.status === 'pending').length,
        employersCreated: plan.employers.length,
        employers: plan.employers.map((e) => ({ id: e.id, name: e.name })),
        rev,
      })
    },
  )
}

/** The uploaded file, with the upload plugin's English errors said in Chinese. */
async function readUpload(request: FastifyRequest): Promise<{ data: Buffer; filename: string }> {
  try {
    const part = await request.file()
    if (!part) throw httpError(400, '请选择要上传的表格文件（表单字段 file）')
    return { data: await part.toBuffer(), filename: part.filename ?? '' }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      throw httpError(415, '请用表单上传文件（multipart/form-data，字段名 file）')
    }
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw httpError(413, `文件太大，最大${MAX_FILE_MB} MB`)
    throw error
  }
}

function badCells(plan: ImportPlan) {
  return plan.rows
    .flatMap((r) => r.errors.map((e) => ({ path: `rows.${r.row}.${e.column}`, message: e.message })))
    .slice(0, MAX_FIELDS)
}
