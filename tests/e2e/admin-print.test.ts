// Printables in the admin, in Chromium against a real hub: the fair poster and the 岗位信息表 made
// from live data, their QR codes read back from the rendered page as a phone camera would, the
// poster printed to PDF as exactly one A4 page, and the admin frame left off the paper.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { openAdmin } from '../helpers/admin-page.ts'
import { decodeQr } from '../helpers/qr.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'
import { jobBody } from '../helpers/fixtures.ts'

interface ListedFair {
  id: string
  title: string
  booths: { employerId: string; jobIds: string[] }[]
}

/** The pages of a PDF: each page object says "/Type /Page" (the page tree says "/Pages"). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0

describe('admin printables in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser
  let hub: TestHub
  let fair: ListedFair
  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
    const listed = (await hub.app.inject({ url: '/api/fairs' })).json() as { items: ListedFair[] }
    fair = listed.items
      .filter((f) => f.booths.length > 0)
      .sort((a, b) => b.booths.length - a.booths.length)[0]!
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })
  /** The code as drawn on the page, read from a screenshot as a camera would. */
  const qrIn = async (page: Page, selector: string) =>
    decodeQr(await page.locator(selector).first().screenshot())
  /** A code too small on screen to read from its pixels (2 cm on paper is 72 px here): the image it loads. */
  const qrSource = async (page: Page, selector: string) => {
    const src = await page
      .locator(selector)
      .first()
      .evaluate((img: HTMLImageElement) => img.src)
    return decodeQr(await (await page.request.get(src)).body())
  }

  it('prints a fair poster from live data, one A4 page, its QR code counted for that poster', async () => {
    // A change made a moment ago is on the poster: it is drawn from the hub, not from a copy.
    const title = '湘源县春风行动·返乡就业专场招聘会'
    const res = await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/fairs/${fair.id}`,
      headers: { cookie: await signIn(hub.app) },
      payload: { title },
    })
    expect(res.statusCode).toBe(200)

    const page = await openAdmin(browser, hub, '#/print')
    await page.getByRole('link', { name: `海报：${title}` }).waitFor()
    expect(await axeScan(page)).toEqual([])
    await page.getByRole('link', { name: `海报：${title}` }).click()
    const poster = page.locator('.poster')
    await expect.poll(() => poster.locator('h1').textContent()).toBe(title)
    const employers = hub.stores.content
      .list('employers')
      .filter((e) => fair.booths.some((b) => b.employerId === e.id))
      .map((e) => e.name)
    const text = (await poster.textContent())!
    for (const name of employers.slice(0, 3)) expect(text).toContain(name)
    expect(text).toContain('微信扫一扫')

    // Staff name this copy; the code then carries that name.
    await page.getByLabel('海报编号').fill('bus-station-01')
    await expect
      .poll(() => poster.locator('img.poster__qr').getAttribute('src'))
      .toContain('poster=bus-station-01')
    await page.locator('img.poster__qr').evaluate((img: HTMLImageElement) => img.decode())
    expect(await qrIn(page, 'img.poster__qr')).toBe(
      `${hub.app.config.publicUrl}/m/fair/${fair.id}?p=bus-station-01`,
    )
    // A name the hub would refuse is said at once, and nothing is offered to print.
    await page.getByLabel('海报编号').fill('汽车站 1')
    await expect.poll(() => page.locator('#poster-id-hint').textContent()).toContain('只能用字母、数字')
    expect(await page.getByRole('button', { name: '打印' }).isDisabled()).toBe(true)
    await page.getByLabel('海报编号').fill('bus-station-01')
    await poster.waitFor()
    expect(await axeScan(page)).toEqual([])

    await page.locator('img.poster__qr').evaluate((img: HTMLImageElement) => img.decode())
    // The sheet is taller than the admin's window: a window it fits in, for the picture of all of it.
    await page.setViewportSize({ width: 1440, height: 1400 })
    await poster.screenshot({ path: 'docs/admin-poster.png' })
    await page.setViewportSize({ width: 1440, height: 900 })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    expect(pdfPages(pdf)).toBe(1)
    // A4 is 595 x 842 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    expect(box?.slice(1).map((n) => Math.round(Number(n)))).toEqual([595, 842])

    // On paper only the sheet: no navigation, bar or tools.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByRole('navigation', { name: '管理后台导航' }).isVisible()).toBe(false)
    expect(await page.getByLabel('海报编号').isVisible()).toBe(false)
    expect(await poster.isVisible()).toBe(true)
    await page.context().close()
  })

  it('prints the job table of a fair and of a township with a code per job and one for the page', async () => {
    const page = await openAdmin(browser, hub, `#/print/fair/${fair.id}`)
    const rows = page.locator('.job-sheet tbody tr[data-job]')
    const jobIds = fair.booths.flatMap((b) => b.jobIds)
    await expect.poll(() => rows.count()).toBe(jobIds.length)
    const first = await rows.first().getAttribute('data-job')
    const job = hub.stores.content.get('jobs', first!)!
    expect(await rows.first().textContent()).toContain(job.title)
    expect(await qrSource(page, `tr[data-job="${first}"] img`)).toBe(
      `${hub.app.config.publicUrl}/m/job/${first}?p=${fair.id}-1`,
    )
    await page.locator('.job-sheet__qr img').evaluate((img: HTMLImageElement) => img.decode())
    expect(await qrIn(page, '.job-sheet__qr img')).toBe(
      `${hub.app.config.publicUrl}/m/fair/${fair.id}?p=${fair.id}-1`,
    )
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-job-sheet.png' })
    const pdf = await page.pdf({ preferCSSPageSize: true })
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1)

    // A township's open jobs, the same the public job list gives.
    await page.getByRole('link', { name: '返回打印材料' }).click()
    await page.getByRole('link', { name: '岗位信息表：城关镇' }).click()
    const open = (await hub.app.inject({ url: '/api/jobs?township=城关镇&limit=200' })).json() as {
      items: { id: string }[]
    }
    expect(open.items.length).toBeGreaterThan(0)
    await expect.poll(() => rows.count()).toBe(open.items.length)
    expect(await page.locator('.job-sheet h1').textContent()).toBe('城关镇岗位信息表')
    await page.locator('.job-sheet__qr img').evaluate((img: HTMLImageElement) => img.decode())
    expect(await qrIn(page, '.job-sheet__qr img')).toBe(`${hub.app.config.publicUrl}/m?p=sheet-1`)
    await page.context().close()
  })

  it('lists every open job of a busy township, past one page of the hub’s list', async () => {
    const cookie = await signIn(hub.app)
    const employerId = hub.stores.content.list('employers')[0]!.id
    const township = '青山乡'
    for (let i = 1; i <= 205; i++) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/admin/jobs',
        headers: { cookie },
        payload: jobBody(employerId, { title: `季节工${i}号`, township }),
      })
      expect(res.statusCode, res.body).toBe(201)
    }
    const total = (await hub.app.inject({ url: `/api/jobs?township=${township}&limit=1` })).json().total
    expect(total).toBeGreaterThanOrEqual(205)

    const page = await openAdmin(browser, hub, `#/print/township/${encodeURIComponent(township)}`)
    const rows = page.locator('.job-sheet tbody tr[data-job]')
    await expect.poll(() => rows.count()).toBe(total)
    expect(await rows.last().locator('td').first().textContent()).toBe(String(total))
    await page.context().close()
  })

  it('prints the poster in English on one A4 page when staff work in English', async () => {
    const title = hub.stores.content.get('fairs', fair.id)!.title
    const page = await openAdmin(browser, hub, '#/print')
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('link', { name: `Poster: ${title}` }).click()
    const poster = page.locator('.poster')
    await expect.poll(() => poster.textContent()).toContain('Scan with WeChat to register')
    expect(await poster.textContent()).not.toContain('微信扫一扫')
    expect(await axeScan(page)).toEqual([])
    await page.locator('img.poster__qr').evaluate((img: HTMLImageElement) => img.decode())
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1)
    await page.setViewportSize({ width: 1440, height: 1400 })
    await poster.screenshot({ path: 'docs/admin-poster-en.png' })
    await page.setViewportSize({ width: 1440, height: 900 })

    await page.getByRole('link', { name: 'Back to printables' }).click()
    await page.getByRole('link', { name: `Job table: ${title}` }).click()
    await expect.poll(() => page.locator('.job-sheet h1').textContent()).toBe(`${title}: job table`)
    expect(await page.locator('.job-sheet thead').textContent()).not.toMatch(/[\u4e00-\u9fff]/)
    await page.context().close()
  })
})
