// The rows of a 岗位信息表 -> the jobs (and new employers) they would create, with every bad cell
// named. Pure: it reads the content it is given and the clock, and stores nothing, so the preview and
// the import run the very same code and staff see exactly what will be stored.
import type { Benefit, Tag } from '../../content/catalog.ts'
import { EmployerInput, JobInput, type Employer, type Job, type Settings } from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import { newId } from '../services/ids.ts'
import { COLUMN_BY_FIELD, columnLetter, findHeader, type Field, type Header } from './columns.ts'
import {
  parseAge,
  parseBenefits,
  parseCategory,
  parseEducation,
  parseHeadcount,
  parsePhone,
  parsePlace,
  parseSalary,
  parseTags,
  parseTownship,
  parseValidUntil,
  type Parsed,
} from './parse-cells.ts'

export interface CellIssue {
  /** The column as the template names it, e.g. "薪资待遇". */
  column: string
  /** Where to look in Excel, e.g. "F7", when the table has the column. */
  cell?: string
  message: string
}

export interface PreviewRow {
  /** The spreadsheet row number (the header row is row 1 in a table without a title row). */
  row: number
  ok: boolean
  job?: JobInput
  employer: { name: string; existing: boolean; id?: string }
  /** The row as written, by column label, so a preview can show the table with its bad cells marked. */
  cells: Record<string, string>
  errors: CellIssue[]
  warnings: CellIssue[]
}

export interface ImportPlan {
  rows: PreviewRow[]
  summary: {
    total: number
    ok: number
    bad: number
    employersToCreate: number
    /** The names of the employers the import would create. */
    newEmployers: string[]
  }
  /** The labels of the columns the table has, in the table's order. */
  columns: string[]
  /** Headers that name nothing this import knows; their cells are not imported. */
  ignoredColumns: string[]
  /** Notes under the table ("注：…", "制表人：…"), left out rather than reported as bad rows. */
  skippedRows: { row: number; text: string }[]
  /** The employers to create, in the order first met. */
  employers: Employer[]
}

export interface ImportContext {
  settings: Settings
  employers: readonly Employer[]
  jobs: readonly Job[]
  /** A township operator's townships; undefined for staff who cover the whole county. */
  scope?: readonly string[]
  now: number
  status: 'published' | 'draft'
}

/** Employer names compare without case, spaces or full-width differences. */
export const employerKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
const titleKey = (title: string) => title.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/** The template's example rows; imported by mistake they would put fictional jobs on every kiosk. */
const EXAMPLE_NAME = /^[(（]?示例[)）]?/
/** Printed tables end with notes and totals; a row of one or two cells starting so is not a job. */
const NOTE_ROW = /^(注|备注|说明|制表|填表|审核|联系人|合计|总计|小计)/

export function planImport(table: string[][], ctx: ImportContext): ImportPlan {
  const header = findHeader(table)
  const at = new Date(ctx.now).toISOString()
  const existing = new Map<string, Employer>()
  for (const e of [...ctx.employers].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (!existing.has(employerKey(e.name))) existing.set(employerKey(e.name), e)
  }
  const created = new Map<string, Employer>()
  const jobKeys = new Set(
    ctx.jobs
      .filter((j) => j.status === 'published' || j.status === 'draft')
      .map((j) => `${j.employerId}|${titleKey(j.title)}|${j.township}`),
  )
  const seen = new Map<string, number>()
  const rows: PreviewRow[] = []
  const skippedRows: ImportPlan['skippedRows'] = []
  let previousEmployer = ''

  for (let index = header.index + 1; index < table.length; index++) {
    const cells = table[index]!
    const filled = cells.filter(Boolean)
    if (filled.length === 0) continue
    if (filled.length <= 2 && NOTE_ROW.test(filled[0]!)) {
      skippedRows.push({ row: index + 1, text: filled.join(' ') })
      continue
    }
    const row = new RowReader(header, cells, index + 1)

    // Merged employer cells saved as CSV leave the rows below blank: they mean "same as above".
    let name = row.text('employer').replace(/\s+/g, ' ')
    if (!name && previousEmployer && row.text('title')) {
      name = previousEmployer
      row.warn('employer', `单位名称是空的，沿用上一行的“${name}”`)
    }
    previousEmployer = name
    const key = employerKey(name)
    let employer = existing.get(key) ?? created.get(key)
    const isExisting = existing.has(key)
    if (!name) row.error('employer', '请填写单位名称')
    else if (EXAMPLE_NAME.test(name)) row.error('employer', '这是模板里的示例行，请删除后再导入')

    const job = buildJob(row, ctx)
    if (name && !employer && !row.hasError('employer')) {
      // First met: created once, whatever number of rows name it.
      employer = newEmployer(name, job, at)
      const checked = check(EmployerInput, stripMeta(employer))
      if (checked.ok) created.set(key, employer)
      else {
        row.error('employer', `单位名称不符合要求：${schemaMessage(checked.fields[0]!.message)}`)
        employer = undefined
      }
    }
    const preview: PreviewRow = {
      row: index + 1,
      ok: false,
      employer: { name, existing: isExisting, ...(employer && isExisting ? { id: employer.id } : {}) },
      cells: row.written(),
      errors: row.errors,
      warnings: row.warnings,
    }
    if (job && employer && row.errors.length === 0) {
      const input = { employerId: employer.id, ...job } as JobInput
      const checked = check(JobInput, input)
      if (!checked.ok) {
        for (const f of checked.fields) row.error(fieldOfPath(f.path), schemaMessage(f.message))
      } else {
        const dupKey = `${employer.id}|${titleKey(input.title)}|${input.township}`
        const first = seen.get(dupKey)
        if (first !== undefined) row.warn('title', `与第${first}行重复（同一单位、岗位名称和乡镇）`)
        else seen.set(dupKey, index + 1)
        if (jobKeys.has(dupKey)) row.warn('title', '系统里已有这个单位在这个乡镇的同名岗位，导入后会再多一条')
        preview.job = checked.value
        preview.ok = row.errors.length === 0
      }
    }
    rows.push(preview)
  }

  const ok = rows.filter((r) => r.ok).length
  return {
    rows,
    summary: {
      total: rows.length,
      ok,
      bad: rows.length - ok,
      employersToCreate: created.size,
      newEmployers: [...created.values()].map((e) => e.name),
    },
    columns: columnLabels(header),
    ignoredColumns: header.ignored,
    skippedRows,
    employers: [...created.values()],
  }
}

/** The known columns' labels, left to right as the table has them. */
function columnLabels(header: Header): string[] {
  return (Object.entries(header.columns) as [Field, number[]][])
    .sort(([, a], [, b]) => a[0]! - b[0]!)
    .map(([field]) => COLUMN_BY_FIELD[field].label)
}

type JobFields = Omit<JobInput, 'employerId'>

/** Every cell of the row parsed; undefined when any cell needed for a job is bad. */
function buildJob(row: RowReader, ctx: ImportContext): JobFields | undefined {
  const title = row.text('title').replace(/\s+/g, ' ')
  if (!title) row.error('title', '请填写岗位名称')
  const category = row.parse('category', (raw) => parseCategory(raw, title), { evenIfEmpty: true })
  const headcount = row.parse('headcount', parseHeadcount, { evenIfEmpty: true })
  const salary = row.parse('salary', parseSalary, { evenIfEmpty: true })
  const place = placeOf(row, ctx)
  const age = row.parse('age', parseAge)
  const education = row.parse('education', parseEducation)
  const benefits = row.parse('benefits', parseBenefits)
  const tags = row.parse('tags', parseTags)
  const phone = row.parse('phone', parsePhone)
  const validUntil = row.parse('validUntil', (raw) => parseValidUntil(raw, ctx.now), { evenIfEmpty: true })
  if (row.errors.length > 0 || !title || !category || !headcount || !salary || !place || !validUntil) {
    return undefined
  }
  const job: JobFields = {
    title,
    category,
    township: place.township,
    salary,
    headcount,
    benefits: (benefits ?? []) as Benefit[],
    tags: (tags ?? []) as Tag[],
    status: ctx.status,
    validUntil,
  }
  if (place.address) job.address = place.address
  if (age?.ageMin !== undefined) job.ageMin = age.ageMin
  if (age?.ageMax !== undefined) job.ageMax = age.ageMax
  if (education) job.education = education
  if (phone) job.contactPhone = phone
  for (const field of ['duties', 'requirements', 'hours'] as const) {
    const text = row.text(field)
    if (text) job[field] = text
  }
  return job
}

/** 所属乡镇 when the table has it, else the start of 工作地点; and only the operator's townships. */
function placeOf(row: RowReader, ctx: ImportContext) {
  const { townships, county } = ctx.settings
  let place: { township: string; address?: string } | undefined
  const ownColumn = row.text('township')
  if (ownColumn) {
    const township = row.parse('township', (raw) => parseTownship(raw, townships))
    if (township) {
      const written = row.text('place')
      const rest = written.startsWith(township) ? written.slice(township.length).trim() : written
      place = { township, ...(rest ? { address: rest } : {}) }
    }
  } else place = row.parse('place', (raw) => parsePlace(raw, townships, county), { evenIfEmpty: true })
  if (place && ctx.scope && !ctx.scope.includes(place.township)) {
    row.error(
      ownColumn ? 'township' : 'place',
      `您只能导入自己负责的乡镇（${ctx.scope.join('、') || '无'}）的岗位，这一行在${place.township}`,
    )
    return undefined
  }
  return place
}

function newEmployer(name: string, job: JobFields | undefined, at: string): Employer {
  return {
    id: newId('emp'),
    createdAt: at,
    updatedAt: at,
    name,
    // The first row's township and number: township operators then see the employers they created.
    ...(job ? { township: job.township } : {}),
    ...(job?.contactPhone ? { contactOffice: job.contactPhone } : {}),
  }
}

const stripMeta = ({ id: _id, createdAt: _c, updatedAt: _u, ...fields }: Employer) => fields

/** The column a JobInput schema path comes from, for schema errors. */
const PATH_COLUMNS: Record<string, Field> = {
  title: 'title',
  category: 'category',
  township: 'place',
  address: 'place',
  salary: 'salary',
  headcount: 'headcount',
  ageMin: 'age',
  ageMax: 'age',
  education: 'education',
  hours: 'hours',
  duties: 'duties',
  requirements: 'requirements',
  benefits: 'benefits',
  tags: 'tags',
  contactPhone: 'phone',
  validUntil: 'validUntil',
}
const fieldOfPath = (path: string): Field => PATH_COLUMNS[path.split('.')[0]!] ?? 'title'

/** Ajv's English messages as staff would say them. */
export function schemaMessage(message: string): string {
  let m: RegExpExecArray | null
  if ((m = /must NOT have more than (\d+) characters/.exec(message))) return `内容太长，最多${m[1]}个字`
  if ((m = /must NOT have fewer than (\d+) characters/.exec(message))) return '不能为空'
  if ((m = /must be <= (\d+)/.exec(message))) return `数值太大，最多${m[1]}`
  if ((m = /must be >= (\d+)/.exec(message))) return `数值太小，至少${m[1]}`
  if (/must match pattern/.test(message)) return '格式不对'
  if (/must NOT have more than (\d+) items/.test(message)) return '写得太多了'
  return `不符合要求（${message}）`
}

/** One data row: its cells by field, and the errors and warnings found in them. */
class RowReader {
  readonly errors: CellIssue[] = []
  readonly warnings: CellIssue[] = []
  private readonly header: Header
  private readonly cells: string[]
  private readonly rowNumber: number

  constructor(header: Header, cells: string[], rowNumber: number) {
    this.header = header
    this.cells = cells
    this.rowNumber = rowNumber
  }

  text(field: Field): string {
    const columns = this.header.columns[field] ?? []
    return columns
      .map((col) => this.cells[col] ?? '')
      .filter(Boolean)
      .join('\n')
  }

  /** Every known column's text, by label. */
  written(): Record<string, string> {
    const cells: Record<string, string> = {}
    for (const field of Object.keys(this.header.columns) as Field[]) {
      cells[COLUMN_BY_FIELD[field].label] = this.text(field)
    }
    return cells
  }

  /** Parses a cell; an empty cell is skipped (undefined) unless the parser has a say on emptiness. */
  parse<T>(field: Field, parser: (raw: string) => Parsed<T>, options: { evenIfEmpty?: boolean } = {}) {
    const raw = this.text(field)
    if (!raw && !options.evenIfEmpty) return undefined
    const result = parser(raw)
    if (!result.ok) {
      this.error(field, result.error)
      return undefined
    }
    for (const w of result.warnings) this.warn(field, w)
    return result.value
  }

  error(field: Field, message: string) {
    this.errors.push(this.issue(field, message))
  }
  warn(field: Field, message: string) {
    this.warnings.push(this.issue(field, message))
  }
  hasError(field: Field) {
    return this.errors.some((e) => e.column === COLUMN_BY_FIELD[field].label)
  }

  private issue(field: Field, message: string): CellIssue {
    const col = this.header.columns[field]?.[0]
    return {
      column: COLUMN_BY_FIELD[field].label,
      ...(col !== undefined ? { cell: `${columnLetter(col)}${this.rowNumber}` } : {}),
      message,
    }
  }
}
