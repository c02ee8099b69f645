// The job-table import at county scale: a 5,000-row 岗位信息表 as CSV and as XLSX, previewed
// (?dryRun=true) and imported through the real route with app.inject on a real hub (temp data dir,
// durable writes). Targets from the issue: preview < 3 s, import < 5 s.
// `node bench/import.ts` prints the figures; bench/run.ts calls benchImport().
import ExcelJS from 'exceljs'
import { fileURLToPath } from 'node:url'
import { signIn, startHub, type TestHub } from '../tests/helpers/hub.ts'
import { uploadBody } from '../tests/helpers/multipart.ts'

export const ROWS = 5_000
const TOWNSHIPS = ['城关镇', '白沙镇', '青山铺镇', '龙潭镇', '梅溪乡', '枫林镇', '金桥镇', '双河乡']
const HEADER = [
  '序号',
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
// Varied the way real tables vary, so every parser does real work.
const TITLES = [
  '电子装配普工',
  '叉车司机',
  '家庭保洁',
  '餐厅服务员',
  '搬运零工',
  '钢筋工',
  '采茶工',
  '收银员',
]
const SALARIES = [
  '4000-6000元/月',
  '4000～6000',
  '200元/天',
  '25元/小时',
  '计件，约5000-8000元/月',
  '3500元以上',
]
const AGES = ['18-55岁', '55岁以下', '不限', '男18-60岁，女18-50岁']
const EDUCATION = ['不限', '初中', '高中/中专', '大专']
const BENEFITS = ['包吃住、五险一金', '包吃,包住 班车', '日结、培训', '五险/带薪休假/全勤奖', '']

function tableRows(): string[][] {
  const rows: string[][] = [HEADER]
  for (let i = 0; i < ROWS; i++) {
    const township = TOWNSHIPS[i % TOWNSHIPS.length]!
    rows.push([
      String(i + 1),
      // 250 employers: the first 50 already exist on the hub, the rest are created.
      `湘源县第${i % 250}号用工单位有限公司`,
      `${TITLES[i % TITLES.length]}${i}`,
      i % 3 === 0 ? '' : '普工/制造',
      String(1 + (i % 30)),
      SALARIES[i % SALARIES.length]!,
      `${township}第${i % 40}工业园${i % 97}号`,
      AGES[i % AGES.length]!,
      EDUCATION[i % EDUCATION.length]!,
      BENEFITS[i % BENEFITS.length]!,
      `0731-8560${String(i % 10_000).padStart(4, '0')}`,
      i % 2 === 0 ? '2099-12-31' : '',
      i % 4 === 0 ? '大龄友好' : '',
      '负责生产线上的装配、检测和包装，服从班组长安排，保持工位整洁。',
      '身体健康，吃苦耐劳，能适应两班倒；有相关经验者优先。',
      '8:00-12:00，13:30-17:30，月休4天',
    ])
  }
  return rows
}

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
const toCsv = (rows: string[][]) => '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'

async function toXlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('岗位信息表')
  rows.forEach((r, i) =>
    sheet.addRow(i === 0 ? r : r.map((v, col) => (col === 0 || col === 4 ? Number(v) : v))),
  )
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

async function measure(hub: TestHub, cookie: string, file: string | Uint8Array, filename: string) {
  const body = await uploadBody(file, filename)
  const run = async (query: string, expected: number) => {
    const started = performance.now()
    const res = await hub.app.inject({
      method: 'POST',
      url: `/api/admin/import/jobs${query}`,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    })
    const ms = performance.now() - started
    if (res.statusCode !== expected)
      throw new Error(`${filename}${query}: ${res.statusCode} ${res.body.slice(0, 500)}`)
    return { ms, res }
  }
  const preview = await run('?dryRun=true', 200)
  const summary = preview.res.json().summary
  if (summary.ok !== ROWS) throw new Error(`${filename}: only ${summary.ok} of ${ROWS} rows are ok`)
  const imported = await run('', 201)
  return {
    bytes: body.payload.length,
    previewMs: Math.round(preview.ms),
    importMs: Math.round(imported.ms),
    created: imported.res.json().created as number,
  }
}

async function freshHub(): Promise<{ hub: TestHub; cookie: string }> {
  const hub = await startHub({ demo: false, env: { RATE_LIMITS: 'off', LOG_LEVEL: 'warn' } })
  const cookie = await signIn(hub.app)
  await hub.stores.content.setSettings({
    ...hub.stores.content.settings(),
    county: '湘源县',
    townships: TOWNSHIPS,
  })
  for (let i = 0; i < 50; i++) {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/admin/employers',
      headers: { cookie },
      payload: { name: `湘源县第${i}号用工单位有限公司` },
    })
    if (res.statusCode !== 201) throw new Error(`employer: ${res.statusCode} ${res.body}`)
  }
  return { hub, cookie }
}

export async function benchImport(): Promise<{
  previewMs: number
  importMs: number
  rows: number
  csv: Awaited<ReturnType<typeof measure>>
  xlsx: Awaited<ReturnType<typeof measure>>
}> {
  const rows = tableRows()
  const csvText = toCsv(rows)
  const xlsxData = await toXlsx(rows)
  // A hub each, so both formats import into the same starting content.
  const results = []
  for (const [file, name] of [
    [csvText, 'jobs.csv'],
    [xlsxData, 'jobs.xlsx'],
  ] as const) {
    const { hub, cookie } = await freshHub()
    try {
      results.push(await measure(hub, cookie, file, name))
    } finally {
      await hub.close()
    }
  }
  const [csv, xlsx] = results as [Awaited<ReturnType<typeof measure>>, Awaited<ReturnType<typeof measure>>]
  return {
    // The slower format is the figure held against the targets.
    previewMs: Math.max(csv.previewMs, xlsx.previewMs),
    importMs: Math.max(csv.importMs, xlsx.importMs),
    rows: ROWS,
    csv,
    xlsx,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchImport()
  const kb = (n: number) => `${Math.round(n / 1024)} KB`
  console.log(`job-table import, ${result.rows} rows (targets: preview < 3000 ms, import < 5000 ms)`)
  for (const format of ['csv', 'xlsx'] as const) {
    const r = result[format]
    console.log(
      `  ${format.padEnd(4)} ${kb(r.bytes).padStart(8)}  preview ${String(r.previewMs).padStart(5)} ms  import ${String(r.importMs).padStart(5)} ms  (${r.created} jobs)`,
    )
  }
  console.log(`  worst: preview ${result.previewMs} ms, import ${result.importMs} ms`)
}
