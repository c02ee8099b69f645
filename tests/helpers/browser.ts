// Chromium for end-to-end tests: Debian's own browser (none is ever downloaded), and an accessibility
// scan with axe-core that reports only what would stop or seriously hinder someone.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AxeResults, Result, RunOptions } from 'axe-core'
import { chromium, type Browser, type Page } from 'playwright-core'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Quiet, offline and reproducible: no background fetches, updates or sync that would reach for the
// network (there is none) or make timings vary between runs.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

let axeSource: Promise<string> | undefined
function loadAxe(): Promise<string> {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  return (axeSource ??= readFile(path, 'utf8'))
}

type WindowWithAxe = Window & { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }

/**
 * Runs axe-core on the page as it settles and returns the violations of impact serious or critical.
 * Entrance animations are finished first: a card caught half faded in reads as poor contrast, which
 * no one standing at the screen a moment later would see. Endless animations are left running.
 * axe goes in as an inline script: a page served with a Content-Security-Policy (the hub's helmet)
 * needs its context opened with `bypassCSP: true`, or the script is refused.
 */
export async function axeScan(page: Page, options: RunOptions = {}): Promise<Result[]> {
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish()
    }
  })
  await page.addScriptTag({ content: await loadAxe() })
  const results = await page.evaluate(
    (opts) => (window as unknown as WindowWithAxe).axe.run(document, opts),
    options,
  )
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** Waits until every Astro island on the page has hydrated: a click before that does nothing. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0)
}
