// The admin shell and the content pages in Chromium against a real hub with the demo content:
// navigation, roles, the job list's search, filters, paging and bulk actions, and the job form's
// per-field errors (the browser's own check and the hub's), with nothing typed ever lost.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { createStaff, openAdmin, sessionOf } from '../helpers/admin-page.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'

describe('admin content pages in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser
  let hub: TestHub
  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })
  const close = (page: Page) => page.context().close()
  const total = (page: Page) => page.getByText(/^共 \d+ 条$/).textContent()
  const jobs = () => hub.stores.content.list('jobs')

  it('keeps the page asked for through sign-in, and shows who is signed in', async () => {
    const page = await openAdmin(browser, hub, '#/jobs?status=draft')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('岗位')
    await expect.poll(() => page.getByLabel('状态').inputValue()).toBe('draft')
    const drafts = jobs().filter((j) => j.status === 'draft').length
    await expect.poll(() => total(page)).toBe(`共 ${drafts} 条`)
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('admin管理员')
    const nav = page.getByRole('navigation', { name: '管理后台导航' })
    for (const name of [
      '概览',
      '岗位',
      '单位',
      '招聘会',
      '场地',
      '公告',
      '设备',
      '紧急通知',
      '登记台账',
      '用户',
      '操作日志',
    ])
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1)
    expect(await nav.getByRole('link', { name: '岗位', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    )
    // Switching language relabels the shell without a reload.
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Jobs')
    await page.getByRole('button', { name: '中文' }).click()
    await close(page)
  })

  it('searches, filters and pages the job list, keeping it all in the address', async () => {
    const page = await openAdmin(browser, hub, '#/jobs')
    await expect.poll(() => total(page)).toBe(`共 ${jobs().length} 条`)
    await page.getByLabel('岗位类别').selectOption('gig')
    const gig = jobs().filter((j) => j.category === 'gig')
    await expect.poll(() => total(page)).toBe(`共 ${gig.length} 条`)
    expect(page.url()).toContain('category=gig')
    await page.getByLabel('岗位类别').selectOption('')
    const target = jobs().find((j) => j.title.length >= 4)!
    await page.getByLabel('搜索').fill(target.title)
    await expect.poll(() => page.getByRole('link', { name: target.title, exact: true }).count()).toBe(1)
    await page.getByLabel('搜索').fill('')
    await expect.poll(() => page.getByText(/第 1 \/ \d+ 页/).count()).toBe(1)
    await page.getByRole('link', { name: '下一页' }).click()
    await expect.poll(() => page.getByText(/第 2 \/ \d+ 页/).count()).toBe(1)
    expect(page.url()).toContain('page=2')
    await page.reload()
    await expect.poll(() => page.getByText(/第 2 \/ \d+ 页/).count()).toBe(1)
    await close(page)
  })

  it('publishes, unpublishes and marks filled a selection, and duplicates a job as a draft', async () => {
    const page = await openAdmin(browser, hub, '#/jobs?status=draft')
    const drafts = jobs().filter((j) => j.status === 'draft')
    expect(drafts.length).toBeGreaterThanOrEqual(2)
    const [a, b] = drafts
    await page.getByRole('checkbox', { name: `选择：${a!.title}` }).check()
    await page.getByRole('checkbox', { name: `选择：${b!.title}` }).check()
    const rev = hub.stores.content.rev()
    await page.getByRole('region', { name: '批量操作' }).getByRole('button', { name: '发布' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已处理 2 条')
    expect(hub.stores.content.get('jobs', a!.id)!.status).toBe('published')
    expect(hub.stores.content.get('jobs', b!.id)!.status).toBe('published')
    expect(hub.stores.content.rev()).toBe(rev + 2)
    // Published jobs left the draft filter.
    await expect.poll(() => page.getByRole('link', { name: a!.title, exact: true }).count()).toBe(0)

    await page.goto(`${hub.url}/admin#/jobs`)
    await page.getByLabel('搜索').fill(a!.title)
    await page.getByRole('button', { name: `标记已招满：${a!.title}` }).click()
    await expect.poll(() => hub.stores.content.get('jobs', a!.id)!.status).toBe('filled')
    await page.getByRole('link', { name: `复制：${a!.title}` }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('新建岗位')
    expect(await page.getByLabel('标题').inputValue()).toBe(a!.title)
    expect(await page.locator('#f-status').inputValue()).toBe('draft')
    const before = jobs().length
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => jobs().length).toBe(before + 1)
    await expect.poll(() => page.url()).toMatch(/#\/jobs\/job-/)
    const copy = hub.stores.content.get('jobs', page.url().split('/').pop()!)!
    expect(copy).toMatchObject({ title: a!.title, status: 'draft', employerId: a!.employerId })
    await close(page)
  })

  it('shows each problem next to its field as you type, the hub’s too, and loses nothing', async () => {
    const page = await openAdmin(browser, hub, '#/jobs/new')
    const title = page.getByLabel('标题')
    await title.fill('叉车司机')
    await title.fill('')
    await title.blur()
    // Checked as you type, against the hub's schema: the field says what is wrong with it.
    await expect.poll(() => page.locator('#f-title-error').textContent()).toBe('必填')
    expect(await title.getAttribute('aria-invalid')).toBe('true')
    await title.fill('叉车司机')
    await expect.poll(() => page.locator('#f-title-error').count()).toBe(0)
    await page.getByLabel('联系电话').fill('打电话')
    await page.getByLabel('联系电话').blur()
    await expect
      .poll(() => page.locator('#f-contactPhone-error').textContent())
      .toContain('请填写正确的电话号码')

    // Saving with problems marks every one and changes nothing on the hub.
    const before = jobs().length
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.locator('#f-employerId-error').textContent()).toBe('必填')
    expect(await page.locator('#f-headcount-error').textContent()).toBe('必填')
    expect(jobs().length).toBe(before)

    const employer = hub.stores.content.list('employers')[0]!
    await page.getByLabel('招聘单位').selectOption(employer.id)
    await page.getByLabel('岗位类别').selectOption('logistics')
    await page.getByLabel('乡镇').selectOption('白沙镇')
    await page.getByLabel('招聘人数').fill('3')
    await page.getByLabel('最低薪资').fill('5000')
    await page.getByLabel('最高薪资').fill('4000')
    await page.getByLabel('联系电话').fill('0731-85600001')
    await page.getByRole('checkbox', { name: '包吃' }).check()
    await page.getByLabel('最低年龄').fill('18')
    await page.getByLabel('有效期至').fill('2030-06-30')
    // The schema allows max < min; the hub's own check does not, and says so next to the field.
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.locator('#f-salary-max-error').textContent()).toBe('不能小于最低值')
    expect(jobs().length).toBe(before)
    expect(await page.getByLabel('标题').inputValue()).toBe('叉车司机')
    expect(await page.getByLabel('招聘人数').inputValue()).toBe('3')
    expect(await page.getByRole('checkbox', { name: '包吃' }).isChecked()).toBe(true)
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-job-form.png' })

    await page.getByLabel('最高薪资').fill('6500')
    await expect.poll(() => page.locator('#f-salary-max-error').count()).toBe(0)
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => jobs().length).toBe(before + 1)
    const job = jobs().find((j) => j.title === '叉车司机')!
    expect(job).toMatchObject({
      employerId: employer.id,
      township: '白沙镇',
      headcount: 3,
      salary: { min: 5000, max: 6500, unit: 'month' },
      benefits: ['meals'],
      ageMin: 18,
      contactPhone: '0731-85600001',
      status: 'draft',
      validUntil: '2030-06-30T15:59:59.000Z',
    })
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('编辑岗位：叉车司机')

    // Clearing an optional field really clears it (the form replaces the item, not merges into it).
    await page.getByLabel('最低年龄').fill('')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => hub.stores.content.get('jobs', job.id)!.ageMin).toBeUndefined()
    await close(page)
  })

  it('asks for the password again when the session ends, keeping what was typed', async () => {
    const page = await openAdmin(browser, hub, '#/announcements/new')
    await page.getByLabel('标题').fill('春节返乡招聘安排')
    await page.getByLabel('正文').fill('正月初八起，县人社服务大厅每天开放。')
    await hub.app.auth.logout(await sessionOf(page))
    await page.getByRole('button', { name: '保存' }).click()
    const dialog = page.getByRole('dialog', { name: '登录已过期' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.getByLabel('用户名').inputValue()).toBe('admin')
    await dialog.getByLabel('密码').fill('test-Password-1')
    await dialog.getByRole('button', { name: '登录' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await page.getByLabel('标题').inputValue()).toBe('春节返乡招聘安排')
    await page.getByRole('button', { name: '保存' }).click()
    await expect
      .poll(() => hub.stores.content.list('announcements').some((a) => a.title === '春节返乡招聘安排'))
      .toBe(true)
    await close(page)
  })

  it('shows a township operator only its townships, and lets a viewer look but not change', async () => {
    const operator = await createStaff(hub, 'operator', ['白沙镇'])
    const page = await openAdmin(browser, hub, '#/jobs', operator)
    const own = jobs().filter((j) => j.township === '白沙镇')
    await expect.poll(() => total(page)).toBe(`共 ${own.length} 条`)
    const townships = await page.getByLabel('乡镇').locator('option').allTextContents()
    expect(townships).toEqual(['全部', '白沙镇'])
    // Another township's job does not open by its address either.
    const other = jobs().find((j) => j.township !== '白沙镇')!
    await page.goto(`${hub.url}/admin#/jobs/${other.id}`)
    await expect.poll(() => page.getByText('找不到这条记录，可能已被删除').count()).toBe(1)
    expect(await page.getByRole('link', { name: '用户' }).count()).toBe(0)
    await close(page)

    const viewer = await createStaff(hub, 'viewer')
    const view = await openAdmin(browser, hub, '#/jobs', viewer)
    await expect.poll(() => total(view)).toBe(`共 ${jobs().length} 条`)
    expect(await view.getByRole('link', { name: '新建岗位' }).count()).toBe(0)
    expect(await view.getByRole('checkbox').count()).toBe(0)
    await view.locator('tbody th a').first().click()
    await expect.poll(() => view.getByText('您的账号是只读的：可以查看，不能修改。').count()).toBe(1)
    expect(await view.getByLabel('标题').isDisabled()).toBe(true)
    expect(await view.getByRole('button', { name: '保存' }).count()).toBe(0)
    await close(view)
  })

  it('works from the keyboard: skip link, navigation, form controls, save', async () => {
    const page = await openAdmin(browser, hub, '#/jobs')
    await expect.poll(() => total(page)).toMatch(/共 \d+ 条/)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-main')
    await page.getByRole('link', { name: '公告' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('公告')
    await page.getByRole('link', { name: '新建公告' }).focus()
    await page.keyboard.press('Enter')
    await page.getByLabel('标题').focus()
    await page.keyboard.type('夜市招聘会延期')
    // Tab on through kind, status, township and the date's parts until the pinned checkbox.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      if ((await page.evaluate(() => document.activeElement?.id)) === 'f-pinned') break
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-pinned')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.type('因天气原因，本周六的夜市招聘会改到下周六。')
    await page.getByRole('button', { name: '保存' }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => hub.stores.content.list('announcements').find((a) => a.title === '夜市招聘会延期')?.pinned)
      .toBe(true)
    await close(page)
  })

  it('has no serious accessibility problem on the list and the fair form', async () => {
    const page = await openAdmin(browser, hub, '#/jobs')
    await expect.poll(() => total(page)).toMatch(/共 \d+ 条/)
    expect(await axeScan(page)).toEqual([])
    const fair = hub.stores.content.list('fairs').find((f) => f.booths.length > 0)!
    await page.goto(`${hub.url}/admin#/fairs/${fair.id}`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(fair.title)
    await expect.poll(() => page.getByRole('group', { name: '展位 1', exact: true }).count()).toBe(1)
    expect(await axeScan(page)).toEqual([])
    await page.screenshot({ path: 'docs/admin-fair-form.png' })
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await close(page)
  })
})
