// Finding the columns of a 岗位信息表 by their header, as staff name them: "单位名称", "用人单位",
// "薪资待遇（元/月）", "* 岗位名称", full-width brackets and stray spaces included. The header need not
// be the first row: printed tables often carry a title row ("XX县春风行动岗位信息表") above it.
import { httpError } from '../plugins/errors.ts'

export type Field =
  | 'employer'
  | 'title'
  | 'category'
  | 'headcount'
  | 'salary'
  | 'place'
  | 'township'
  | 'age'
  | 'education'
  | 'benefits'
  | 'phone'
  | 'validUntil'
  | 'tags'
  | 'duties'
  | 'requirements'
  | 'hours'

export interface ColumnDef {
  field: Field
  /** The name used in the template and in error messages. */
  label: string
  /** Other names staff give the column (compared after normalizeHeader). */
  names: string[]
  required?: boolean
  /** Free text: when two columns map here (岗位职责 and 工作内容), both are kept. */
  text?: boolean
}

export const COLUMNS: ColumnDef[] = [
  {
    field: 'employer',
    label: '单位名称',
    names: ['用人单位', '企业名称', '公司名称', '招聘单位', '单位', '企业', '用工单位'],
    required: true,
  },
  {
    field: 'title',
    label: '岗位名称',
    names: ['招聘岗位', '岗位', '职位', '职位名称', '工种', '招聘职位'],
    required: true,
  },
  { field: 'category', label: '岗位类别', names: ['类别', '岗位类型', '职位类别', '行业类别', '岗位分类'] },
  {
    field: 'headcount',
    label: '招聘人数',
    names: ['人数', '需求人数', '招聘数量', '招聘计划', '岗位数'],
    required: true,
  },
  {
    field: 'salary',
    label: '薪资待遇',
    names: ['薪资', '工资待遇', '薪酬待遇', '薪酬', '工资', '月薪', '工资标准', '薪资范围'],
    required: true,
  },
  {
    field: 'place',
    label: '工作地点',
    names: ['工作地址', '地点', '地址', '上班地点', '工作区域'],
    required: true,
  },
  { field: 'township', label: '所属乡镇', names: ['乡镇', '乡镇街道', '乡镇(街道)', '所在乡镇'] },
  { field: 'age', label: '年龄要求', names: ['年龄', '年龄限制', '年龄范围'] },
  { field: 'education', label: '学历要求', names: ['学历', '文化程度', '最低学历'] },
  { field: 'benefits', label: '福利', names: ['福利待遇', '其他福利', '福利保障'] },
  { field: 'phone', label: '联系电话', names: ['电话', '联系方式', '咨询电话', '联系号码', '招聘电话'] },
  {
    field: 'validUntil',
    label: '有效期至',
    names: ['有效期', '截止日期', '截止时间', '有效日期', '招聘截止'],
  },
  { field: 'tags', label: '标签', names: ['岗位标签', '特色标签'] },
  {
    field: 'duties',
    label: '岗位职责',
    names: ['工作内容', '岗位描述', '职责', '岗位内容', '工作职责'],
    text: true,
  },
  {
    field: 'requirements',
    label: '任职要求',
    names: ['岗位要求', '任职条件', '招聘条件', '其他要求', '要求', '招聘要求'],
    text: true,
  },
  { field: 'hours', label: '工作时间', names: ['上班时间', '工作时长', '班次', '作息时间'], text: true },
]

export const COLUMN_BY_FIELD = Object.fromEntries(COLUMNS.map((c) => [c.field, c])) as Record<
  Field,
  ColumnDef
>

/** Columns every table has but that hold nothing to import; not reported as ignored. */
const SILENT = new Set(['序号', '编号', 'no', 'no.', '#'])

const NAMES = new Map<string, Field>()
for (const c of COLUMNS) for (const name of [c.label, ...c.names]) NAMES.set(normalizeHeader(name), c.field)

/** "* 薪资待遇（元/月）：" -> "薪资待遇(元/月)" for comparing; see fieldOf for the bracket. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/:$/, '')
    .toLowerCase()
}

/** The field a header names: exactly, or once a bracketed remark like "(元/月)" or "(必填)" is dropped. */
export function fieldOf(header: string): Field | undefined {
  const h = normalizeHeader(header)
  return NAMES.get(h) ?? NAMES.get(h.replace(/\(.*?\)/g, '').replace(/^\*+|\*+$/g, ''))
}

export interface Header {
  /** Index into the table's rows (0-based); the spreadsheet row number is index + 1. */
  index: number
  /** The columns holding each field; more than one only for free-text fields. */
  columns: Partial<Record<Field, number[]>>
  /** Headers that name nothing this import knows, as written. */
  ignored: string[]
}

const HEADER_SEARCH_ROWS = 10

/** Finds the header row in the first rows; stops the import with a clear reason when it cannot. */
export function findHeader(rows: string[][]): Header {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const header = readHeader(rows[index]!, index)
    const fields = Object.keys(header.columns)
    const looksLikeHeader = (header.columns.employer && header.columns.title) || fields.length >= 3
    if (!looksLikeHeader) continue
    const missing = COLUMNS.filter((c) => c.required && !header.columns[c.field]).map((c) => c.label)
    if (missing.length > 0) {
      throw httpError(
        400,
        `表格缺少这些列：${missing.join('、')}（第${index + 1}行是表头）。可以下载模板对照列名。`,
        missing.map((label) => ({ path: label, message: '缺少这一列' })),
      )
    }
    return header
  }
  throw httpError(
    400,
    `找不到表头：第一行应是列名，如 ${COLUMNS.filter((c) => c.required)
      .map((c) => c.label)
      .join('、')}。可以下载模板对照。`,
  )
}

function readHeader(cells: string[], index: number): Header {
  const columns: Partial<Record<Field, number[]>> = {}
  const ignored: string[] = []
  cells.forEach((cell, col) => {
    const text = cell.trim()
    if (!text || SILENT.has(normalizeHeader(text))) return
    const field = fieldOf(text)
    const taken = field && columns[field]
    if (field && (!taken || COLUMN_BY_FIELD[field].text)) (columns[field] ??= []).push(col)
    else ignored.push(text)
  })
  return { index, columns, ignored }
}

/** "A", "B", … "Z", "AA": the column letters staff see in Excel. */
export function columnLetter(col: number): string {
  let s = ''
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}
