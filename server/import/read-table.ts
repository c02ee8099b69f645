// An uploaded spreadsheet -> rows of trimmed strings, row i being spreadsheet row i + 1 so that every
// message can name the row staff see in Excel. XLSX (first sheet) through exceljs; CSV through
// csv-parse, in UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or GB18030/GBK, which is
// what Excel on a Chinese Windows writes when told "CSV".
import { parse } from 'csv-parse/sync'
import type ExcelJS from 'exceljs'
import { httpError } from '../plugins/errors.ts'

/** More rows than any county's table; beyond this the file is surely something else. */
export const MAX_ROWS = 20_000
const MAX_COLUMNS = 100

export async function readTable(data: Buffer, filename = ''): Promise<string[][]> {
  if (data.length === 0) throw httpError(400, '上传的文件是空的')
  const name = filename.toLowerCase()
  let rows: string[][]
  if (isZip(data)) rows = await readXlsx(data)
  else if (isOle(data) || name.endsWith('.xls') || name.endsWith('.et')) {
    throw httpError(400, '不支持旧版 .xls 文件，请在 Excel 里“另存为” .xlsx 或 CSV 后再上传')
  } else rows = readCsv(decodeText(data))
  if (rows.length > MAX_ROWS) throw httpError(400, `一次最多导入${MAX_ROWS}行，请把表格拆开上传`)
  return rows
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
const isOle = (b: Buffer) => b.length > 8 && b.readUInt32BE(0) === 0xd0cf11e0

/** Text of a CSV file: UTF-8 when it decodes as UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2))
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2))
  const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('gb18030').decode(body)
  }
}

export function readCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter = [',', '\t', ';'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  )
  try {
    const records: string[][] = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    })
    return records.map((r) => r.slice(0, MAX_COLUMNS).map((cell) => cell.trim()))
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw httpError(
      400,
      `CSV 文件读不出来${line ? `（大约第${line}行）` : ''}：请在 Excel 里重新“另存为” CSV 或 .xlsx`,
    )
  }
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  // exceljs takes about a second to load: only when someone uploads a workbook, not at every start.
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw httpError(400, 'Excel 文件读不出来：请确认是 .xlsx 文件，没有设置密码')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw httpError(400, 'Excel 文件里没有工作表')
  if (sheet.rowCount > MAX_ROWS) throw httpError(400, `一次最多导入${MAX_ROWS}行，请把表格拆开上传`)
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    // Merged cells (an employer's name spanning its jobs) read as the merged value in every row.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col <= MAX_COLUMNS) cells[col - 1] = cellText(cell.value).trim()
    })
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  return Array.from(rows, (r) => r ?? [])
}

/** A cell's value as the text staff see, for every kind of value exceljs gives. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    // exceljs gives a date cell as that wall-clock date in UTC; a time-only cell ("8:00") falls on
    // Excel's day zero, 1899-12-30.
    const iso = value.toISOString()
    if (iso.startsWith('1899-12-30')) return iso.slice(11, 16).replace(/^0/, '')
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ')
  }
  if (typeof value === 'number') return String(Math.round(value * 1e6) / 1e6)
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
  }
  if ('hyperlink' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue)
  if ('error' in value) return ''
  return ''
}
