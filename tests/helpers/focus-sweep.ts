// Keyboard-only use of a page, checked the way a sighted keyboard user meets it: press Tab from the
// top and look at every stop. Each one must be seen (not zero-sized, hidden, off screen or covered),
// must show a focus ring that differs from its unfocused look, stands out from what is behind it
// (3:1, as WCAG asks of focus indicators) and is not cut off by a scrolling box; and focus must move
// on with every press and come back round to where it started.
import type { Locator, Page } from 'playwright-core'

export interface FocusStop {
  /** The same number for the same element: how a stuck focus or a full round is told. */
  id: number
  /** `button "保存"`: enough to find it in a failure message. */
  what: string
  /** The name given with markActions, when this is one of the page's main actions. */
  action?: string
  place: 'skip' | 'top' | 'nav' | 'main' | 'dialog' | 'body' | 'other'
  /** A date or time field: Tab walks its parts (year, month, day) without leaving it. */
  parts: boolean
  problems: string[]
}

interface Look {
  outlineStyle: string
  outlineWidth: string
  outlineColor: string
  outlineOffset: string
  boxShadow: string
  borderColor: string
  backgroundColor: string
}

/**
 * Runs in the page after each Tab: describes the focused element and what is wrong with how it is
 * shown, and, now that the previous stop has lost the focus, whether its look changed at all.
 * Self-contained, because Playwright sends its source text to the page.
 */
function inspectFocus(): { stop: FocusStop; previousProblems: string[] } {
  type State = {
    ids: WeakMap<Element, number>
    count: number
    previous?: { element: Element; host: Element; look: Look }
  }
  const w = window as unknown as { __focusSweep?: State }
  const state = (w.__focusSweep ??= { ids: new WeakMap(), count: 0 })
  const element = document.activeElement ?? document.body

  const lookOf = (e: Element): Look => {
    const c = getComputedStyle(e)
    return {
      outlineStyle: c.outlineStyle,
      outlineWidth: c.outlineWidth,
      outlineColor: c.outlineColor,
      outlineOffset: c.outlineOffset,
      boxShadow: c.boxShadow,
      borderColor: c.borderTopColor,
      backgroundColor: c.backgroundColor,
    }
  }
  const rgba = (color: string): number[] => {
    const m = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0]
    return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1]
  }
  const ringShown = (l: Look) =>
    l.outlineStyle !== 'none' && parseFloat(l.outlineWidth) >= 2 && rgba(l.outlineColor)[3]! > 0
  const luminance = (color: string) => {
    const [r, g, b] = rgba(color).map((v) => v / 255)
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
  }
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
    return (x! + 0.05) / (y! + 0.05)
  }
  /** The colour the ring is drawn on, as painted there (a positioned element may sit over another). */
  const backdrops = (e: Element, r: DOMRect, ring: number): string[] => {
    const half = ring / 2
    const points = [
      [r.left - half, r.top + r.height / 2],
      [r.right + half, r.top + r.height / 2],
      [r.left + r.width / 2, r.top - half],
      [r.left + r.width / 2, r.bottom + half],
    ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight)
    return points.map(([x, y]) => {
      const painted = document
        .elementsFromPoint(x!, y!)
        .filter((a) => !e.contains(a))
        .map((a) => getComputedStyle(a).backgroundColor)
        .find((bg) => rgba(bg)[3]! > 0.5)
      return painted ?? 'rgb(255, 255, 255)'
    })
  }
  const describe = (e: Element): string => {
    const labelled = e.getAttribute('aria-labelledby')
    const name =
      e.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      ((e as HTMLInputElement).labels?.[0]?.textContent || null) ??
      ((e as HTMLElement).innerText || null) ??
      e.getAttribute('placeholder') ??
      ''
    const type = e.getAttribute('type')
    return `${e.tagName.toLowerCase()}${type ? `[${type}]` : ''} "${name.trim().replace(/\s+/g, ' ').slice(0, 40)}"`
  }

  // What the eye sees of the element: a visually hidden input is seen through its label.
  const own = element.getBoundingClientRect()
  const host = own.width < 2 || own.height < 2 ? (element.closest('label') ?? element) : element
  const look = lookOf(host)
  const problems: string[] = []
  const rect = host.getBoundingClientRect()
  const isBody = element === document.body || element === document.documentElement
  if (!isBody) {
    // The shell scrolls its page and its navigation, never the document: that would take the bar away.
    const scrolled = document.scrollingElement
    if (scrolled && (scrolled.scrollTop || scrolled.scrollLeft))
      problems.push(`the whole document scrolled to ${scrolled.scrollLeft},${scrolled.scrollTop}`)
    if (rect.width < 2 || rect.height < 2) problems.push('zero-sized')
    if (!host.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push('invisible')
    const ring = ringShown(look) ? parseFloat(look.outlineOffset) + parseFloat(look.outlineWidth) : 0
    const drawn = {
      left: rect.left - ring,
      top: rect.top - ring,
      right: rect.right + ring,
      bottom: rect.bottom + ring,
    }
    if (drawn.right <= 0 || drawn.bottom <= 0 || drawn.left >= innerWidth || drawn.top >= innerHeight)
      problems.push('off screen')
    else {
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1)
      const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1)
      const hit = document.elementFromPoint(x, y)
      const label = (element as HTMLInputElement).labels?.[0]
      if (hit && !host.contains(hit) && !hit.contains(host) && !(label && label.contains(hit)))
        problems.push(`covered by ${describe(hit)}`)
      // A ring clipped by a scrolling box (the page, a table) is half a ring, or none. Boxes outside
      // a modal dialog or a fixed element do not clip it: those are drawn above the page.
      const above = (e: Element) => getComputedStyle(e).position === 'fixed' || e.matches(':modal')
      const first = above(host) ? null : host.parentElement
      for (let a = first; a && a !== document.documentElement; a = a.parentElement) {
        const c = getComputedStyle(a)
        const escapes = above(a)
        if (c.overflowX === 'visible' && c.overflowY === 'visible') {
          if (escapes) break
          continue
        }
        const r = a.getBoundingClientRect()
        const box = {
          left: r.left + a.clientLeft,
          top: r.top + a.clientTop,
          right: r.left + a.clientLeft + a.clientWidth,
          bottom: r.top + a.clientTop + a.clientHeight,
        }
        if (
          drawn.left < box.left - 0.5 ||
          drawn.top < box.top - 0.5 ||
          drawn.right > box.right + 0.5 ||
          drawn.bottom > box.bottom + 0.5
        ) {
          problems.push(`focus ring cut off by ${a.tagName.toLowerCase()}.${[...a.classList].join('.')}`)
          break
        }
        if (escapes) break
      }
    }
    if (ringShown(look)) {
      const ring = parseFloat(look.outlineOffset) + parseFloat(look.outlineWidth)
      // One side may lie on a neighbour (the blue current link, a primary button): the rest still shows.
      const faint = backdrops(host, rect, ring)
        .map((bg) => ({ bg, ratio: contrast(look.outlineColor, bg) }))
        .filter((side) => side.ratio < 3)
      if (faint.length > 1)
        problems.push(
          `focus ring ${look.outlineColor} only ${faint.map((f) => `${f.ratio.toFixed(1)}:1 on ${f.bg}`).join(', ')}`,
        )
    }
  }

  // The previous stop, now unfocused: did focusing it change how it looks?
  const previousProblems: string[] = []
  const before = state.previous
  if (before && before.element !== element && before.element.isConnected) {
    const now = lookOf(before.host)
    const was = before.look
    const changed =
      (ringShown(was) &&
        !(
          ringShown(now) &&
          now.outlineColor === was.outlineColor &&
          now.outlineWidth === was.outlineWidth &&
          now.outlineStyle === was.outlineStyle
        )) ||
      now.boxShadow !== was.boxShadow ||
      now.borderColor !== was.borderColor ||
      now.backgroundColor !== was.backgroundColor
    if (!changed) previousProblems.push('no visible focus indicator')
  }
  state.previous = isBody ? undefined : { element, host, look }

  let id = state.ids.get(element)
  if (id === undefined) state.ids.set(element, (id = ++state.count))
  const place = isBody
    ? 'body'
    : element.closest('dialog[open]')
      ? 'dialog'
      : element.matches('.admin-skip')
        ? 'skip'
        : element.closest('.admin-top')
          ? 'top'
          : element.closest('.admin-nav')
            ? 'nav'
            : element.closest('main')
              ? 'main'
              : 'other'
  const action = element.getAttribute('data-kbd-action') ?? host.getAttribute('data-kbd-action')
  return {
    stop: {
      id,
      what: describe(element),
      ...(action ? { action } : {}),
      place,
      parts: element.matches('input[type=date], input[type=datetime-local], input[type=time]'),
      problems,
    },
    previousProblems,
  }
}

/** Moves the keyboard's starting point to the top of the document, as on a freshly opened page. */
export async function fromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Focusing the body moves the browser's sequential focus starting point to the document's start.
    const body = document.body
    body.tabIndex = -1
    body.focus()
    body.removeAttribute('tabindex')
  })
}

/**
 * Presses Tab until the focus comes back round to the first stop and returns every stop in order.
 * In a modal dialog the round may pass through the browser's own frame (the body) once.
 * Throws when Tab stops moving the focus, or when it never comes back round.
 */
export async function tabRound(page: Page, max = 400): Promise<FocusStop[]> {
  await page.evaluate(() => delete (window as unknown as { __focusSweep?: unknown }).__focusSweep)
  const stops: FocusStop[] = []
  let repeats = 0
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const { stop, previousProblems } = await page.evaluate(inspectFocus)
    const last = stops.at(-1)
    if (last) last.problems.push(...previousProblems)
    if (stop.place === 'body') {
      // Out of the document: the next Tab starts the round again, unless focus is already lost.
      if (last?.place === 'body') throw new Error(`focus lost after ${stops.at(-2)?.what}`)
      if (stops.length === 0) continue
      stops.push(stop)
      continue
    }
    const first = stops.find((s) => s.place !== 'body')
    if (first && stop.id === first.id && stops.length > 1) return stops.filter((s) => s.place !== 'body')
    if (last && stop.id === last.id) {
      if (!stop.parts || ++repeats > 6) throw new Error(`focus stuck on ${stop.what}`)
      last.problems.push(...stop.problems.filter((p) => !last.problems.includes(p)))
      continue
    }
    repeats = 0
    stops.push(stop)
  }
  throw new Error(`focus did not come back round after ${max} Tabs: ${stops.at(-1)?.what}`)
}

/** Names the elements a keyboard user must be able to reach, so tabRound reports them by name. */
export async function markActions(actions: Record<string, Locator>): Promise<void> {
  for (const [name, locator] of Object.entries(actions))
    await locator.first().evaluate((e, n) => e.setAttribute('data-kbd-action', n), name)
}

/** Every stop with a problem, as "button "保存": no visible focus indicator" lines. */
export function problemsOf(stops: FocusStop[]): string[] {
  return stops.flatMap((s) => s.problems.map((p) => `${s.what}: ${p}`))
}

/** Tabs (or Shift+Tabs) from where the focus is until `target` has it, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 200 } = {}): Promise<void> {
  const handle = await target.first().elementHandle()
  if (!handle) throw new Error(`nothing to tab to: ${target}`)
  for (let i = 0; i < max; i++) {
    if (await handle.evaluate((e) => e === document.activeElement || e.contains(document.activeElement)))
      return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`${target} not reached in ${max} Tabs`)
}

/** What has the focus, described the same way as a stop. */
export async function focused(page: Page): Promise<FocusStop> {
  return (await page.evaluate(inspectFocus)).stop
}
