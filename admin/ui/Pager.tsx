// Previous / next and "page 2 of 7", as links so the page number lives in the address.
import { t } from '../../client/i18n/index.ts'

export function Pager({
  page,
  pages,
  hrefFor,
}: {
  page: number
  pages: number
  hrefFor: (p: number) => string
}) {
  return (
    <nav class="pager" aria-label={t('admin.pager')}>
      {page > 1 ? (
        <a class="btn btn--small" href={hrefFor(page - 1)} rel="prev">
          {t('admin.prevPage')}
        </a>
      ) : (
        <span class="btn btn--small" aria-disabled="true">
          {t('admin.prevPage')}
        </span>
      )}
      <span>{t('admin.pageOf', { page, pages })}</span>
      {page < pages ? (
        <a class="btn btn--small" href={hrefFor(page + 1)} rel="next">
          {t('admin.nextPage')}
        </a>
      ) : (
        <span class="btn btn--small" aria-disabled="true">
          {t('admin.nextPage')}
        </span>
      )}
    </nav>
  )
}
