// Policies and notices, one at a time at reading size, turned like pages (buttons or swipe); pinned
// ones first.
import { useEffect, useState } from 'preact/hooks'
import { formatDate } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { policies } from '../state/jobs.ts'
import { link } from '../state/store.ts'
import { PagerButtons, Swipe, type Paging } from '../shared/Pager.tsx'
import './policies.css'

export function Policies() {
  const items = policies.value
  const [index, setIndex] = useState(0)
  const at = Math.min(index, Math.max(0, items.length - 1))
  const item = items[at]
  useEffect(() => {
    if (item) link.value?.track('view', 'announcement', item.id)
  }, [item?.id])
  const paging: Paging = {
    page: at,
    pages: items.length,
    first: at,
    size: 1,
    prev: () => setIndex(Math.max(0, at - 1)),
    next: () => setIndex(Math.min(items.length - 1, at + 1)),
  }
  if (!item) return <p class="empty">{t('kiosk.noPolicies')}</p>
  return (
    <div class="policies">
      <h1 class="view__title">{t('kiosk.tilePolicies')}</h1>
      <Swipe paging={paging} class="policy">
        {/* Focusable, so a long policy can be scrolled from a keyboard too. */}
        <article data-read tabIndex={0}>
          <p class="policy__kind">
            {item.kind === 'policy' ? t('kiosk.policy') : t('kiosk.notice')}
            {item.township && ` · ${item.township}`}
          </p>
          <h2 class="policy__title">{item.title}</h2>
          <div class="policy__body">
            {item.body.split(/\n+/).map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          </div>
          <p class="policy__date">{t('kiosk.updated', { date: formatDate(item.updatedAt, lang.value) })}</p>
        </article>
      </Swipe>
      <PagerButtons paging={paging} />
    </div>
  )
}
