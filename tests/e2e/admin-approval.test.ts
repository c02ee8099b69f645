// Optional approval in Chromium against a real hub: an admin marks a township for approval beside the
// staff accounts; its operator publishes a job and is told it waits; an editor finds it under 待审核
// from the dashboard's 待审核 figure and publishes it.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeScan, launchBrowser } from '../helpers/browser.ts'
import { createStaff, openAdmin } from '../helpers/admin-page.ts'
import { signIn, startHub, type TestHub } from '../helpers/hub.ts'

describe('approval of township operators’ content in Chromium', { timeout: 90_000 }, () => {
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
  /** The ids of 白沙镇's jobs the public API (and so every device) shows. */
  const shownInBaisha = async () => {
    const res = await hub.app.inject({
      method: 'GET',
      url: `/api/jobs?township=${encodeURIComponent('白沙镇')}&limit=200`,
    })
    expect(res.statusCode, res.body).toBe(200)
    return (res.json().items as { id: string }[]).map((j) => j.id)
  }

  it('an admin turns approval on for a township, its operator’s job waits, an editor publishes it', async () => {
    const admin = await openAdmin(browser, hub, '#/users')
    const panel = admin.getByRole('region', { name: '发布审核' })
    await panel.getByRole('group', { name: '需要审核的乡镇' }).getByLabel('白沙镇').check()
    await panel.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => admin.getByRole('status').textContent()).toContain('1 个乡镇需要审核')
    expect(hub.stores.content.settings().approvalTownships).toEqual(['白沙镇'])
    expect(await axeScan(admin)).toEqual([])
    await panel.scrollIntoViewIfNeeded()
    await admin.screenshot({ path: 'docs/admin-approval-setting.png' })
    await close(admin)

    // A job of 白沙镇, unpublished, for its operator to publish from the form.
    const job = hub.stores.content.list('jobs').find((j) => j.township === '白沙镇')!
    const cookie = await signIn(hub.app)
    const res = await hub.app.inject({
      method: 'PATCH',
      url: `/api/admin/jobs/${job.id}`,
      headers: { cookie },
      payload: { status: 'draft' },
    })
    expect(res.statusCode, res.body).toBe(200)

    const operator = await openAdmin(
      browser,
      hub,
      `#/jobs/${job.id}`,
      await createStaff(hub, 'operator', ['白沙镇']),
    )
    await expect.poll(() => operator.locator('#f-status').inputValue()).toBe('draft')
    await operator.locator('#f-status').selectOption('published')
    await operator.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => operator.getByRole('status').textContent()).toContain('需要审核')
    expect(hub.stores.content.get('jobs', job.id)!.status).toBe('pending')
    await expect.poll(() => operator.locator('#f-status').inputValue()).toBe('pending')
    expect(await shownInBaisha()).not.toContain(job.id)
    await close(operator)

    // The editor's dashboard says something waits; its figure leads to the waiting jobs.
    const editor = await openAdmin(browser, hub, '#/dashboard', await createStaff(hub, 'editor'))
    const waiting = editor.locator('.dash-figure', { hasText: '待审核' })
    await expect.poll(() => waiting.locator('dd').textContent()).toBe('1')
    await editor.screenshot({ path: 'docs/admin-dashboard-pending.png' })
    await waiting.getByRole('link', { name: '1' }).click()
    await expect.poll(() => editor.evaluate(() => location.hash)).toBe('#/jobs?status=pending')
    await expect.poll(() => editor.getByText(/^共 \d+ 条$/).textContent()).toBe('共 1 条')
    const row = editor.locator('tbody tr', {
      has: editor.getByRole('link', { name: job.title, exact: true }),
    })
    expect(await row.textContent()).toContain('待审核')
    await editor.screenshot({ path: 'docs/admin-approval-pending.png' })
    await row.getByRole('button', { name: `发布：${job.title}` }).click()
    await expect.poll(() => hub.stores.content.get('jobs', job.id)!.status).toBe('published')
    expect(await shownInBaisha()).toContain(job.id)
    await close(editor)
  })
})
