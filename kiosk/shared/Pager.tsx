// Paging instead of scrolling: a tiny scrollbar is hard to hit and a fling loses the place, so long
// lists show one page at a time, turned with two big buttons or a swipe across the page.
import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { NextIcon, PrevIcon } from './icons.tsx'

export interface Paging {
  page: number
  pages: number
  first: number
  size: number
  prev(): void
  next(): void
}

/** Page state for `count` items, `size` a page; back to page one when `resetKey` changes. */
export function usePaging(count: number, size: number, resetKey: unknown): Paging {
  const [page, setPage] = useState(0)
  const pages = Math.max(1, Math.ceil(count / size))
  useEffect(() => setPage(0), [resetKey, size])
  // A live change can shorten the list under the visitor: stay on the last page that exists.
  const current = Math.min(page, pages - 1)
  return {
    page: current,
    pages,
    first: current * size,
    size,
    prev: () => setPage(Math.max(0, current - 1)),
    next: () => setPage(Math.min(pages - 1, current + 1)),
  }
}

/** A horizontal swipe of more than 80 px turns the page; anything shorter is a tap. */
export function Swipe({
  paging,
  children,
  class: className,
}: {
  paging: Paging
  children: ComponentChildren
  class?: string
}) {
  const start = useRef<{ x: number; y: number } | null>(null)
  return (
    <div
      class={className}
      onPointerDown={(e) => (start.current = { x: e.clientX, y: e.clientY })}
      // A flick the browser sees starts a fling, even where nothing scrolls, and Chromium spends the
      // next tap on stopping it: for a second or two a visitor's tap on a job does nothing. Sideways
      // moves are the pager's, so the browser gets none of them; up and down still scroll.
      onTouchMove={(e) => {
        const from = start.current
        const touch = e.touches[0]
        // Not once a scroll has begun (then the move is no longer cancelable).
        if (!from || !touch || !e.cancelable) return
        if (Math.abs(touch.clientX - from.x) > Math.abs(touch.clientY - from.y)) e.preventDefault()
      }}
      onPointerUp={(e) => {
        const from = start.current
        start.current = null
        if (!from) return
        const dx = e.clientX - from.x
        if (Math.abs(dx) > 80 && Math.abs(dx) > Math.abs(e.clientY - from.y)) {
          if (dx < 0) paging.next()
          else paging.prev()
        }
      }}
    >
      {children}
    </div>
  )
}

export function PagerButtons({ paging }: { paging: Paging }) {
  if (paging.pages <= 1) return null
  return (
    <nav class="pager" aria-label={t('kiosk.pager')}>
      <button type="button" class="btn btn--page" onClick={paging.prev} disabled={paging.page === 0}>
        <PrevIcon />
        <span>{t('kiosk.prevPage')}</span>
      </button>
      <p class="pager__where" aria-live="polite">
        {t('kiosk.pageOf', { page: paging.page + 1, pages: paging.pages })}
      </p>
      <button
        type="button"
        class="btn btn--page"
        onClick={paging.next}
        disabled={paging.page >= paging.pages - 1}
      >
        <span>{t('kiosk.nextPage')}</span>
        <NextIcon />
      </button>
    </nav>
  )
}
