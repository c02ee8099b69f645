// The quarterly table as files staff send up: CSV that opens in Excel (UTF-8 BOM) and XLSX with a
// title, the totals in bold and each figure's definition under the table.
import ExcelJS from 'exceljs'
import { DEFINITIONS, FIGURES, type QuarterRow, type QuarterTable } from './quarterly.ts'

const UNASSIGNED = '未分配乡镇'
const TOTAL = '合计'

export const quarterTitle = (county: string, table: QuarterTable) =>
  `${county}${table.quarter.slice(0, 4)}年第${table.quarter.slice(6)}季度公共就业服务统计表`

function lines(table: QuarterTable): (string | number)[][] {
  const head = ['乡镇（街道）', ...FIGURES.map((f) => DEFINITIONS[f].zh)]
  const line = (r: QuarterRow, name: string) => [name, ...FIGURES.map((f) => r[f])]
  return [head, ...table.rows.map((r) => line(r, r.township || UNASSIGNED)), line(table.total, TOTAL)]
}

export function quarterCsv(table: QuarterTable): string {
  const cell = (v: string | number) => (typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`)
  return (
    '\uFEFF' +
    lines(table)
      .map((l) => l.map(cell).join(','))
      .join('\r\n') +
    '\r\n'
  )
}

export async function quarterXlsx(table: QuarterTable, county: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(table.quarter)
  const rows = lines(table)
  const width = rows[0]!.length
  sheet.addRow([quarterTitle(county, table)])
  sheet.mergeCells(1, 1, 1, width)
  sheet.getRow(1).font = { bold: true, size: 14 }
  sheet.getRow(1).alignment = { horizontal: 'center' }
  sheet.addRow([`统计期间：${table.from} 至 ${table.to}`])
  sheet.mergeCells(2, 1, 2, width)
  for (const r of rows) sheet.addRow(r)
  const headRow = sheet.getRow(3)
  headRow.font = { bold: true }
  headRow.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
  sheet.getRow(sheet.rowCount).font = { bold: true }
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 16 : 13))
  sheet.addRow([])
  sheet.addRow(['指标说明'])
  sheet.getRow(sheet.rowCount).font = { bold: true }
  for (const f of FIGURES) sheet.addRow([DEFINITIONS[f].zh, DEFINITIONS[f].zhNote])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
