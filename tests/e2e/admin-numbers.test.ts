// The dashboard's charts and the quarterly table in Chromium against a real hub holding a month of
// registrations and QR usage: the charts are drawn and their tables carry the hub's figures, the
// period presets and dates change what is shown, everything works from the keyboard, the quarterly
// table exports as CSV and Excel, and axe finds nothing serious.
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Registration } from '../../content/model.ts'
import { chinaDay } from '../../client/china-day.ts'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { openAdmin } from '../helpers/admin-page.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

const DAY = 86_400_000
const STATUSES = ['new', 'new', 'new', 'contacted', 'contacted', 'interview', 'hired', 'unsuitable'] as const

describe('admin numbers in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser
  let hub: TestHub
  let cookie: string

  /** A month of registrations from three devices, a poster and plain phone visits, and QR usage. */
  async function seedMonth() {
    const content = hub.stores.content
    const venues = content.list('venues')
    const jobs = content.snapshot().jobs
    const fairs = content.list('fairs').filter((f) => f.status === 'published')
    const device = async (name: string, kind: 'kiosk' | 'screen', venue: number) => {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/admin/devices',
        headers: { cookie },
        payload: { name, kind, venueId: venues[venue % venues.length]!.id },
      })
      return res.json().device.id as string
    }
    const screens = [await device('高铁站大屏', 'screen', 0), await device('滨江夜市大屏', 'screen', 5)]
    const kiosk = await device('政务大厅一体机', 'kiosk', 2)
    const townships = content.settings().townships
    const now = Date.now()
    const stored: Promise<void>[] = []
    for (let i = 0; i < 240; i++) {
      // More people lately, as a campaign gets going; a few each day at the start of the month.
      const ageDays = Math.floor(29 * Math.sqrt(((i * 7919) % 240) / 240))
      const at = new Date(now - ageDays * DAY - ((i * 37) % 600) * 60_000).toISOString()
      const sourceOf = i % 5
      const source =
        sourceOf < 2
          ? { channel: 'phone' as const, device: screens[sourceOf]! }
          : sourceOf === 2
            ? { channel: 'kiosk' as const, device: kiosk }
            : sourceOf === 3
              ? { channel: 'poster' as const, poster: 'fair-poster-1' }
              : { channel: 'phone' as const }
      const registration: Registration = {
        id: `reg-e2e${i.toString(36)}`,
        createdAt: at,
        updatedAt: at,
        clientId: `e2e-numbers-${i}`,
        phone: `139${String(10_000_000 + i * 7).slice(-8)}`,
        consent: true,
        jobIds: i % 4 === 0 ? [] : [jobs[(i * 3) % Math.min(12, jobs.length)]!.id],
        ...(i % 4 === 0 ? { fairId: fairs[i % fairs.length]!.id } : {}),
        township: townships[(i * i) % townships.length]!,
        code: String(100_000 + i),
        source,
        status: STATUSES[i % STATUSES.length]!,
        notes: [],
      }
      stored.push(hub.stores.registrations.add(registration))
    }
    await Promise.all(stored)
    // What the screens reported showing and the phone pages counted as scans, day by day.
    for (let d = 0; d < 30; d++) {
      const day = chinaDay(now - d * DAY)
      const table = hub.stores.metrics.days.get(day) ?? new Map<string, number>()
      jobs.slice(0, 8).forEach((job, j) => {
        const screen = screens[j % 2]!
        table.set(`qr-shown|${screen}|job|${job.id}`, 40 + ((d * 7 + j * 13) % 30))
        table.set(`scan|${screen}|job|${job.id}`, 4 + ((d + j) % 9))
        table.set(`view|${kiosk}|job|${job.id}`, 6 + ((d * 3 + j) % 11))
      })
      hub.stores.metrics.days.set(day, table)
    }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
    cookie = await signIn(hub.app)
    await seedMonth()
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })

  const periodOf = (page: Page) => {
    const query = new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '')
    return { from: query.get('from'), to: query.get('to') }
  }
  const hubStats = async (from: string, to: string) =>
    (
      await hub.app.inject({
        method: 'GET',
        url: `/api/admin/stats?from=${from}&to=${to}`,
        headers: { cookie },
      })
    ).json().period
  /** The rows of a chart's table as [label, ...numbers]. */
  const tableOf = (page: Page, id: string) =>
    page
      .locator(`#${id}-table tbody tr`)
      .evaluateAll((rows) =>
        rows.map((r) => [...r.children].map((c, i) => (i === 0 ? c.textContent : Number(c.textContent)))),
      )
  /** How many pixels of a chart's canvas are drawn (not transparent). */
  const inked = (page: Page, id: string) =>
    page.locator(`#${id}-title`).evaluate((title) => {
      const canvas = title.closest('section')!.querySelector('canvas')!
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
      let n = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++
      return n
    })

  it('draws every chart of the last 30 days with the hub figures in its table', async () => {
    const page = await openAdmin(browser, hub, '#/dashboard')
    const heading = page.getByRole('heading', { level: 2, name: /^统计图表/ })
    await heading.waitFor({ timeout: 30_000 })
    const period = await hubStats(
      ...((await heading.textContent())!.match(/(\d{4}-\d{2}-\d{2}) 至 (\d{4}-\d{2}-\d{2})/)!.slice(1) as [
        string,
        string,
      ]),
    )
    expect(period.registrations).toBe(240)
    expect(await page.getByRole('button', { name: '近30天' }).getAttribute('aria-pressed')).toBe('true')
    for (const title of [
      '每日登记（共 240 人次）',
      '跟进结果',
      '各乡镇登记',
      '各来源设备登记',
      '各招聘会登记',
      '各屏幕、一体机和海报：展示 → 扫码 → 登记',
      '各岗位：展示 → 扫码 → 登记',
    ])
      await page.getByRole('heading', { level: 3, name: title }).waitFor()
    for (const id of ['chart-days', 'chart-status', 'chart-townships', 'chart-funnel-jobs'])
      await expect.poll(() => inked(page, id)).toBeGreaterThan(500)

    // The tables say what the hub counted, in the hub's order.
    expect(await tableOf(page, 'chart-townships')).toEqual(
      period.byTownship.slice(0, 10).map((r: { label: string; count: number }) => [r.label, r.count]),
    )
    const status = await tableOf(page, 'chart-status')
    expect(status).toContainEqual(['已录用', period.perStatus.hired])
    expect(status.reduce((n, r) => n + (r[1] as number), 0)).toBe(240)
    const sources = await tableOf(page, 'chart-sources')
    expect(sources).toContainEqual(['高铁站大屏', 48])
    expect(sources).toContainEqual(['海报 fair-poster-1', 48])
    expect(sources).toContainEqual(['手机扫码', 48])
    const funnel = await tableOf(page, 'chart-funnel-sources')
    const screen = period.funnelBySource.find((r: { label: string }) => r.label === '高铁站大屏')
    expect(funnel).toContainEqual(['高铁站大屏', screen.shown, screen.scanned, screen.registered])
    expect(screen.shown).toBeGreaterThan(screen.scanned)
    expect(screen.registered).toBeGreaterThan(0)
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-dashboard.png' })
    await page.locator('#chart-fairs-title').scrollIntoViewIfNeeded()
    await page.evaluate(() => document.getElementById('chart-fairs-title')!.scrollIntoView())
    await page.screenshot({ path: 'docs/admin-dashboard-funnel.png' })
    await page.context().close()
  })

  it('changes the period with the presets, the dates and the keyboard', async () => {
    const page = await openAdmin(browser, hub, '#/dashboard')
    const heading = page.getByRole('heading', { level: 2, name: /^统计图表/ })
    await heading.waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: '近7天' }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.getByRole('button', { name: '近7天' }).getAttribute('aria-pressed'))
      .toBe('true')
    const week = periodOf(page)
    expect((Date.parse(week.to!) - Date.parse(week.from!)) / DAY).toBe(6)
    const expected = await hubStats(week.from!, week.to!)
    expect(expected.registrations).toBeLessThan(240)
    await expect.poll(() => heading.textContent()).toBe(`统计图表 · ${week.from} 至 ${week.to}`)
    await page.getByRole('heading', { name: `每日登记（共 ${expected.registrations} 人次）` }).waitFor()
    expect((await tableOf(page, 'chart-days')).length).toBe(7)

    // The quarter preset starts on the first day of the quarter.
    await page.getByRole('button', { name: '本季度' }).click()
    await expect.poll(() => periodOf(page).from).toMatch(/-(01|04|07|10)-01$/)
    await expect.poll(() => heading.textContent()).toContain(periodOf(page).from!)

    // Dates typed by hand: a month long ago, with nothing in it.
    // Typed start first: more than 400 days to the end date, so the hub is not asked yet.
    await page.getByLabel('开始日期').fill('2025-01-01')
    await page.getByRole('alert').filter({ hasText: '统计期间最长 400 天' }).waitFor()
    expect(await page.getByLabel('开始日期').getAttribute('aria-invalid')).toBe('true')
    await page.getByLabel('结束日期').fill('2025-01-31')
    await expect.poll(() => heading.textContent()).toBe('统计图表 · 2025-01-01 至 2025-01-31')
    await expect.poll(() => page.getByText('暂无数据').count()).toBeGreaterThanOrEqual(6)
    // A reload keeps the period: it lives in the address.
    await page.reload()
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('统计图表 · 2025-01-01 至 2025-01-31')

    // Any chart becomes a visible table with the keyboard alone.
    await page.getByRole('button', { name: '近30天' }).click()
    const toggle = page.getByRole('region', { name: '各乡镇登记' }).getByRole('button', { name: '看数据表' })
    await toggle.focus()
    await page.keyboard.press('Space')
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => page.locator('#chart-townships-table').isVisible()).toBe(true)
    expect(await page.locator('#chart-townships-table thead').textContent()).toBe('乡镇登记人次')
    await page.context().close()
  })

  it('shows the quarterly table and exports it as CSV and Excel', async () => {
    const page = await openAdmin(browser, hub, '#/quarterly')
    const quarter = await page.locator('#quarter-pick').inputValue()
    const expected = (
      await hub.app.inject({
        method: 'GET',
        url: `/api/admin/stats/quarterly?quarter=${quarter}`,
        headers: { cookie },
      })
    ).json()
    const caption = page.locator('caption', { hasText: '公共就业服务统计表' })
    await expect.poll(() => caption.textContent()).toBe(expected.title)
    const total = page.locator('tfoot tr')
    expect(await total.locator('th, td').evaluateAll((cells) => cells.map((c) => c.textContent))).toEqual([
      '合计',
      ...[
        'fairs',
        'employers',
        'postings',
        'headcount',
        'reached',
        'registrations',
        'intentions',
        'hires',
      ].map((f) => String(expected.total[f])),
    ])
    expect(await page.locator('tbody tr').count()).toBe(expected.rows.length)
    expect(await page.locator('tbody th').first().textContent()).toBe('城关镇')
    expect(await page.getByText('指标说明').count()).toBe(1)
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-quarterly.png' })

    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name }).click(),
      ])
      return { name: file.suggestedFilename(), data: await readFile((await file.path())!) }
    }
    const csv = await download('导出 CSV')
    expect(csv.name).toBe(`quarterly-${quarter}.csv`)
    const text = csv.data.toString('utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.trim().split('\r\n').at(-1)).toBe(
      `"合计",${[
        'fairs',
        'employers',
        'postings',
        'headcount',
        'reached',
        'registrations',
        'intentions',
        'hires',
      ]
        .map((f) => expected.total[f])
        .join(',')}`,
    )
    const xlsx = await download('导出 Excel')
    expect(xlsx.name).toBe(`quarterly-${quarter}.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer)
    expect(workbook.worksheets[0]!.getCell('A1').value).toBe(expected.title)

    // Another quarter from the keyboard: the table follows, and the address keeps it.
    await page.locator('#quarter-pick').focus()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => new URL(page.url()).hash).not.toContain(`quarter=${quarter}`)
    const previous = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('quarter')!
    expect(previous < quarter).toBe(true)
    await expect.poll(() => caption.textContent()).toContain(`第${previous.slice(6)}季度`)
    await page.context().close()
  })
})
