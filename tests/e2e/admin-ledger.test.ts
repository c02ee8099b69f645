// The registrations ledger and the dashboard in Chromium against a real hub: masked phones, filters,
// an audited reveal, follow-up one by one and in bulk, the CSV export, township scoping, new
// registrations arriving live, and today's figures.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { createStaff, openAdmin } from '../helpers/admin-page.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'

describe('admin ledger and dashboard in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser
  let hub: TestHub
  let n = 0
  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
    const jobs = hub.stores.content.list('jobs')
    const town = jobs.find((j) => j.township === '城关镇')!
    const fair = hub.stores.content.list('fairs')[0]!
    await register({ phone: '13812345678', name: '张师傅', township: '城关镇', jobIds: [town.id] })
    await register({
      phone: '13987654321',
      township: '城关镇',
      jobIds: [town.id],
      source: { channel: 'poster' },
    })
    await register({
      phone: '15011112222',
      name: '李大姐',
      township: '白沙镇',
      fairId: fair.id,
      wants: ['domestic'],
      training: true,
    })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })
  const close = (page: Page) => page.context().close()
  const total = (page: Page) => page.getByText(/^共 \d+ 条$/).textContent()

  async function register(body: Record<string, unknown>) {
    const res = await hub.app.inject({
      method: 'POST',
      url: '/api/registrations',
      payload: {
        clientId: `client-test-${++n}-abcdef`,
        consent: true,
        source: { channel: 'phone' },
        ...body,
      },
    })
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
    return res.json() as { id: string; code: string }
  }
  const row = (page: Page, phoneOrCode: string) => page.locator('tbody tr', { hasText: phoneOrCode })

  it('lists registrations with phones masked, filters them, and reveals only on request, audited', async () => {
    const page = await openAdmin(browser, hub, '#/registrations')
    await expect.poll(() => total(page)).toBe('共 3 条')
    const text = await page.locator('tbody').textContent()
    expect(text).toContain('138****5678')
    expect(text).not.toContain('13812345678')
    await page.locator('#ledger-channel').selectOption('poster')
    await expect.poll(() => total(page)).toBe('共 1 条')
    expect(page.url()).toContain('channel=poster')
    await page.locator('#ledger-channel').selectOption('')
    await page.getByLabel('乡镇').selectOption('白沙镇')
    await expect.poll(() => total(page)).toBe('共 1 条')
    await page.getByLabel('乡镇').selectOption('')
    await expect.poll(() => total(page)).toBe('共 3 条')
    // Who would like skills training, and what work they asked for, for the staff who call back.
    await page.getByLabel('培训意向').selectOption('true')
    await expect.poll(() => total(page)).toBe('共 1 条')
    expect(await row(page, '150****2222').textContent()).toContain('想找：家政/护理想参加培训')
    await page.getByLabel('培训意向').selectOption('')
    await expect.poll(() => total(page)).toBe('共 3 条')
    await page.screenshot({ path: 'docs/admin-ledger.png' })

    const reveals = () => hub.stores.audit.list({ action: 'reveal' }, 0, 100).total
    const before = reveals()
    await page.getByRole('button', { name: '显示完整号码' }).click()
    await expect.poll(() => page.locator('tbody').textContent()).toContain('13812345678')
    expect(reveals()).toBe(before + 1)
    expect(await page.getByRole('button', { name: '隐藏号码' }).getAttribute('aria-pressed')).toBe('true')
    expect(await axeScan(page)).toEqual([])
    await page.getByRole('button', { name: '隐藏号码' }).click()
    await expect.poll(() => page.locator('tbody').textContent()).not.toContain('13812345678')

    // The export link carries the filter and opens in Excel: a BOM, then masked numbers.
    await page.getByLabel('乡镇').selectOption('城关镇')
    const link = page.getByRole('link', { name: '导出 CSV' })
    await expect.poll(() => link.getAttribute('href')).toContain('township=')
    const res = await page.context().request.get(`${hub.url}${await link.getAttribute('href')}`)
    const body = await res.text()
    expect(res.headers()['content-type']).toContain('text/csv')
    expect(body.charCodeAt(0)).toBe(0xfeff)
    expect(body).toContain('138****5678')
    expect(body).not.toContain('李大姐')
    expect(hub.stores.audit.list({ action: 'export' }, 0, 10).total).toBe(1)
    await close(page)
  })

  it('records a follow-up with a note, and sets the status of a selection', async () => {
    const page = await openAdmin(browser, hub, '#/registrations')
    await expect.poll(() => total(page)).toBe('共 3 条')
    const zhang = row(page, '138****5678')
    const code = (await zhang.locator('th').textContent())!
    await zhang.getByRole('button', { name: `跟进：${code}` }).click()
    const dialog = page.getByRole('dialog', { name: `跟进登记 ${code}` })
    await dialog.getByLabel('跟进状态').selectOption('contacted')
    await dialog.getByLabel('添加跟进记录').fill('已电话联系，周一来面试')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => zhang.textContent()).toContain('已联系')
    expect(await zhang.textContent()).toContain('已电话联系，周一来面试')
    const stored = [...hub.stores.registrations.all()].find((r) => r.code === code)!
    expect(stored).toMatchObject({
      status: 'contacted',
      notes: [{ by: 'admin', text: '已电话联系，周一来面试' }],
    })

    await page.getByRole('checkbox', { name: '选择本页全部' }).check()
    await page.getByRole('region', { name: '批量操作' }).getByRole('combobox').selectOption('interview')
    await page.getByRole('button', { name: '应用' }).click()
    await expect
      .poll(() => [...hub.stores.registrations.all()].every((r) => r.status === 'interview'))
      .toBe(true)
    await expect.poll(() => page.locator('tbody').getByText('面试中').count()).toBe(3)
    await close(page)
  })

  it('shows a township operator only its townships, a viewer no full numbers, and new arrivals live', async () => {
    const operator = await createStaff(hub, 'operator', ['白沙镇'])
    const staffOnline = async () => (await hub.app.adminNs.fetchSockets()).length
    const before = await staffOnline()
    const page = await openAdmin(browser, hub, '#/registrations', operator)
    await expect.poll(() => total(page)).toBe('共 1 条')
    // The list comes over HTTP, the news over the page's live link: it must be open before anything
    // arrives, as it is for someone who has the ledger open.
    await expect.poll(staffOnline).toBeGreaterThan(before)
    expect(await page.locator('tbody').textContent()).toContain('150****2222')
    await register({
      phone: '18600001111',
      township: '白沙镇',
      fairId: hub.stores.content.list('fairs')[0]!.id,
    })
    await page.getByRole('button', { name: '有 1 条新登记，点击刷新' }).click()
    await expect.poll(() => total(page)).toBe('共 2 条')
    await close(page)

    const viewer = await createStaff(hub, 'viewer')
    const view = await openAdmin(browser, hub, '#/registrations', viewer)
    await expect.poll(() => total(view)).toBe('共 4 条')
    expect(await view.getByRole('button', { name: '显示完整号码' }).count()).toBe(0)
    expect(await view.getByRole('button', { name: /^跟进/ }).count()).toBe(0)
    await close(view)
  })

  it('shows today at a glance on the dashboard', async () => {
    const page = await openAdmin(browser, hub, '')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^今日概览/)
    const figure = page.locator('.dash-figure', { hasText: '今日登记' })
    await expect.poll(() => figure.locator('dd').textContent()).toBe('4')
    const published = hub.stores.content.snapshot().jobs.length
    expect(
      await page.locator('.dash-figure', { hasText: '设备上展示的岗位' }).locator('dd').textContent(),
    ).toBe(String(published))
    expect(await axeScan(page)).toEqual([])
    await register({
      phone: '18600002222',
      township: '城关镇',
      fairId: hub.stores.content.list('fairs')[0]!.id,
    })
    await expect.poll(() => page.locator('.dash-live').textContent()).toContain('186****2222')
    await expect.poll(() => figure.locator('dd').textContent(), { timeout: 8000 }).toBe('5')
    await close(page)
  })
})
