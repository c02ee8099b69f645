// Importing the 岗位信息表 in the admin, in Chromium against a real hub: a real CSV with bad rows is
// chosen, the preview marks each bad cell with its reason and refuses to import; the corrected table
// (as Excel .xlsx, dropped on the page) imports, and its jobs are in the job list.
import ExcelJS from 'exceljs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { openAdmin } from '../helpers/admin-page.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'

const HEADER = [
  '单位名称',
  '岗位名称',
  '岗位类别',
  '招聘人数',
  '薪资待遇',
  '工作地点',
  '年龄要求',
  '学历要求',
  '联系电话',
]
const GOOD = [
  [
    '湘源县恒达包装有限公司',
    '导入测试·纸箱印刷工',
    '普工/制造',
    '6',
    '4200-5200元/月',
    '城关镇工业园8号',
    '18-50岁',
    '初中',
    '0731-85620001',
  ],
  [
    '湘源县新办农业合作社',
    '导入测试·果园采摘工',
    '农业/养殖',
    '15',
    '150元/天',
    '白沙镇柑橘基地',
    '55岁以下',
    '不限',
    '0731-85631111',
  ],
]
/** Row 3 asks for pay "面议" and row 4 for "若干" people in a place outside the county. */
const BAD = [
  GOOD[0]!,
  [
    '湘源县新办农业合作社',
    '导入测试·果园采摘工',
    '农业/养殖',
    '15',
    '面议',
    '白沙镇柑橘基地',
    '55岁以下',
    '不限',
    '0731-85631111',
  ],
  [
    '湘源县恒达包装有限公司',
    '导入测试·叉车司机',
    '物流/司机',
    '若干',
    '5000元/月',
    '长沙市雨花区',
    '',
    '',
    '',
  ],
]
const csv = (rows: string[][]) => '\uFEFF' + [HEADER, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n'

async function xlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('岗位信息表')
  for (const row of [HEADER, ...rows]) sheet.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** Drops a file on the drop zone the way a browser does when one is dragged from the desktop. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string) {
  await page.evaluate(
    ({ name, base64, type }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([data], name, { type }))
      const zone = document.querySelector('.import-drop')!
      zone.dispatchEvent(
        new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      )
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }))
    },
    { name, base64: bytes.toString('base64'), type },
  )
}

describe('admin import of the job table in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser
  let hub: TestHub
  let dir: string
  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
    dir = await mkdtemp(join(tmpdir(), 'import-'))
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('marks every bad cell with its reason, imports only the corrected table, and lists the jobs', async () => {
    const jobsBefore = hub.stores.content.list('jobs').length
    const page = await openAdmin(browser, hub, '#/import')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('导入岗位表')
    const template = page.getByRole('link', { name: '下载模板' })
    expect(await template.getAttribute('href')).toBe('/api/admin/import/jobs/template.csv')

    // A file that is not a table is refused on the spot.
    await page.locator('input[type=file]').setInputFiles({
      name: '岗位.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    })
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('不是 CSV 或 .xlsx 文件')

    const bad = join(dir, '春风行动岗位信息表.csv')
    await writeFile(bad, csv(BAD))
    await page.locator('input[type=file]').setInputFiles(bad)
    const preview = page.locator('.import-preview')
    await expect.poll(() => preview.locator('.import-preview__summary').textContent()).toContain('2 行有问题')
    expect(await preview.locator('.import-preview__summary').textContent()).toContain('共 3 行，1 行没有问题')

    // The reasons sit in the cells they are about, and only there.
    const cell = (row: number, column: string) =>
      page.locator(`tr[data-row="${row}"] td[data-column="${column}"]`)
    expect(await cell(3, '薪资待遇').getAttribute('class')).toContain('import-cell--bad')
    expect(await cell(3, '薪资待遇').textContent()).toContain('面议')
    expect(await cell(3, '薪资待遇').locator('.import-cell__reason').textContent()).toContain(
      '请填写具体薪资',
    )
    expect(await cell(4, '招聘人数').locator('.import-cell__reason').textContent()).toContain('若干')
    expect(await cell(4, '工作地点').locator('.import-cell__reason').textContent()).toContain(
      '工作地点要以本县乡镇名开头',
    )
    expect(await cell(4, '岗位名称').locator('.import-cell__reason').count()).toBe(0)
    expect(await cell(3, '工作地点').locator('.import-cell__reason').count()).toBe(0)
    // The last column names the cells as Excel does, to find them there.
    expect(await page.locator('tr[data-row="4"] .import-row__issues').textContent()).toContain('D4 招聘人数')
    // No import while a row is bad.
    expect(await page.getByRole('button', { name: /^导入 \d+ 个岗位$/ }).count()).toBe(0)

    // Only bad rows are shown at first; all rows on request. "Next problem" walks the bad rows.
    expect(await page.locator('tr[data-row="2"]').count()).toBe(0)
    await page.getByLabel('只看有问题的行').uncheck()
    await expect.poll(() => page.locator('tbody tr[data-row]').count()).toBe(3)
    await page.getByRole('button', { name: '下一处问题' }).click()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('3')
    await page.getByRole('button', { name: '下一处问题' }).click()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('4')
    await page.getByRole('button', { name: '下一处问题' }).click()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('3')
    expect(await axeScan(page)).toEqual([])
    await page.locator('#admin-main').evaluate((main) => main.scrollTo(0, 0))
    await page.screenshot({ path: 'docs/admin-import.png' })
    expect(hub.stores.content.list('jobs')).toHaveLength(jobsBefore)

    // Corrected in Excel and saved as .xlsx, then dragged onto the page.
    await dropFile(
      page,
      '春风行动岗位信息表.xlsx',
      await xlsx(GOOD),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    await expect
      .poll(() => preview.locator('.import-preview__summary').textContent())
      .toContain('全部没有问题')
    expect(await preview.locator('.import-preview__summary').textContent()).toContain('将新建 2 个单位')
    expect(await page.locator('.import-cell--bad').count()).toBe(0)
    await page.getByRole('button', { name: '导入 2 个岗位' }).click()
    const done = page.locator('.import-done')
    await expect.poll(() => done.textContent()).toContain('已导入 2 个岗位')
    expect(await done.textContent()).toContain('新建单位 2 个')
    expect(await done.textContent()).toContain('湘源县恒达包装有限公司')
    expect(hub.stores.content.list('jobs')).toHaveLength(jobsBefore + 2)

    // The jobs are in the job list.
    await page.getByRole('link', { name: '查看岗位列表' }).click()
    await page.getByLabel('搜索').fill('导入测试')
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2)
    const listed = await page.locator('tbody').textContent()
    expect(listed).toContain('导入测试·纸箱印刷工')
    expect(listed).toContain('导入测试·果园采摘工')
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await page.context().close()
  })

  it('shows the upload going up for a large table, and draws only part of it', async () => {
    const townships = ['城关镇', '白沙镇', '青山铺镇', '龙潭镇']
    const rows = Array.from({ length: 5000 }, (_, i) => [
      `湘源县第${(i % 250) + 1}号测试用工单位`,
      `批量导入岗位${i + 1}`,
      '普工/制造',
      String((i % 30) + 1),
      `${3000 + (i % 20) * 100}-${5000 + (i % 20) * 100}元/月`,
      `${townships[i % townships.length]}工业园${(i % 90) + 1}号`,
      '18-55岁',
      '初中',
      '0731-85620001',
    ])
    const file = join(dir, '五千行岗位表.csv')
    await writeFile(file, csv(rows))
    const page = await openAdmin(browser, hub, '#/import')
    // A township office line: 256 KB/s up, so the progress bar has something to show.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: 1024 * 1024,
      uploadThroughput: 256 * 1024,
    })
    await page.locator('input[type=file]').setInputFiles(file)
    const bar = page.getByRole('progressbar')
    await expect.poll(() => bar.getAttribute('value'), { interval: 50 }).toMatch(/^([1-9]|[1-9][0-9])$/)
    await expect
      .poll(() => page.locator('.import-preview__summary').textContent(), { timeout: 30_000 })
      .toContain('共 5000 行，5000 行没有问题')
    expect(await page.getByRole('progressbar').count()).toBe(0)
    expect(await page.locator('tbody tr[data-row]').count()).toBe(300)
    expect(await page.locator('.import-preview').textContent()).toContain('只显示了 300 行（共 5000 行）')
    expect(await page.getByRole('button', { name: '导入 5000 个岗位' }).isEnabled()).toBe(true)
    await page.context().close()
  })

  it('says what is wrong with a table it cannot read', async () => {
    const page = await openAdmin(browser, hub, '#/import')
    const file = join(dir, '没有表头.csv')
    await writeFile(file, '\uFEFF张三,李四\r\n王五,赵六\r\n')
    await page.locator('input[type=file]').setInputFiles(file)
    await expect.poll(() => page.locator('.import-failed').textContent()).toContain('找不到表头')
    await page.context().close()
  })
})
