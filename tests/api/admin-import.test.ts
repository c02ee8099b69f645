import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { encodeGb18030, uploadBody } from '../helpers/multipart.ts'

const HEADER = [
  '单位名称',
  '岗位名称',
  '岗位类别',
  '招聘人数',
  '薪资待遇',
  '工作地点',
  '年龄要求',
  '学历要求',
  '福利',
  '联系电话',
  '有效期至',
  '标签',
  '岗位职责',
  '任职要求',
  '工作时间',
]
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
const csv = (rows: string[][], header = HEADER) =>
  [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'

/** A row from the header's names; anything not given is left empty. */
const row = (cells: Partial<Record<string, string>>) => HEADER.map((h) => cells[h] ?? '')

const GOOD_CELLS = {
  单位名称: '湘源县宏达电子科技有限公司',
  岗位名称: '电子装配普工',
  岗位类别: '普工/制造',
  招聘人数: '20',
  薪资待遇: '4000-6000元/月',
  工作地点: '城关镇工业园创业大道18号',
  年龄要求: '18-55岁',
  学历要求: '初中',
  福利: '包吃住、五险一金',
  联系电话: '0731-85621801',
  有效期至: '2099-12-31',
  标签: '大龄友好',
  岗位职责: '充电器装配，流水线作业',
  任职要求: '身体健康',
  工作时间: '8:00-17:30',
}
const GOOD = row(GOOD_CELLS)

describe('importing the job information table', () => {
  let hub: TestHub
  let cookie: string
  let existingId: string
  let logisticsId: string
  beforeAll(async () => {
    hub = await startHub({ demo: false })
    cookie = await signIn(hub.app)
    await hub.stores.content.setSettings({
      ...hub.stores.content.settings(),
      county: '湘源县',
      townships: ['城关镇', '白沙镇', '青山铺镇'],
    })
    const post = async (url: string, payload: object) => {
      const res = await hub.app.inject({ method: 'POST', url, headers: { cookie }, payload })
      expect(res.statusCode, res.body).toBe(201)
      return res.json()
    }
    existingId = (
      await post('/api/admin/employers', { name: '湘源县宏达电子科技有限公司', township: '城关镇' })
    ).id
    logisticsId = (await post('/api/admin/employers', { name: 'XY物流有限公司', township: '白沙镇' })).id
    for (const [username, role, townships] of [
      ['viewer1', 'viewer', []],
      ['baisha', 'operator', ['白沙镇']],
    ] as const) {
      await post('/api/admin/users', { username, role, townships, password: 'long-enough-pw' })
    }
  })
  afterAll(() => hub.close())

  const upload = async (
    file: string | Uint8Array,
    options: { query?: string; filename?: string; who?: string; type?: string } = {},
  ) => {
    const body = await uploadBody(file, options.filename ?? 'jobs.csv', { type: options.type })
    return hub.app.inject({
      method: 'POST',
      url: `/api/admin/import/jobs${options.query ?? ''}`,
      headers: { cookie: options.who ?? cookie, ...body.headers },
      payload: body.payload,
    })
  }
  const jobCount = () => hub.stores.content.list('jobs').length
  const employerCount = () => hub.stores.content.list('employers').length

  const MIXED = csv([
    GOOD,
    row({
      单位名称: '湘源县华丰制衣有限公司',
      岗位名称: '车缝工',
      招聘人数: '10',
      薪资待遇: '面议',
      工作地点: '白沙镇沙河路66号',
    }),
    row({
      单位名称: '顺达物流',
      岗位名称: '快递分拣',
      招聘人数: '若干',
      薪资待遇: '180元/天',
      工作地点: '长沙市岳麓区',
    }),
    row({
      单位名称: '新星科技',
      岗位名称: '储备干部',
      招聘人数: '3',
      薪资待遇: '5000元/月',
      工作地点: '城关镇',
    }),
    row({
      单位名称: '顺达物流',
      岗位名称: '叉车司机',
      招聘人数: '2',
      薪资待遇: '5000-7000元/月',
      工作地点: '青山铺镇物流园',
      福利: '包吃、节日福利',
      有效期至: '2020-01-01',
      年龄要求: '年轻人',
    }),
    row({
      单位名称: '顺达物流',
      岗位名称: '装卸工',
      招聘人数: '4',
      薪资待遇: '200元/天',
      工作地点: '白沙镇',
    }),
  ])

  it('previews every row, marking each bad cell with its reason, and stores nothing', async () => {
    const rev = hub.stores.content.rev()
    const res = await upload(MIXED, { query: '?dryRun=true' })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body.summary).toEqual({
      total: 6,
      ok: 2,
      bad: 4,
      employersToCreate: 3,
      newEmployers: ['湘源县华丰制衣有限公司', '顺达物流', '新星科技'],
    })
    const byRow = Object.fromEntries(body.rows.map((r: { row: number }) => [r.row, r]))

    expect(byRow[2]).toMatchObject({
      ok: true,
      employer: { name: '湘源县宏达电子科技有限公司', existing: true, id: existingId },
      errors: [],
      job: {
        employerId: existingId,
        title: '电子装配普工',
        category: 'manufacturing',
        township: '城关镇',
        address: '工业园创业大道18号',
        salary: { min: 4000, max: 6000, unit: 'month' },
        headcount: 20,
        ageMin: 18,
        ageMax: 55,
        education: 'junior',
        benefits: ['meals', 'housing', 'insurance'],
        tags: ['older-friendly'],
        contactPhone: '0731-85621801',
        status: 'published',
        validUntil: '2099-12-31T15:59:59.999Z',
        duties: '充电器装配，流水线作业',
        requirements: '身体健康',
        hours: '8:00-17:30',
      },
    })
    expect(byRow[3]).toMatchObject({
      ok: false,
      employer: { name: '湘源县华丰制衣有限公司', existing: false },
      errors: [{ column: '薪资待遇', cell: 'E3', message: expect.stringContaining('请填写具体薪资') }],
    })
    expect(byRow[3].job).toBeUndefined()
    // Every bad cell of a row, not only the first.
    expect(byRow[4].errors).toEqual([
      { column: '招聘人数', cell: 'D4', message: expect.stringContaining('若干') },
      { column: '工作地点', cell: 'F4', message: '工作地点要以本县乡镇名开头（城关镇、白沙镇、青山铺镇）' },
    ])
    expect(byRow[5].errors).toEqual([
      { column: '岗位类别', cell: 'C5', message: expect.stringContaining('请填写岗位类别') },
    ])
    expect(byRow[6].errors.map((e: { column: string }) => e.column)).toEqual(['年龄要求', '有效期至'])
    // Unknown benefits and guessed categories are warnings, never errors.
    expect(byRow[6].warnings).toEqual(
      expect.arrayContaining([
        { column: '岗位类别', cell: 'C6', message: '没填岗位类别，按岗位名称归为“物流/司机”' },
        { column: '福利', cell: 'I6', message: '不认识的福利“节日福利”没有导入' },
      ]),
    )
    expect(byRow[7]).toMatchObject({
      ok: true,
      job: { category: 'logistics', township: '白沙镇', salary: { min: 200, max: 200, unit: 'day' } },
    })
    expect(byRow[7].job).not.toHaveProperty('address')
    expect(hub.stores.content.rev()).toBe(rev)
  })

  it('refuses to import while any row is bad, answering with the same preview', async () => {
    const [rev, jobs, employers] = [hub.stores.content.rev(), jobCount(), employerCount()]
    const preview = (await upload(MIXED, { query: '?dryRun=true' })).json()
    const res = await upload(MIXED)
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.message).toContain('有4行有问题，没有导入任何岗位')
    expect(body.summary).toEqual(preview.summary)
    expect(body.rows.map((r: { errors: unknown }) => r.errors)).toEqual(
      preview.rows.map((r: { errors: unknown }) => r.errors),
    )
    expect(body.fields).toContainEqual({ path: 'rows.3.薪资待遇', message: expect.any(String) })
    expect([hub.stores.content.rev(), jobCount(), employerCount()]).toEqual([rev, jobs, employers])
  })

  it('imports a clean table in one revision, matching existing employers and creating new ones', async () => {
    const rev = hub.stores.content.rev()
    const [jobs, employers] = [jobCount(), employerCount()]
    const res = await upload(
      csv([
        row({ ...GOOD_CELLS, 单位名称: ' 湘源县宏达电子 科技有限公司 ' }),
        row({
          单位名称: 'xy物流有限公司',
          岗位名称: '搬运零工',
          招聘人数: '5人',
          薪资待遇: '200元/天',
          工作地点: '白沙镇物流园',
        }),
        row({
          单位名称: '湘源县华丰制衣有限公司',
          岗位名称: '车缝工',
          招聘人数: '10',
          薪资待遇: '计件',
          工作地点: '白沙镇沙河路66号',
          联系电话: '0731-85632066',
        }),
        row({
          单位名称: '湘源县华丰制衣有限公司',
          岗位名称: '质检员',
          招聘人数: '2',
          薪资待遇: '3500元以上',
          工作地点: '白沙镇沙河路66号',
        }),
        row({
          单位名称: '新星家政服务中心',
          岗位名称: '住家保姆',
          招聘人数: '3',
          薪资待遇: '5000-7000',
          工作地点: '青山铺镇',
        }),
      ]),
    )
    expect(res.statusCode, res.body).toBe(201)
    const body = res.json()
    expect(body).toMatchObject({ created: 5, employersCreated: 2, rev: rev + 1 })
    expect(body.employers.map((e: { name: string }) => e.name)).toEqual([
      '湘源县华丰制衣有限公司',
      '新星家政服务中心',
    ])
    expect(hub.stores.content.rev()).toBe(rev + 1)
    expect([jobCount(), employerCount()]).toEqual([jobs + 5, employers + 2])
    // One revision pushed to devices: employers first, then the jobs.
    const feed = hub.stores.content.changesSince(rev)!
    expect(feed.rev).toBe(rev + 1)
    expect(feed.ops.map((op) => op.kind)).toEqual([
      'employers',
      'employers',
      'jobs',
      'jobs',
      'jobs',
      'jobs',
      'jobs',
    ])

    const stored = feed.ops
      .filter((op) => op.kind === 'jobs')
      .map((op) => hub.stores.content.get('jobs', op.id)!)
    const byTitle = Object.fromEntries(stored.map((j) => [j.title, j]))
    expect(byTitle['电子装配普工']!.employerId).toBe(existingId)
    expect(byTitle['搬运零工']).toMatchObject({
      employerId: logisticsId,
      category: 'gig',
      status: 'published',
    })
    const huafeng = body.employers[0].id
    expect(byTitle['车缝工']).toMatchObject({ employerId: huafeng, salary: { min: 0, unit: 'piece' } })
    expect(byTitle['质检员']).toMatchObject({ employerId: huafeng, salary: { min: 3500, unit: 'month' } })
    expect(hub.stores.content.get('employers', huafeng)).toMatchObject({
      name: '湘源县华丰制衣有限公司',
      township: '白沙镇',
      contactOffice: '0731-85632066',
    })
    // Without 有效期至: the end of the day 30 days ahead, Beijing time.
    const until = Date.parse(byTitle['住家保姆']!.validUntil!)
    expect(until - Date.now()).toBeGreaterThan(29 * 86_400_000)
    expect(until - Date.now()).toBeLessThan(31 * 86_400_000)
    expect(new Date(until + 8 * 3_600_000).toISOString().slice(11)).toBe('23:59:59.999Z')

    const audit = hub.stores.audit.list({ action: 'import' }, 0, 10).items
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      username: 'admin',
      kind: 'jobs',
      after: { created: 5, employersCreated: 2, rev: rev + 1, file: 'jobs.csv' },
    })
  })

  it('imports as drafts when asked', async () => {
    const res = await upload(csv([row({ ...GOOD_CELLS, 岗位名称: '草稿普工' })]), {
      query: '?status=draft',
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(hub.stores.content.list('jobs').find((j) => j.title === '草稿普工')!.status).toBe('draft')
  })

  it('reads a CSV saved by Excel in GBK (GB18030), and one with a BOM', async () => {
    const table = csv([
      row({
        单位名称: '湘源县龙潭米粉店',
        岗位名称: '餐厅服务员',
        招聘人数: '2',
        薪资待遇: '3000～3500元/月',
        工作地点: '城关镇步行街',
        福利: '包吃',
      }),
    ])
    const gbk = await upload(encodeGb18030(table), { query: '?dryRun=true' })
    expect(gbk.statusCode, gbk.body).toBe(200)
    expect(gbk.json().rows[0]).toMatchObject({
      ok: true,
      employer: { name: '湘源县龙潭米粉店', existing: false },
      job: { title: '餐厅服务员', category: 'catering', address: '步行街', benefits: ['meals'] },
    })
    const bom = await upload('\uFEFF' + table, { query: '?dryRun=true' })
    // New employers get a fresh id in every preview; everything else reads the same.
    const { employerId: _a, ...fromBom } = bom.json().rows[0].job
    const { employerId: _b, ...fromGbk } = gbk.json().rows[0].job
    expect(fromBom).toEqual(fromGbk)
  })

  it('reads the first sheet of an XLSX file, with numbers, dates and merged employer cells', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('岗位信息表')
    sheet.addRow(['湘源县春风行动岗位信息表'])
    sheet.addRow([
      '序号',
      '用人单位',
      '招聘岗位',
      '人数',
      '薪资（元/月）',
      '工作地址',
      '学历',
      '有效期至',
      '联系人',
    ])
    sheet.addRow([
      1,
      '湘源县宏达电子科技有限公司',
      '注塑操作工',
      8,
      '4500-5500',
      '城关镇工业园',
      '高中',
      new Date(Date.UTC(2099, 5, 30)),
      '李',
    ])
    sheet.addRow([2, null, '包装工', 6, 4000, '城关镇工业园', '不限', new Date(Date.UTC(2099, 5, 30)), '李'])
    sheet.addRow(['注：工资为税前收入'])
    sheet.mergeCells('B3:B4')
    workbook.addWorksheet('说明').addRow(['这一页不导入'])
    const data = new Uint8Array(await workbook.xlsx.writeBuffer())
    const res = await upload(data, {
      query: '?dryRun=true',
      filename: 'jobs.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    })
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body.ignoredColumns).toEqual(['联系人'])
    expect(body.skippedRows).toEqual([{ row: 5, text: '注：工资为税前收入' }])
    expect(body.summary).toMatchObject({ total: 2, ok: 2, bad: 0, employersToCreate: 0 })
    expect(body.rows.map((r: { row: number }) => r.row)).toEqual([3, 4])
    expect(body.rows[0].job).toMatchObject({
      employerId: existingId,
      title: '注塑操作工',
      category: 'manufacturing',
      headcount: 8,
      salary: { min: 4500, max: 5500, unit: 'month' },
      education: 'senior',
      validUntil: '2099-06-30T15:59:59.999Z',
    })
    expect(body.rows[1].job).toMatchObject({
      employerId: existingId,
      title: '包装工',
      salary: { min: 4000, max: 4000 },
    })
  })

  it('serves a template that opens in Excel, whose example rows cannot be imported by mistake', async () => {
    const res = await hub.app.inject({
      method: 'GET',
      url: '/api/admin/import/jobs/template.csv',
      headers: { cookie },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toContain('attachment')
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(HEADER.join(','))
    const preview = (await upload(res.rawPayload, { query: '?dryRun=true' })).json()
    expect(preview.summary).toMatchObject({ total: 2, bad: 2 })
    for (const r of preview.rows) {
      expect(r.errors).toEqual([
        { column: '单位名称', cell: `A${r.row}`, message: '这是模板里的示例行，请删除后再导入' },
      ])
    }
  })

  it('does not let a viewer import', async () => {
    const viewer = await signIn(hub.app, { username: 'viewer1', password: 'long-enough-pw' })
    const res = await upload(csv([GOOD]), { who: viewer })
    expect(res.statusCode).toBe(403)
  })

  it("treats a township operator's rows outside their townships as bad rows", async () => {
    const operator = await signIn(hub.app, { username: 'baisha', password: 'long-enough-pw' })
    const baisha = row({
      单位名称: 'XY物流有限公司',
      岗位名称: '仓库管理员',
      招聘人数: '1',
      薪资待遇: '3800元/月',
      工作地点: '白沙镇物流园',
    })
    const table = csv([GOOD, baisha])
    const preview = (await upload(table, { query: '?dryRun=true', who: operator })).json()
    expect(preview.rows.map((r: { ok: boolean }) => r.ok)).toEqual([false, true])
    expect(preview.rows[0].errors).toEqual([
      {
        column: '工作地点',
        cell: 'F2',
        message: expect.stringContaining('您只能导入自己负责的乡镇（白沙镇）的岗位'),
      },
    ])
    const jobs = jobCount()
    expect((await upload(table, { who: operator })).statusCode).toBe(400)
    expect(jobCount()).toBe(jobs)
    const own = await upload(csv([baisha]), { who: operator })
    expect(own.statusCode, own.body).toBe(201)
  })

  it('says plainly what is wrong with the file itself', async () => {
    const missing = await upload('单位名称,岗位名称\n宏达,普工\n')
    expect(missing.statusCode).toBe(400)
    expect(missing.json().message).toContain('表格缺少这些列：招聘人数、薪资待遇、工作地点')
    const old = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), {
      filename: 'a.xls',
    })
    expect(old.json().message).toContain('不支持旧版 .xls')
    const notForm = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/import/jobs',
      headers: { cookie },
      payload: { rows: [] },
    })
    expect(notForm.statusCode).toBe(415)
    expect((await upload(csv([]))).json().message).toContain('表格里没有岗位')
    const huge = await upload(new Uint8Array(11 * 1024 * 1024).fill(0x2c))
    expect(huge.statusCode).toBe(413)
    expect(huge.json().message).toBe('文件太大，最大10 MB')
    const noFile = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/import/jobs',
      headers: { cookie, 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    })
    expect(noFile.statusCode).toBe(400)
    expect(noFile.json().message).toContain('请选择要上传的表格文件')
  })
})
