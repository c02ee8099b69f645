// A deployment while the screen runs: the hub starts serving a new build of the faces, the screen hears
// of it when it reconnects, and reloads itself into the new build (once, within its 30 s spread, so a
// fleet does not fetch the new app in the same second). The "new build" is a copy of the built faces
// with its build id changed, in the build record and in the scripts that carry it.
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { startHub, type TestHub } from '../helpers/hub.ts'
import { createScreen, openScreen, waitForScene } from '../helpers/screen.ts'

const BUILT = process.env.DIST_DIR ?? 'dist'

/** Every file under `dir`, deep. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

/**
 * Gives the copy of the faces in `dir` a new build id, as a deployment would: in the build record and
 * in the scripts that carry it, with every asset renamed (a real build's names carry a content hash, and
 * the service worker keeps a name it has seen for good).
 */
async function deployNewBuild(dir: string): Promise<void> {
  const record = JSON.parse(await readFile(join(dir, 'build.json'), 'utf8')) as { build: string }
  const next = `${record.build}-next`
  // Every asset gets a new name, as the hashes of a real build cascade through the chunks importing each other.
  const renamed = new Map<string, string>()
  for (const name of await readdir(join(dir, '_astro'))) {
    const newName = name.replace(/\.(\w+)$/, '.next.$1')
    await rename(join(dir, '_astro', name), join(dir, '_astro', newName))
    renamed.set(name, newName)
  }
  for (const file of await filesUnder(dir)) {
    if (!/\.(html|js|json|css)$/.test(file)) continue
    let text = (await readFile(file, 'utf8')).replaceAll(record.build, next)
    for (const [from, to] of renamed) text = text.replaceAll(`/${from}`, `/${to}`)
    await writeFile(file, text)
  }
}

describe('the big screen after a deployment', () => {
  let dir: string
  let hub: TestHub
  let browser: Browser
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'faces-'))
    await cp(BUILT, dir, { recursive: true })
    ;[hub, browser] = await Promise.all([startHub({ listen: true, env: { DIST_DIR: dir } }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await hub?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('reloads itself into the new build when the hub serves one, and only once', async () => {
    const screen = await createScreen(hub)
    const { page, errors, close } = await openScreen(browser, hub.url, screen.token)
    await waitForScene(page, 'jobs')
    let loads = 0
    page.on('load', () => loads++)
    await page.evaluate(() => ((window as unknown as { before: boolean }).before = true))

    await deployNewBuild(dir)
    // The reload waits a random part of 30 s: the page's clock is moved on rather than waited for.
    await page.clock.install()
    hub.app.deviceNs.in(`device:${screen.id}`).disconnectSockets(true)
    await expect
      .poll(
        async () => {
          await page.clock.fastForward(5_000).catch(() => undefined)
          return loads
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(1)
    await waitForScene(page, 'jobs')
    expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBeUndefined()
    // The new page runs the new build, so it has nothing more to reload: a page still running the old
    // one would reload again within its 30 s spread.
    await page.clock.fastForward(40_000)
    await page.waitForTimeout(1_000)
    expect(loads).toBe(1)
    expect(errors).toEqual([])
    await close()
  })
})
