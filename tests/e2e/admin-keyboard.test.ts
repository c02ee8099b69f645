// Every admin page from the keyboard alone and with axe-core, in Chromium against a real hub with the
// demo content. The pages come from the shell's own list, so a page added later is swept too: each
// has no serious or critical axe violation, is marked as current in the navigation, and a round of
// Tab from the top reaches its main actions with a focus ring that can be seen at every stop. Where
// it is cheap, one real task per page is done with keys only, and every dialog is swept, closed with
// Escape and gives the focus back to the button that opened it.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// The admin's words, registered as the admin registers them, for the page names in the navigation.
import '../../admin/messages.ts'
import { t } from '../../client/i18n/index.ts'
import { PAGES } from '../../admin/shell/pages.tsx'
import { axeScan, hydrated, launchBrowser } from '../helpers/browser.ts'
import { openAdmin } from '../helpers/admin-page.ts'
import { ADMIN, startHub, type TestHub } from '../helpers/hub.ts'
import { createScreen } from '../helpers/screen.ts'
import {
  focused,
  fromTop,
  markActions,
  problemsOf,
  tabRound,
  tabTo,
  type FocusStop,
} from '../helpers/focus-sweep.ts'

/** What a page must let a keyboard user reach, found on the page as staff would name it. */
type Actions = (page: Page) => Record<string, Locator>

const contentList: Actions = (page) => {
  const main = page.locator('main')
  return {
    search: main.getByRole('searchbox', { name: '搜索' }),
    'new item': main.locator('.page-head a.btn--primary'),
    "a row's edit": main.locator('tbody th a'),
    "a row's duplicate": main.getByRole('link', { name: /^复制：/ }),
  }
}

const ACTIONS: Record<string, Actions> = {
  dashboard: (page) => ({
    'a period preset': page.getByRole('button', { name: '近7天' }),
  }),
  quarterly: (page) => ({
    'the quarter': page.locator('#quarter-pick'),
    'CSV export': page.getByRole('link', { name: '导出 CSV' }),
  }),
  jobs: contentList,
  employers: contentList,
  fairs: contentList,
  venues: contentList,
  announcements: contentList,
  import: (page) => ({
    'the file picker': page.locator('main input[type=file]'),
    'the template': page.getByRole('link', { name: '下载模板' }),
  }),
  print: (page) => ({
    'a poster': page.getByRole('link', { name: /^海报：/ }),
    "a township's job table": page.getByRole('link', { name: /^岗位信息表：/ }).last(),
  }),
  devices: (page) => ({
    'pair code': page.getByLabel('配对码'),
    pair: page.getByRole('button', { name: '配对', exact: true }),
    "a device's settings": page.getByRole('button', { name: /^设置：/ }),
    "a device's identify": page.getByRole('button', { name: /^识别：/ }),
    "a device's reload": page.getByRole('button', { name: /^重新加载：/ }),
  }),
  broadcasts: (page) => ({
    'the text': page.getByLabel('通知内容'),
    send: page.getByRole('button', { name: '立即发布' }),
  }),
  registrations: (page) => ({
    'the fair filter': page.getByLabel('招聘会'),
    "a row's follow-up": page.getByRole('button', { name: /^跟进：/ }),
    export: page.getByRole('link', { name: '导出 CSV' }),
  }),
  privacy: (page) => ({
    'erase by phone': page.getByLabel('求职者手机号（11位）'),
    'the retention days': page.getByLabel('保存天数'),
  }),
  users: (page) => ({
    'new user': page.getByRole('button', { name: '新建用户' }),
    "a user's edit": page.getByRole('button', { name: /^修改：/ }),
  }),
  audit: (page) => ({
    'who filter': page.locator('#audit-username'),
    'action filter': page.locator('#audit-action'),
  }),
}

describe('every admin page from the keyboard, with axe', { timeout: 60_000 }, () => {
  let browser: Browser
  let hub: TestHub
  /** One signed-in page for the whole sweep, opened by the first test that needs it. */
  let page: Page
  const signedIn = async () => (page ??= await openAdmin(browser, hub))
  beforeAll(async () => {
    browser = await launchBrowser()
    hub = await startHub({ listen: true })
    await createScreen(hub, { name: '体育中心大屏' })
    const job = hub.stores.content.list('jobs')[0]!
    for (const [i, phone] of ['13812345678', '13987654321'].entries()) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/registrations',
        payload: {
          clientId: `client-keyboard-${i}-abcdef`,
          consent: true,
          phone,
          township: job.township,
          jobIds: [job.id],
          source: { channel: 'phone' },
        },
      })
      if (res.statusCode !== 201) throw new Error(`registration: ${res.statusCode} ${res.body}`)
    }
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
  })
  const errors = () => (page as Page & { errors: string[] }).errors
  const main = () => page.locator('main')
  const isFocused = (target: Locator) => target.evaluate((e) => e === document.activeElement)

  /** Opens a page the way the address bar does, and waits for its heading. */
  async function open(hash: string): Promise<void> {
    await signedIn()
    errors().length = 0
    await page.goto(`${hub.url}/admin#/${hash}`)
    await page.locator('main h1').waitFor()
  }

  /** A round of Tab from the top of the page: every stop seen, the page's actions among them. */
  async function sweep(actions: Record<string, Locator>): Promise<FocusStop[]> {
    await markActions(actions)
    await fromTop(page)
    const stops = await tabRound(page)
    expect(stops[0]!.place, 'the first Tab lands on the skip link').toBe('skip')
    expect(problemsOf(stops)).toEqual([])
    const reached = new Set(stops.map((s) => s.action))
    expect(Object.keys(actions).filter((a) => !reached.has(a))).toEqual([])
    expect(stops.some((s) => s.place === 'main')).toBe(true)
    return stops
  }

  /** Opens a dialog with Enter on `opener`, checks it with axe and a Tab round that stays inside it. */
  async function dialogRound(opener: Locator, name: string): Promise<Locator> {
    await tabTo(page, opener)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name })
    await dialog.waitFor()
    expect(await axeScan(page)).toEqual([])
    const stops = await tabRound(page)
    expect(
      stops.filter((s) => s.place !== 'dialog').map((s) => s.what),
      'the focus stays in the dialog',
    ).toEqual([])
    expect(problemsOf(stops)).toEqual([])
    return dialog
  }

  /** Escape closes the dialog and the focus is back on the button that opened it. */
  async function escapeBackTo(opener: Locator, dialog: Locator): Promise<void> {
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await isFocused(opener)).toBe(true)
  }

  for (const def of PAGES) {
    it(`${def.key}: axe, current in the navigation, a full Tab round with visible focus, skip link`, async () => {
      await open(def.key)
      const nav = page.getByRole('navigation', { name: '管理后台导航' })
      await expect.poll(() => nav.locator('[aria-current="page"]').allTextContents()).toEqual([t(def.label)])
      // Marking the actions waits for them, so the page has its data before axe looks at it.
      const actions = ACTIONS[def.key]?.(page) ?? {}
      await markActions(actions)
      expect(await axeScan(page)).toEqual([])
      const stops = await sweep(actions)
      // The skip link passes the bar and the whole navigation: the next Tab is on the page itself.
      await fromTop(page)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      expect((await focused(page)).what).toBe(stops.find((s) => s.place === 'main')!.what)
      expect(errors()).toEqual([])
    })
  }

  it('the sign-in page: axe, a Tab round with visible focus, and signing in with keys only', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const signIn = await context.newPage()
    await signIn.setViewportSize({ width: 1440, height: 900 })
    await signIn.goto(`${hub.url}/admin`)
    await hydrated(signIn)
    await signIn.getByLabel('用户名').waitFor()
    expect(await axeScan(signIn)).toEqual([])
    await markActions({
      username: signIn.getByLabel('用户名'),
      password: signIn.getByLabel('密码'),
      'sign in': signIn.getByRole('button', { name: '登录' }),
      language: signIn.getByRole('button', { name: 'English' }),
    })
    await fromTop(signIn)
    const stops = await tabRound(signIn)
    expect(problemsOf(stops)).toEqual([])
    expect(stops.map((s) => s.action).filter(Boolean)).toEqual([
      'language',
      'username',
      'password',
      'sign in',
    ])
    await fromTop(signIn)
    await tabTo(signIn, signIn.getByLabel('用户名'))
    await signIn.keyboard.type(ADMIN.username)
    await signIn.keyboard.press('Tab')
    await signIn.keyboard.type(ADMIN.password)
    await signIn.keyboard.press('Enter')
    await signIn.getByRole('navigation', { name: '管理后台导航' }).waitFor()
    await context.close()
  })

  it('jobs: opens a job with Enter, its form swept, a new title saved with Enter and listed', async () => {
    await open('jobs')
    const first = main().locator('tbody th a').first()
    const title = (await first.textContent())!
    await tabTo(page, first)
    await page.screenshot({ path: 'docs/admin-keyboard.png' })
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('main h1').textContent()).toContain(title)
    const field = page.locator('#f-title')
    await field.waitFor()
    expect(await axeScan(page)).toEqual([])
    const stops = await sweep({ title: field, save: page.getByRole('button', { name: '保存' }) })
    expect(stops.filter((s) => s.place === 'main').length).toBeGreaterThan(10)
    await tabTo(page, field)
    await page.keyboard.press('End')
    await page.keyboard.type('（键盘）')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`已保存：${title}（键盘）`)
    // Back to the list through the navigation, still from the keyboard.
    await tabTo(page, page.getByRole('link', { name: '岗位', exact: true }), { back: true })
    await page.keyboard.press('Enter')
    await expect.poll(() => main().locator('tbody th a').first().textContent()).toBe(`${title}（键盘）`)
    expect(errors()).toEqual([])
  })

  it("fairs: a fair's form, with its booths and sessions, swept and checked with axe", async () => {
    const fair = hub.stores.content.list('fairs').find((f) => f.booths.length > 0)!
    await open(`fairs/${fair.id}`)
    await page.getByRole('group', { name: '展位 1', exact: true }).waitFor()
    expect(await axeScan(page)).toEqual([])
    await sweep({
      'add a booth': page.getByRole('button', { name: '添加展位' }),
      'add a session': page.getByRole('button', { name: '添加场次' }),
      save: page.getByRole('button', { name: '保存' }),
    })
    expect(errors()).toEqual([])
  })

  it('registrations: the follow-up dialog swept, a status and note saved with keys, Escape returns focus', async () => {
    await open('registrations')
    const opener = main()
      .getByRole('button', { name: /^跟进：/ })
      .first()
    const code = (await opener.getAttribute('aria-label'))!.replace('跟进：', '')
    let dialog = await dialogRound(opener, `跟进登记 ${code}`)
    await escapeBackTo(opener, dialog)
    // Again, this time to record a call: the next status with an arrow key, a note, Enter on save.
    await page.keyboard.press('Enter')
    dialog = page.getByRole('dialog', { name: `跟进登记 ${code}` })
    await tabTo(page, dialog.getByLabel('跟进状态'))
    await page.keyboard.press('ArrowDown')
    await tabTo(page, dialog.getByLabel('添加跟进记录'))
    await page.keyboard.type('电话联系，周一来面试')
    await tabTo(page, dialog.getByRole('button', { name: '保存' }))
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    const row = main().locator('tbody tr', { hasText: code })
    await expect.poll(() => row.textContent()).toContain('电话联系，周一来面试')
    expect(await row.textContent()).toContain('已联系')
    expect(errors()).toEqual([])
  })

  it('devices: the settings dialog swept and closed with Escape, identify sent with Enter', async () => {
    await open('devices')
    const settings = main().getByRole('button', { name: '设置：体育中心大屏' })
    const dialog = await dialogRound(settings, '设备设置：体育中心大屏')
    await escapeBackTo(settings, dialog)
    await tabTo(page, main().getByRole('button', { name: '识别：体育中心大屏' }))
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('status').textContent()).toContain('体育中心大屏')
    expect(errors()).toEqual([])
  })

  it('users and the password dialog: swept, closed with Escape, the focus back on the opener', async () => {
    await open('users')
    const create = main().getByRole('button', { name: '新建用户' })
    let dialog = await dialogRound(create, '新建用户')
    await escapeBackTo(create, dialog)
    const password = page.getByRole('button', { name: '修改密码' })
    dialog = await dialogRound(password, '修改密码')
    await escapeBackTo(password, dialog)
    expect(errors()).toEqual([])
  })

  it('broadcasts: a notice written and sent with keys only', async () => {
    await open('broadcasts')
    await tabTo(page, page.getByLabel('通知内容'))
    await page.keyboard.type('今天下午三点起体育中心招聘会改到二楼')
    await tabTo(page, page.getByRole('button', { name: '立即发布' }))
    await page.keyboard.press('Enter')
    await expect
      .poll(() => main().getByRole('rowheader', { name: '今天下午三点起体育中心招聘会改到二楼' }).count())
      .toBe(1)
    expect(errors()).toEqual([])
  })

  it('import: the file picker opens from the keyboard and the preview shows', async () => {
    await open('import')
    await tabTo(page, main().locator('input[type=file]'))
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')])
    await chooser.setFiles({
      name: '岗位信息表.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\uFEFF单位名称,岗位名称,岗位类别,招聘人数,薪资待遇,工作地点,年龄要求,学历要求,联系电话\r\n' +
          '湘源县恒达包装有限公司,纸箱印刷工,普工/制造,6,4200-5200元/月,城关镇工业园8号,18-50岁,初中,0731-85620001\r\n',
      ),
    })
    await expect.poll(() => main().textContent()).toContain('共 1 行，1 行没有问题。')
    expect(await axeScan(page)).toEqual([])
    expect(errors()).toEqual([])
  })

  it('print: a printable chosen with Enter, the print button reached, back with Enter', async () => {
    await open('print')
    await tabTo(page, main().getByRole('link', { name: /^海报：/ }))
    await page.keyboard.press('Enter')
    const back = main().getByRole('link', { name: '返回打印材料' })
    await back.waitFor()
    expect(await axeScan(page)).toEqual([])
    await tabTo(page, main().getByRole('button', { name: '打印' }))
    await tabTo(page, back, { back: true })
    await page.keyboard.press('Enter')
    await main()
      .getByRole('link', { name: /^海报：/ })
      .first()
      .waitFor()
    expect(errors()).toEqual([])
  })

  it('privacy: a phone number looked up with Enter, masked in the answer', async () => {
    await open('privacy')
    await tabTo(page, page.getByLabel('求职者手机号（11位）'))
    await page.keyboard.type('13987654321')
    await page.keyboard.press('Enter')
    await expect.poll(() => main().getByRole('status').textContent()).toContain('139****4321 共有 1 条登记')
    expect(await axeScan(page)).toEqual([])
    expect(errors()).toEqual([])
  })

  it('audit and dashboard: a filter changed with an arrow key, a period chosen with Enter', async () => {
    await open('audit')
    // The actions to choose from come with the log: an arrow key before they arrive changes nothing.
    await expect.poll(() => page.locator('#audit-action option').count()).toBeGreaterThan(1)
    const before = await main().locator('.audit__total').textContent()
    await tabTo(page, page.locator('#audit-action'))
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.url()).toContain('action=')
    await expect.poll(() => main().locator('.audit__total').textContent()).not.toBe(before)
    await open('dashboard')
    const month = main().getByRole('button', { name: '近30天' })
    await tabTo(page, month)
    await page.keyboard.press('Enter')
    await expect.poll(() => month.getAttribute('aria-pressed')).toBe('true')
    expect(errors()).toEqual([])
  })
})
